import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ProblemFrontmatterSchema, type ProblemFrontmatter } from '../schemas/problem.ts';
import { ContentError, parseOrThrow } from './errors.ts';
import { splitFrontmatter } from './mdx.ts';

/** One test of tests.py, as its decorator declares it. */
export interface ProblemCase {
  name: string;
  visible: boolean;
  /** The test states its expected value (`given(...).expect(...)`) instead of taking the reference's. */
  stated: boolean;
}

/** A practice problem: content/problems/<slug>/{problem.md, starter.py, tests.py, solution.py}. */
export interface Problem {
  slug: string;
  frontmatter: ProblemFrontmatter;
  /** The statement (markdown with math), without frontmatter. */
  statement: string;
  starter: string;
  tests: string;
  solution: string;
  /** Every test in file order; the grader must report exactly these. */
  cases: ProblemCase[];
}

export const PROBLEM_FILES = ['problem.md', 'starter.py', 'tests.py', 'solution.py'] as const;
export const MIN_CASES = 8;
/** Tests whose expected value is computed independently of solution.py, so the reference is tested too. */
export const MIN_STATED_CASES = 3;

export function problemsDir(root: string): string {
  return join(root, 'content', 'problems');
}

const CASE = /^@case\(([^)]*)\)\s*\ndef\s+([A-Za-z_]\w*)\s*\(/gm;

/**
 * The tests tests.py declares with `@case(...)` in file order. Read from the source rather than from a
 * run, so the number of results a grading must return is known before any code runs.
 */
export function parseCases(tests: string, file: string): ProblemCase[] {
  const matches = [...tests.matchAll(CASE)];
  const cases = matches.map((m, i) => ({
    name: m[2] ?? '',
    visible: /\bvisible\s*=\s*True\b/.test(m[1] ?? ''),
    stated: /\)\s*\.expect\(/.test(tests.slice(m.index, matches[i + 1]?.index ?? tests.length)),
  }));
  const decorators = tests.match(/^@case\b/gm)?.length ?? 0;
  if (decorators !== cases.length) {
    throw new ContentError(file, '', 'every @case(...) must sit on the line right above its "def name(" line');
  }
  const names = new Set<string>();
  for (const c of cases) {
    if (names.has(c.name)) throw new ContentError(file, c.name, 'two tests share this name');
    names.add(c.name);
  }
  return cases;
}

export function loadProblem(root: string, slug: string): Problem {
  const dir = join(problemsDir(root), slug);
  const rel = (name: string): string => join('content', 'problems', slug, name);
  for (const name of PROBLEM_FILES) {
    if (!existsSync(join(dir, name))) throw new ContentError(rel(name), '', 'missing');
  }
  const read = (name: string): string => readFileSync(join(dir, name), 'utf8');
  const split = splitFrontmatter(read('problem.md'), rel('problem.md'));
  const frontmatter = parseOrThrow(ProblemFrontmatterSchema, split.frontmatter, `${rel('problem.md')} (frontmatter)`);
  const tests = read('tests.py');
  return {
    slug,
    frontmatter,
    statement: split.body,
    starter: read('starter.py'),
    tests,
    solution: read('solution.py'),
    cases: parseCases(tests, rel('tests.py')),
  };
}

/** Every problem's folder name, sorted. */
export function problemSlugs(root: string): string[] {
  const dir = problemsDir(root);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

export function loadProblems(root: string): Problem[] {
  return problemSlugs(root).map((slug) => loadProblem(root, slug));
}

/** The track of a problem: its first lesson's. */
export function problemTrack(problem: Pick<Problem, 'frontmatter'>): string {
  return problem.frontmatter.lessons[0]?.split('/')[0] ?? '';
}
