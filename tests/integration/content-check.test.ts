import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const FIXTURE = 'tests/fixtures/project';
const LESSON = 'content/lessons/basics/first-steps/index.mdx';
const PROBLEM = 'content/problems/scale-vector';
const POST = 'content/posts/fixture-post/index.mdx';
const dirs: string[] = [];

function project(edit?: (mdx: string) => string, file = LESSON): string {
  const dir = mkdtempSync(join(tmpdir(), 'leetllm-content-check-'));
  dirs.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  if (edit) writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

function contentCheck(root: string, args: string[] = [], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['scripts/content-check.ts', '--root', root, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { status: r.status, out: r.stdout + r.stderr };
}

afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('content:check', () => {
  it('passes the fixture lesson and prints a summary', () => {
    const r = contentCheck(project());
    expect(r.out).toMatch(
      /1 lessons checked, 4 of 4 runnable blocks run, 1 norun blocks, 1 practice problems graded, 1 posts checked, 0 problems/,
    );
    expect(r.status).toBe(0);
  });

  it('fails on a one-character output change, with a diff', () => {
    const r = contentCheck(project((s) => s.replace('(3, 2)', '(3, 3)')));
    expect(r.status).toBe(1);
    expect(r.out).toContain('shape.py printed output differs');
    expect(r.out).toContain('- (3, 3)');
    expect(r.out).toContain('+ (3, 2)');
  });

  it('fails on a missing output fence', () => {
    const r = contentCheck(project((s) => s.replace('```output\n6\n```\n', '')));
    expect(r.status).toBe(1);
    expect(r.out).toContain('missing ```output fence right after this block');
  });

  it('fails on a block that writes to stderr', () => {
    const r = contentCheck(
      project((s) => s.replace('print(total)', 'import sys\nprint(total)\nprint("warn", file=sys.stderr)')),
    );
    expect(r.status).toBe(1);
    expect(r.out).toContain('sum.py wrote to stderr');
  });

  it('fails on a block that raises without expect="error"', () => {
    const r = contentCheck(project((s) => s.replace('title="fails.py" expect="error"', 'title="fails.py"')));
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/fails\.py exited with status 1:[\s\S]*ValueError: shapes do not match/);
  });

  it('fails loudly, naming the install command, when the runner is missing', () => {
    const r = contentCheck(project(), [], { RUNNER_PYTHON: '/nonexistent/python3' });
    expect(r.status).toBe(1);
    expect(r.out).toContain('cannot verify code outputs');
    expect(r.out).toContain('sudo scripts/install-system-deps.sh');
  });

  it('reports static problems: an uncited reference, a bad link, a missing figure, a TODO', () => {
    const r = contentCheck(
      project((s) =>
        s
          .replace('broadcasting stretches axes [3]', 'broadcasting stretches axes TODO')
          .replace('/learn/basics/second-steps', '/learn/basics/nowhere')
          .replace('figures/box.svg', 'figures/missing.svg'),
      ),
    );
    expect(r.status).toBe(1);
    expect(r.out).toContain('reference 3 is never cited as [3]');
    expect(r.out).toContain('link "/learn/basics/nowhere" does not resolve to a page');
    expect(r.out).toContain('<Figure src="figures/missing.svg">: file not found');
    expect(r.out).toContain('contains TODO');
  });

  it('--update rewrites the text inside output fences from real runs and nothing else', () => {
    const root = project((s) => s.replace('(2, 3)\n(3, 2)', 'stale').replace('```output\n6\n```', '```output\n```'));
    const r = contentCheck(root, ['--update']);
    expect(r.out).toContain('2 outputs updated');
    expect(r.status).toBe(0);
    expect(readFileSync(join(root, LESSON), 'utf8')).toBe(readFileSync(join(FIXTURE, LESSON), 'utf8'));
  });

  it('fails a practice problem whose reference fails a test, naming the test', () => {
    const r = contentCheck(
      project((s) => s.replace('* k', '* k + 1e-3'), `${PROBLEM}/solution.py`),
      ['problems/scale-vector'],
    );
    expect(r.status).toBe(1);
    expect(r.out).toContain('solution.py fails its own tests: doubles_three_values (failed: the result[0] is');
  });

  it('fails a practice problem whose starter already passes', () => {
    const r = contentCheck(
      project((s) => s.replace('return x\n', 'return np.asarray(x, dtype=np.float64) * k\n'), `${PROBLEM}/starter.py`),
      ['problems/scale-vector'],
    );
    expect(r.status).toBe(1);
    expect(r.out).toContain('starter.py passes every test; it must fail one');
  });

  it('fails a practice problem with too few tests or a lesson outside the curriculum', () => {
    const root = project((s) => s.replace('basics/first-steps', 'basics/nowhere'), `${PROBLEM}/problem.md`);
    const tests = join(root, PROBLEM, 'tests.py');
    writeFileSync(tests, readFileSync(tests, 'utf8').split('\n\n\n@case()\ndef hidden_empty_vector')[0] ?? '');
    const r = contentCheck(root, ['problems/scale-vector']);
    expect(r.status).toBe(1);
    expect(r.out).toContain('tests.py declares 5 tests; at least 8');
    expect(r.out).toContain('lessons: "basics/nowhere" is not a lesson of curriculum.yaml');
  });

  it('checks a post like a lesson: its printed output and its links', () => {
    const r = contentCheck(
      project((s) => s.replace('(3, 4)', '(4, 3)').replace('/learn/basics/first-steps', '/blog/nowhere'), POST),
      ['posts/fixture-post'],
    );
    expect(r.status).toBe(1);
    expect(r.out).toContain('outer.py printed output differs');
    expect(r.out).toContain('link "/blog/nowhere" does not resolve to a page');
  });
});
