import katex from 'katex';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/**
 * Renders the short texts of a check (prompts, choices, pitfalls) to HTML: `code` and $math$
 * (KaTeX on the server), everything else escaped.
 */
export function renderRichText(text: string): string {
  return text
    .split(/(`[^`]+`|\$[^$]+\$)/g)
    .map((part) => {
      if (part.startsWith('`') && part.endsWith('`') && part.length > 1)
        return `<code>${escapeHtml(part.slice(1, -1))}</code>`;
      if (part.startsWith('$') && part.endsWith('$') && part.length > 2) {
        return katex.renderToString(part.slice(1, -1), { throwOnError: true, output: 'htmlAndMathml' });
      }
      return escapeHtml(part);
    })
    .join('');
}

/** A plain-text reading of a rich text, for accessible names: `code` and $math$ keep their source. */
export function plainText(text: string): string {
  return text
    .replace(/[`$]/g, '')
    .replace(/\\(?:mathrm|text|operatorname)\{([^}]*)\}/g, '$1')
    .replace(/\\([a-zA-Z]+)/g, '$1')
    .replace(/[{}]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
