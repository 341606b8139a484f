import type { Code, Paragraph, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { findCodeBlocks, type LessonCodeBlock } from '../content-model/code-blocks.ts';

/**
 * Attaches each ```output fence to the python block above it, as a labelled output panel that
 * expressive-code leaves alone, and shows a norun block's reason under it.
 */
export function remarkCodeOutputs() {
  return (tree: Root): void => {
    const { blocks } = findCodeBlocks(tree);
    const byOutput = new Map<Code, LessonCodeBlock>();
    const norun = new Set<Code>();
    for (const block of blocks) {
      if (block.output) byOutput.set(block.output, block);
      if (!block.runnable) norun.add(block.node);
    }
    visit(tree, 'code', (node, index, parent) => {
      if (!parent || index === undefined) return undefined;
      const block = byOutput.get(node);
      if (block) {
        parent.children.splice(index, 1, outputPanel(block, node.value));
        return undefined;
      }
      if (norun.has(node)) {
        const reason = parseNorun(node);
        parent.children.splice(index + 1, 0, {
          type: 'paragraph',
          data: { hName: 'p', hProperties: { className: ['code-norun'] } },
          children: [{ type: 'text', value: `Not run on this page: ${reason}` }],
        });
        return index + 2;
      }
      return undefined;
    });
  };
}

function parseNorun(node: Code): string {
  return /norun="([^"]*)"/.exec(node.meta ?? '')?.[1] ?? '';
}

/** A node that renders as <div class="code-output"><div>Output</div><pre><samp>…</samp></pre></div>. */
function outputPanel(block: LessonCodeBlock, text: string): Paragraph {
  const name = block.meta.title ?? 'the program';
  return {
    type: 'paragraph',
    children: [],
    data: {
      hName: 'div',
      hProperties: { className: ['code-output'], role: 'group', ariaLabel: `Output of ${name}`, dataOutputFor: name },
      hChildren: [
        {
          type: 'element',
          tagName: 'div',
          properties: { className: ['code-output__label'], ariaHidden: 'true' },
          children: [{ type: 'text', value: block.expectError ? 'Output (ends in an error, on purpose)' : 'Output' }],
        },
        {
          type: 'element',
          tagName: 'pre',
          properties: { tabIndex: 0 },
          children: [{ type: 'element', tagName: 'samp', properties: {}, children: [{ type: 'text', value: text }] }],
        },
      ],
    },
  };
}
