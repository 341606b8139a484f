import { randomUUID } from 'node:crypto';
import type { App } from '../app.ts';
import { authSecret } from '../auth/auth-secret.ts';
import { sessionUser } from '../auth/session.ts';
import { errorResponse } from '../http/errors.ts';
import { readJsonBody } from '../http/read-body.ts';
import { refuseCrossOrigin } from '../http/same-origin.ts';
import { MAX_CODE_BYTES, readCodeRequest, runnerRefusal } from '../run-api/run-api.ts';
import { gradeSubmission, type RunCode } from './grade.ts';
import { mergeSolves, SolveMergeBodySchema, SOLVES_PER_MERGE } from './merge-solves.ts';
import { findProblem, serverProblems } from './problem-registry.ts';
import { insertSubmission, listSubmissions, submittedProblems } from './practice.repository.ts';
import { signSolve } from './solve-receipts.ts';

const NO_STORE = { 'cache-control': 'no-store' };
export const SUBMISSIONS_SHOWN = 20;

/**
 * POST /api/practice/<slug>/run and /submit {code} -> {verdict, passed, total, tests, durationMs, saved}.
 * Run grades the visible tests, Submit all of them; a signed-in learner's submissions are kept, and an
 * anonymous Accepted Submit gets a signed `receipt` to merge into an account later.
 */
export async function handleGrade(
  app: App,
  request: Request,
  peer: string,
  slug: string,
  mode: 'run' | 'submit',
  runCode: RunCode,
): Promise<Response> {
  const refused = refuseCrossOrigin(request);
  if (refused) return refused;
  const problem = findProblem(slug);
  if (!problem) return errorResponse('not_found', `No practice problem named "${slug}".`);
  const body = await readCodeRequest(request, peer);
  if (body instanceof Response) return body;
  let outcome: Awaited<ReturnType<typeof gradeSubmission>>;
  try {
    outcome = await gradeSubmission(problem, body.code, mode === 'run', runCode);
  } catch (e) {
    // A broken problem, never the learner's code (content:check proves every problem before it ships).
    console.error(`grading ${slug} failed: ${e instanceof Error ? e.message : String(e)}`);
    return errorResponse('internal', 'The grader of this problem failed. It has been logged; please try again later.');
  }
  if (!outcome.ok) return runnerRefusal(outcome);
  const user = mode === 'submit' ? await sessionUser(app, request) : undefined;
  if (user) {
    await insertSubmission(app.db.kysely, {
      id: randomUUID(),
      userId: user.id,
      problem: slug,
      code: body.code,
      verdict: outcome.verdict,
      passed: outcome.passed,
      total: outcome.total,
      durationMs: outcome.durationMs,
      createdAt: new Date().toISOString(),
    });
  }
  const { verdict, passed, total, tests, durationMs } = outcome;
  const receipt =
    mode === 'submit' && !user && verdict === 'accepted'
      ? signSolve({ problem: slug, code: body.code, passed, total, durationMs, solvedAt: new Date() }, authSecret())
      : undefined;
  return Response.json(
    { verdict, passed, total, tests, durationMs, saved: user !== undefined, ...(receipt ? { receipt } : {}) },
    { headers: NO_STORE },
  );
}

function signInRequired(): Response {
  return errorResponse(
    'unauthorized',
    'Sign in to keep your submissions; without an account they stay in this browser.',
  );
}

/** GET /api/practice/<slug>/submissions: the signed-in learner's latest submissions, newest first. */
export async function handleSubmissions(app: App, request: Request, slug: string): Promise<Response> {
  if (!findProblem(slug)) return errorResponse('not_found', `No practice problem named "${slug}".`);
  const user = await sessionUser(app, request);
  if (!user) return signInRequired();
  const rows = await listSubmissions(app.db.kysely, user.id, slug, SUBMISSIONS_SHOWN);
  const submissions = rows.map((r) => ({
    id: r.id,
    code: r.code,
    verdict: r.verdict,
    passed: r.passed,
    total: r.total,
    durationMs: r.duration_ms,
    at: r.created_at,
  }));
  return Response.json({ submissions }, { headers: NO_STORE });
}

/** The learner's practice record: per problem solved or attempted, and the solved count. */
export async function practiceSummary(
  app: App,
  userId: string,
): Promise<{ statuses: Record<string, 'solved' | 'attempted'>; solved: number; total: number }> {
  const known = serverProblems();
  const statuses: Record<string, 'solved' | 'attempted'> = {};
  for (const [problem, solved] of await submittedProblems(app.db.kysely, userId)) {
    if (known.has(problem)) statuses[problem] = solved ? 'solved' : 'attempted';
  }
  return { statuses, solved: Object.values(statuses).filter((s) => s === 'solved').length, total: known.size };
}

/** GET /api/practice: the signed-in learner's status on every problem they submitted to. */
export async function handlePracticeStatus(app: App, request: Request): Promise<Response> {
  const user = await sessionUser(app, request);
  if (!user) return signInRequired();
  return Response.json(await practiceSummary(app, user.id), { headers: NO_STORE });
}

/** POST /api/practice/merge {solves: [{receipt, code}]}: adds an anonymous learner's solves to the account. */
export async function handleMergeSolves(app: App, request: Request): Promise<Response> {
  const refused = refuseCrossOrigin(request);
  if (refused) return refused;
  const user = await sessionUser(app, request);
  if (!user) return signInRequired();
  // Code is JSON-quoted: leave room for escapes, as the run API does.
  const body = await readJsonBody(request, SolveMergeBodySchema, SOLVES_PER_MERGE * (MAX_CODE_BYTES * 2 + 4096));
  if (body instanceof Response) return body;
  const known = serverProblems();
  const result = await mergeSolves(app.db.kysely, user.id, body.solves, authSecret(), (slug) => known.has(slug));
  return Response.json({ ...result, ...(await practiceSummary(app, user.id)) }, { headers: NO_STORE });
}
