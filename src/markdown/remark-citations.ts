import type { PhrasingContent, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { CITATION } from '../content-model/lesson-body.ts';

/** Turns [n] in prose into a link to the n-th entry of the references list (#ref-n). */
export function remarkCitations() {
  return (tree: Root): void => {
    visit(tree, 'text', (node, index, parent) => {
      if (!parent || index === undefined || parent.type === 'link') return undefined;
      const parts: PhrasingContent[] = [];
      let last = 0;
      for (const m of node.value.matchAll(CITATION)) {
        const start = m.index;
        if (start > last) parts.push({ type: 'text', value: node.value.slice(last, start) });
        parts.push({
          type: 'link',
          url: `#ref-${m[1]}`,
          data: { hProperties: { className: ['cite'], ariaLabel: `Reference ${m[1]}` } },
          children: [{ type: 'text', value: m[0] }],
        });
        last = start + m[0].length;
      }
      if (parts.length === 0) return undefined;
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
      (parent.children as PhrasingContent[]).splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
  };
}
