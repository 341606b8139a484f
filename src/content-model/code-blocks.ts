import type { Code, Parent, Root, RootContent } from 'mdast';

/**
 * The block convention shared by the renderer and content:check:
 * - a ```python title="name.py" fence runs, unless it carries norun="the reason";
 * - the fence right after it is ```output, holding exactly the program's stdout;
 * - expect="error" means the program must fail; its output fence ends with the traceback's last line.
 */
export interface CodeBlockMeta {
  title?: string;
  norun?: string;
  expect?: string;
}

export interface LessonCodeBlock {
  /** 0-based position among the lesson's python blocks. */
  index: number;
  code: string;
  meta: CodeBlockMeta;
  runnable: boolean;
  expectError: boolean;
  node: Code;
  /** The ```output fence right after the block, if any. */
  output: Code | undefined;
}

export interface CodeBlockProblem {
  line: number;
  message: string;
}

/** The content guide's bounds: long enough to be a program, short enough to read on a phone. */
export const BLOCK_LINES = { min: 5, max: 40 } as const;

const META_PAIR = /([a-zA-Z]+)=(?:"([^"]*)"|'([^']*)'|(\S+))/g;

/** Reads key="value" pairs from a fence's meta string. */
export function parseMeta(meta: string | null | undefined): CodeBlockMeta {
  const out: Record<string, string> = {};
  for (const m of (meta ?? '').matchAll(META_PAIR)) {
    const key = m[1];
    if (key !== undefined) out[key] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return out;
}

function isCode(node: RootContent | undefined): node is Code {
  return node?.type === 'code';
}

/** Finds every python block and its output fence, in document order, plus convention violations. */
export function findCodeBlocks(tree: Root): { blocks: LessonCodeBlock[]; problems: CodeBlockProblem[] } {
  const blocks: LessonCodeBlock[] = [];
  const problems: CodeBlockProblem[] = [];
  const claimedOutputs = new Set<Code>();

  const walk = (parent: Parent): void => {
    parent.children.forEach((child, i) => {
      if ('children' in child) walk(child);
      if (!isCode(child)) return;
      const line = child.position?.start.line ?? 0;
      if (child.lang === 'py') problems.push({ line, message: 'use ```python, not ```py' });
      if (child.lang !== 'python') return;
      const meta = parseMeta(child.meta);
      const runnable = meta.norun === undefined;
      const next = parent.children[i + 1];
      const output = isCode(next) && next.lang === 'output' ? next : undefined;
      if (meta.title === undefined || meta.title === '') {
        problems.push({ line, message: 'a python block needs a file-name title, e.g. title="attention.py"' });
      }
      const lines = child.value.split('\n').length;
      if (lines < BLOCK_LINES.min || lines > BLOCK_LINES.max) {
        problems.push({
          line,
          message: `a python block has ${lines} lines; keep each program between ${BLOCK_LINES.min} and ${BLOCK_LINES.max}`,
        });
      }
      if (meta.norun === '') problems.push({ line, message: 'norun needs a reason the reader can see' });
      if (meta.expect !== undefined && meta.expect !== 'error') {
        problems.push({ line, message: `expect="${meta.expect}" is unknown; the only value is expect="error"` });
      }
      if (runnable && !output) problems.push({ line, message: 'missing ```output fence right after this block' });
      if (!runnable && output) problems.push({ line, message: 'a norun block must not have an output fence' });
      if (output) claimedOutputs.add(output);
      blocks.push({
        index: blocks.length,
        code: child.value,
        meta,
        runnable,
        expectError: meta.expect === 'error',
        node: child,
        output,
      });
    });
  };
  walk(tree);

  const strays: Code[] = [];
  const collect = (parent: Parent): void => {
    for (const child of parent.children) {
      if (isCode(child) && child.lang === 'output' && !claimedOutputs.has(child)) strays.push(child);
      if ('children' in child) collect(child);
    }
  };
  collect(tree);
  for (const stray of strays) {
    problems.push({ line: stray.position?.start.line ?? 0, message: 'an ```output fence must follow a python block' });
  }
  return { blocks, problems };
}

/**
 * Replaces the text inside one output fence of `source`, keeping its opening and closing fence lines.
 * `startOffset`/`endOffset` are the fence node's offsets within `source`.
 */
export function replaceFenceText(source: string, startOffset: number, endOffset: number, text: string): string {
  const fence = source.slice(startOffset, endOffset);
  const firstBreak = fence.indexOf('\n');
  const lastBreak = fence.lastIndexOf('\n');
  if (firstBreak === -1) throw new Error(`cannot rewrite a fence without a closing line: ${fence.slice(0, 40)}`);
  const opening = fence.slice(0, firstBreak + 1);
  const closing = lastBreak === firstBreak ? `\n${fence.slice(firstBreak + 1)}` : fence.slice(lastBreak);
  const inner = text.replace(/\s+$/u, '');
  return (
    source.slice(0, startOffset) +
    opening +
    inner +
    (inner === '' ? closing.slice(1) : closing) +
    source.slice(endOffset)
  );
}

/** Output comparison rule: exact, after trimming trailing whitespace of each line and of the whole text. */
export function normalizeOutput(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/\s+$/u, ''))
    .join('\n')
    .replace(/\s+$/u, '');
}
