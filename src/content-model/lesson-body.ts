import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx';
import { visit } from 'unist-util-visit';
import { countWords } from './reading-time.ts';

export interface FigureUse {
  src: string | undefined;
  alt: string | undefined;
  caption: string | undefined;
  line: number;
}

export interface Located<T> {
  value: T;
  line: number;
}

export interface BodyFacts {
  figures: FigureUse[];
  citations: Located<number>[];
  links: Located<string>[];
  proseWords: number;
  codeLines: number;
}

/** Citations are written [n] in prose; the renderer and content:check share this pattern. */
export const CITATION = /\[(\d{1,2})\]/g;

function stringAttribute(node: MdxJsxFlowElement, name: string): string | undefined {
  const attr = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attr?.value === 'string' ? attr.value : undefined;
}

/** Facts about a lesson body that content:check and the page both need. */
export function analyzeBody(tree: Root): BodyFacts {
  const facts: BodyFacts = { figures: [], citations: [], links: [], proseWords: 0, codeLines: 0 };
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 0;
    switch (node.type) {
      case 'text':
        facts.proseWords += countWords(node.value);
        for (const m of node.value.matchAll(CITATION)) facts.citations.push({ value: Number(m[1]), line });
        break;
      case 'inlineCode':
        facts.proseWords += countWords(node.value);
        break;
      case 'code':
        if (node.lang === 'python') facts.codeLines += node.value.split('\n').length;
        break;
      case 'link':
        facts.links.push({ value: node.url, line });
        break;
      case 'mdxJsxFlowElement':
        if (node.name === 'Figure') {
          facts.figures.push({
            src: stringAttribute(node, 'src'),
            alt: stringAttribute(node, 'alt'),
            caption: stringAttribute(node, 'caption'),
            line,
          });
          facts.proseWords += countWords(stringAttribute(node, 'caption') ?? '');
        }
        break;
      default:
        break;
    }
  });
  return facts;
}
