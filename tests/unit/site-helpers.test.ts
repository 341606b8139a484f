import { describe, expect, it } from 'vitest';
import { renderRichText } from '../../src/content-model/rich-text.ts';
import { shareLinks } from '../../src/content-model/share-links.ts';
import { siteUrl } from '../../src/site-url.ts';

describe('site helpers', () => {
  it('normalises SITE_URL and rejects a relative one', () => {
    expect(siteUrl({})).toBe('http://localhost:4321');
    expect(siteUrl({ SITE_URL: 'https://learn.example.org/' })).toBe('https://learn.example.org');
    expect(() => siteUrl({ SITE_URL: 'learn.example.org' })).toThrow(/absolute/);
    expect(() => siteUrl({ SITE_URL: 'ftp://x.org' })).toThrow(/http or https/);
  });

  it('builds plain share links for seven services with the URL encoded', () => {
    const links = shareLinks('https://x.org/learn/a/b', 'A & B');
    expect(links.map((l) => l.name)).toEqual([
      'X',
      'Facebook',
      'LinkedIn',
      'Bluesky',
      'Reddit',
      'Hacker News',
      'E-mail',
    ]);
    for (const l of links) expect(l.href).toContain(encodeURIComponent('https://x.org/learn/a/b'));
    expect(links[0]?.href).toContain('A%20%26%20B');
  });

  it('renders code and math in check text and escapes everything else', () => {
    const html = renderRichText('Shape `(2, 3)` has $n^2$ cells <b>');
    expect(html).toContain('<code>(2, 3)</code>');
    expect(html).toContain('class="katex"');
    expect(html).toContain('&lt;b&gt;');
  });
});

describe('figure palette', () => {
  it('maps the figure helper palette to theme variables inside style attributes only', async () => {
    const { themeFigureStyles } = await import('../../src/components/figure-palette.ts');
    const svg = '<path style="fill: #3A7BD5; stroke: #123456"/><rect fill="#d9622b" style="stroke:#d9622b"/>';
    expect(themeFigureStyles(svg)).toBe(
      '<path style="fill: var(--fig-blue); stroke: #123456"/><rect fill="#d9622b" style="stroke:var(--fig-orange)"/>',
    );
  });
});

describe('figure helper and page agree on the palette', () => {
  it('lists every accent colour of leetllm_svg.py in FIGURE_PALETTE', async () => {
    const { readFileSync } = await import('node:fs');
    const { FIGURE_PALETTE } = await import('../../src/components/figure-palette.ts');
    const line = /^BLUE, ORANGE, GREEN, PURPLE, GREY = (.*)$/m.exec(
      readFileSync('scripts/figures/leetllm_svg.py', 'utf8'),
    )?.[1];
    const hexes = [...(line ?? '').matchAll(/#[0-9a-f]{6}/gi)].map((m) => m[0].toLowerCase());
    expect(hexes).toEqual(Object.keys(FIGURE_PALETTE));
  });
});

describe('plain text of check texts', () => {
  it('keeps the source of math and code as readable text', async () => {
    const { plainText } = await import('../../src/content-model/rich-text.ts');
    expect(plainText('$\\eta = 0.003$')).toBe('eta = 0.003');
    expect(plainText('`x.view(2, 12)` raises')).toBe('x.view(2, 12) raises');
    expect(plainText('$\\mathrm{softmax}(z)_{i}$')).toBe('softmax(z)_i');
  });
});
