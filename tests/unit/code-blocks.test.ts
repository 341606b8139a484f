import { describe, expect, it } from 'vitest';
import { findCodeBlocks, normalizeOutput, parseMeta, replaceFenceText } from '../../src/content-model/code-blocks.ts';
import { parseMdxBody } from '../../src/content-model/mdx.ts';

const fence = (lang: string, body: string): string => `\`\`\`${lang}\n${body}\n\`\`\`\n`;

describe('code block convention', () => {
  it('reads key="value" pairs from fence meta', () => {
    expect(parseMeta('title="a b.py" norun="needs a GPU" expect=error')).toEqual({
      title: 'a b.py',
      norun: 'needs a GPU',
      expect: 'error',
    });
    expect(parseMeta(undefined)).toEqual({});
  });

  it('pairs each python block with the output fence right after it', () => {
    const tree = parseMdxBody(
      [
        fence('python title="a.py"', 'x = 1\ny = 2\nz = 3\nw = x + y + z\nprint(x)'),
        fence('output', '1'),
        fence('python title="b.py" norun="GPU"', 'import torch\n\nx = torch.ones(2)\ny = x.cuda()\nprint(y)'),
      ].join('\n'),
      'f',
    );
    const { blocks, problems } = findCodeBlocks(tree);
    expect(problems).toEqual([]);
    expect(blocks.map((b) => [b.meta.title, b.runnable, b.output?.value])).toEqual([
      ['a.py', true, '1'],
      ['b.py', false, undefined],
    ]);
  });

  it('reports a missing title, a missing output, a stray output and a norun block with output', () => {
    const tree = parseMdxBody(
      [
        fence('python', 'print(1)'),
        fence('output', '1'),
        fence('python title="b.py"', 'print(2)'),
        'Some prose.\n',
        fence('output', '2'),
        fence('python title="c.py" norun="GPU"', 'x'),
        fence('output', 'y'),
      ].join('\n'),
      'f',
    );
    const messages = findCodeBlocks(tree).problems.map((p) => p.message);
    expect(messages).toContain('a python block needs a file-name title, e.g. title="attention.py"');
    expect(messages).toContain('missing ```output fence right after this block');
    expect(messages).toContain('an ```output fence must follow a python block');
    expect(messages).toContain('a norun block must not have an output fence');
  });

  it('reports programs shorter than 5 or longer than 40 lines', () => {
    const program = (n: number): string => Array.from({ length: n }, (_, i) => `print(${i})`).join('\n');
    const tree = parseMdxBody(
      [5, 40, 4, 41]
        .map((n, i) => [fence(`python title="p${i}.py"`, program(n)), fence('output', '')].join('\n'))
        .join('\n'),
      'f',
    );
    const messages = findCodeBlocks(tree).problems.map((p) => p.message);
    expect(messages).toEqual([
      'a python block has 4 lines; keep each program between 5 and 40',
      'a python block has 41 lines; keep each program between 5 and 40',
    ]);
  });

  it('rewrites only the text inside a fence', () => {
    const source = 'before\n```output\nold\ntext\n```\nafter\n';
    const start = source.indexOf('```output');
    const end = source.indexOf('```\nafter') + 3;
    expect(replaceFenceText(source, start, end, 'new\n')).toBe('before\n```output\nnew\n```\nafter\n');
    const empty = 'x\n```output\n```\ny';
    expect(replaceFenceText(empty, 2, empty.indexOf('\ny'), 'filled')).toBe('x\n```output\nfilled\n```\ny');
  });

  it('compares outputs after trimming trailing whitespace only', () => {
    expect(normalizeOutput('a  \nb\n\n')).toBe('a\nb');
    expect(normalizeOutput('  a')).toBe('  a');
  });
});
