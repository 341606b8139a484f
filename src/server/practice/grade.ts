import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Problem, ProblemCase } from '../../content-model/problems.ts';
import type { RunLimits, RunOutcome, RunnerBusy, RunnerUnavailable } from '../runner/run-types.ts';
import { gradingProgram } from './grading-program.ts';

export const TEST_STATUSES = ['passed', 'failed', 'error', 'timeout'] as const;
export type TestStatus = (typeof TEST_STATUSES)[number];
export const VERDICTS = ['accepted', 'wrong_answer', 'error', 'time_limit'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface TestResult {
  name: string;
  visible: boolean;
  status: TestStatus;
  /** Expected vs actual, or the traceback, for a visible test; a short category for a hidden one. */
  message: string;
  /** What the learner's code printed during a visible test (empty for hidden tests). */
  output: string;
  durationMs: number;
}

export interface Grading {
  ok: true;
  verdict: Verdict;
  passed: number;
  total: number;
  tests: TestResult[];
  durationMs: number;
}

export type GradingOutcome = Grading | RunnerUnavailable | RunnerBusy;

const ReportSchema = z.strictObject({
  tests: z.array(
    z.strictObject({
      name: z.string(),
      visible: z.boolean(),
      status: z.enum(TEST_STATUSES),
      message: z.string(),
      output: z.string(),
      durationMs: z.number().int().min(0),
    }),
  ),
});
const HarnessErrorSchema = z.strictObject({ harnessError: z.string() });

/** The grading's verdict: the first test that did not pass decides it, as in file order. */
export function verdictOf(tests: Pick<TestResult, 'status'>[]): Verdict {
  const first = tests.find((t) => t.status !== 'passed');
  if (!first) return 'accepted';
  return first.status === 'failed' ? 'wrong_answer' : first.status === 'timeout' ? 'time_limit' : 'error';
}

/** Limits of one grading run: every test may use its time limit, plus starting the worker twice over. */
export function gradingLimits(problem: Problem, tests: number): Partial<RunLimits> {
  const seconds = Math.min(120, 12 + tests * (problem.frontmatter.timeLimitMs / 1000 + 0.5));
  return { wallSeconds: seconds, cpuSeconds: Math.ceil(seconds), outputBytes: 512 * 1024 };
}

/** Every expected test marked with one status, for a grading that produced no trustworthy report. */
function allTests(cases: ProblemCase[], status: TestStatus, message: string): TestResult[] {
  return cases.map((c) => ({ name: c.name, visible: c.visible, status, message, output: '', durationMs: 0 }));
}

/**
 * Reads the grader's report from a run: only the stdout line that starts with the nonce counts, and it
 * must name exactly the expected tests in order. Anything else (the learner's code killed the grader,
 * printed look-alike lines, or the run hit its wall limit) is an error or a time limit, never a pass.
 */
export function readReport(
  outcome: Extract<RunOutcome, { ok: true }>,
  nonce: string,
  cases: ProblemCase[],
): TestResult[] {
  const line = outcome.stdout.split('\n').find((l) => l.startsWith(`${nonce} `));
  if (!line) {
    if (outcome.timedOut) return allTests(cases, 'timeout', 'the whole grading ran past its time limit');
    const tail = outcome.stderr.trim().split('\n').slice(-3).join('\n');
    return allTests(cases, 'error', `the grading stopped before it reported${tail ? `:\n${tail}` : ''}`);
  }
  const data: unknown = JSON.parse(line.slice(nonce.length + 1));
  const harness = HarnessErrorSchema.safeParse(data);
  if (harness.success) throw new Error(`the problem's grader failed: ${harness.data.harnessError}`);
  const tests = ReportSchema.parse(data).tests;
  const same =
    tests.length === cases.length &&
    tests.every((t, i) => t.name === cases[i]?.name && t.visible === cases[i]?.visible);
  if (!same) throw new Error('the grader reported tests other than the problem declares');
  return tests;
}

export type RunCode = (code: string, limits: Partial<RunLimits>) => Promise<RunOutcome>;

/** Grades a learner's code against a problem's visible tests (run) or all of them (submit). */
export async function gradeSubmission(
  problem: Problem,
  code: string,
  visibleOnly: boolean,
  runCode: RunCode,
): Promise<GradingOutcome> {
  const cases = visibleOnly ? problem.cases.filter((c) => c.visible) : problem.cases;
  const nonce = randomBytes(18).toString('base64url');
  const started = performance.now();
  const outcome = await runCode(
    gradingProgram({ problem, code, visibleOnly, nonce }),
    gradingLimits(problem, cases.length),
  );
  if (!outcome.ok) return outcome;
  const tests = readReport(outcome, nonce, cases);
  return {
    ok: true,
    verdict: verdictOf(tests),
    passed: tests.filter((t) => t.status === 'passed').length,
    total: tests.length,
    tests,
    durationMs: Math.round(performance.now() - started),
  };
}
