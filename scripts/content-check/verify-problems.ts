import type { Curriculum } from '../../src/content-model/curriculum.ts';
import { ContentError } from '../../src/content-model/errors.ts';
import { loadProblem, MIN_CASES, MIN_STATED_CASES, type Problem } from '../../src/content-model/problems.ts';
import type { Problem as ContentProblem } from '../../src/content-model/validate-lesson.ts';
import { gradeSubmission, type Grading } from '../../src/server/practice/grade.ts';
import type { RunLimits, RunOutcome } from '../../src/server/runner/run-types.ts';

/** Sections every statement has, so a learner always finds the contract, an example and the limits. */
export const STATEMENT_SECTIONS = ['## Contract', '## Worked example', '## Constraints'];

/** Loads a problem and reports what can be checked without running it. */
export function checkProblemStatically(
  root: string,
  slug: string,
  curriculum: Curriculum,
): { problem?: Problem; problems: ContentProblem[] } {
  const file = `content/problems/${slug}`;
  let problem: Problem;
  try {
    problem = loadProblem(root, slug);
  } catch (e) {
    return { problems: [{ file, message: e instanceof ContentError ? e.message : String(e) }] };
  }
  const problems: ContentProblem[] = [];
  const add = (message: string): number => problems.push({ file, message });
  const lessons = new Set(curriculum.lessons.map((l) => `${l.trackId}/${l.slug}`));
  for (const lesson of problem.frontmatter.lessons) {
    if (!lessons.has(lesson)) add(`lessons: "${lesson}" is not a lesson of curriculum.yaml`);
  }
  if (problem.cases.length < MIN_CASES) add(`tests.py declares ${problem.cases.length} tests; at least ${MIN_CASES}`);
  if (!problem.cases.some((c) => c.visible)) add('tests.py marks no test visible=True (Run would have nothing to run)');
  if (problem.cases.every((c) => c.visible)) add('tests.py has no hidden test');
  const unstated = problem.cases.filter((c) => c.visible && !c.stated).map((c) => c.name);
  if (unstated.length > 0) add(`visible tests must state their expected value with .expect(): ${unstated.join(', ')}`);
  const stated = problem.cases.filter((c) => c.stated).length;
  if (stated < MIN_STATED_CASES) {
    add(`${stated} tests state an expected value; at least ${MIN_STATED_CASES} must, so solution.py is tested too`);
  }
  for (const section of STATEMENT_SECTIONS) {
    if (!problem.statement.includes(`\n${section}\n`)) add(`problem.md has no "${section}" section`);
  }
  for (const [name, text] of Object.entries({
    'problem.md': problem.statement,
    'starter.py': problem.starter,
    'tests.py': problem.tests,
    'solution.py': problem.solution,
  })) {
    if (/\bTODO\b/.test(text)) add(`${name} contains TODO`);
  }
  if (!problem.starter.includes(`def ${problem.frontmatter.function}(`)) {
    add(`starter.py does not define ${problem.frontmatter.function}()`);
  }
  return { problem, problems };
}

type RunCode = (code: string, limits: Partial<RunLimits>) => Promise<RunOutcome>;

function summary(g: Grading): string {
  return g.tests.map((t) => `${t.name}:${t.status}:${t.message}`).join('\n');
}

/**
 * Proves a problem by grading: the reference passes every test (twice, with the same verdicts, so the
 * tests are deterministic) and the starter fails at least one.
 */
export async function checkProblemByGrading(problem: Problem, runCode: RunCode): Promise<ContentProblem[]> {
  const file = `content/problems/${problem.slug}`;
  const problems: ContentProblem[] = [];
  const grade = async (code: string): Promise<Grading | string> => {
    try {
      const outcome = await gradeSubmission(problem, code, false, runCode);
      return outcome.ok ? outcome : outcome.message;
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  };
  const [first, second, starter] = [
    await grade(problem.solution),
    await grade(problem.solution),
    await grade(problem.starter),
  ];
  for (const g of [first, second, starter]) {
    if (typeof g === 'string') return [{ file, message: `could not be graded: ${g}` }];
  }
  const [a, b, s] = [first, second, starter] as Grading[];
  if (a && a.verdict !== 'accepted') {
    const failing = a.tests.filter((t) => t.status !== 'passed').map((t) => `${t.name} (${t.status}: ${t.message})`);
    problems.push({ file, message: `solution.py fails its own tests: ${failing.join('; ')}` });
  }
  if (a && b && summary(a) !== summary(b)) {
    problems.push({ file, message: 'tests are not deterministic: two gradings of solution.py differ' });
  }
  if (s?.verdict === 'accepted') problems.push({ file, message: 'starter.py passes every test; it must fail one' });
  return problems;
}
