import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

const SHORT = 24;

function textLength(node: ElementContent): number {
  if (node.type === 'text') return node.value.length;
  if (node.type === 'element') return node.children.reduce((n, c) => n + textLength(c), 0);
  return 0;
}

/**
 * Marks short table cells (a vector like [1, 0, 1, 0], a shape) so CSS keeps them on one line: on a phone
 * the table scrolls sideways instead of breaking a number list across lines.
 */
export function rehypeShortCells() {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'td' && node.tagName !== 'th') return;
      if (textLength(node) > SHORT) return;
      const existing = node.properties['className'];
      node.properties['className'] = [...(Array.isArray(existing) ? existing : []), 'cell-short'];
    });
  };
}
