import { z } from 'zod';
import { clientAddress } from '../http/client-address.ts';
import { errorResponse } from '../http/errors.ts';
import { RateLimiter } from '../http/rate-limit.ts';
import { readJsonBody } from '../http/read-body.ts';
import type { RunnerBusy, RunnerUnavailable, RunOutcome } from '../runner/run-types.ts';

export const MAX_CODE_BYTES = 64 * 1024;
export const RUNS_PER_MINUTE = Number(process.env['RUNS_PER_MINUTE'] ?? 30);

export const RunBodySchema = z.strictObject({ code: z.string() });

/** One budget for every sandboxed run an address asks for: Run in a lesson, Run and Submit in practice. */
const limiter = new RateLimiter(RUNS_PER_MINUTE, 60_000);

/**
 * The checks every code-running request passes first: the rate limit, then a JSON body `{code}` within
 * the size limit. Answers the code, or the 4xx response to send.
 */
export async function readCodeRequest(request: Request, peer: string): Promise<{ code: string } | Response> {
  const wait = limiter.hit(clientAddress(request, peer));
  if (wait > 0) {
    return errorResponse(
      'rate_limited',
      `Too many runs: at most ${RUNS_PER_MINUTE} a minute. Try again in ${wait} s.`,
      {
        headers: { 'retry-after': String(wait) },
      },
    );
  }
  // A body holds the code plus JSON quoting; allow room for escapes but refuse anything far larger.
  const body = await readJsonBody(request, RunBodySchema, MAX_CODE_BYTES * 2 + 1024);
  if (body instanceof Response) return body;
  if (Buffer.byteLength(body.code, 'utf8') > MAX_CODE_BYTES) {
    return errorResponse('payload_too_large', `Code is limited to ${MAX_CODE_BYTES / 1024} KiB.`);
  }
  return body;
}

/** The response for a runner that could not take the run (busy or missing), with what to do. */
export function runnerRefusal(outcome: RunnerUnavailable | RunnerBusy): Response {
  if (outcome.code === 'runner_busy') {
    return errorResponse('runner_busy', outcome.message, {
      headers: { 'retry-after': String(outcome.retryAfterSeconds) },
    });
  }
  return errorResponse('runner_unavailable', outcome.message, { details: { install: outcome.install } });
}

/** POST /api/run {code} -> {stdout, stderr, exitCode, timedOut, truncated, durationMs}. */
export async function handleRun(
  request: Request,
  peer: string,
  runCode: (code: string) => Promise<RunOutcome>,
): Promise<Response> {
  const body = await readCodeRequest(request, peer);
  if (body instanceof Response) return body;
  const outcome = await runCode(body.code);
  if (!outcome.ok) return runnerRefusal(outcome);
  const { stdout, stderr, exitCode, signal, timedOut, truncated, durationMs, memoryExceeded } = outcome;
  return Response.json(
    { stdout, stderr, exitCode, signal, timedOut, truncated, memoryExceeded: memoryExceeded ?? false, durationMs },
    { headers: { 'cache-control': 'no-store' } },
  );
}

/**
 * GET /api/run: whether live runs work here. Asking also starts the warm pool, so a page calls it as soon
 * as a learner opens an editor and the first Run does not wait for numpy and torch to load.
 */
export function handleRunStatus(unavailable: { message: string } | undefined): Response {
  return Response.json(unavailable ? { available: false, message: unavailable.message } : { available: true }, {
    headers: { 'cache-control': 'no-store' },
  });
}
