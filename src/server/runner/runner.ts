import { RunnerPool } from './pool.ts';
import { runRemote } from './remote-runner.ts';
import type { RunLimits, RunOutcome } from './run-types.ts';

export interface RunRequest {
  code: string;
  limits?: Partial<RunLimits>;
}

let pool: RunnerPool | undefined;

/** The process's warm pool, started on first use. */
export function runnerPool(): RunnerPool {
  pool ??= new RunnerPool();
  return pool;
}

/**
 * Runs one Python program in a warm sandbox: an unprivileged user, bubblewrap with every namespace
 * unshared (no network), a read-only system, a fresh work dir, a scrubbed environment and hard limits.
 * A machine without the sandbox's parts gets a typed `runner_unavailable` result, never an exception;
 * a saturated pool answers `runner_busy`. With RUNNER_URL set, runs go to a runner service instead.
 */
export function run(request: RunRequest): Promise<RunOutcome> {
  const url = process.env['RUNNER_URL'];
  if (url) return runRemote(url, process.env['RUNNER_SECRET'] ?? '', request);
  return runnerPool().run(request.code, request.limits);
}

/** Stops the pool's sandboxes (scripts call this so the process can exit). */
export function closeRunner(): void {
  pool?.close();
  pool = undefined;
}
