import { RunnerPool } from './pool.ts';
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
 * a saturated pool answers `runner_busy`.
 */
export function run(request: RunRequest): Promise<RunOutcome> {
  return runnerPool().run(request.code, request.limits);
}

/** Stops the pool's sandboxes (scripts call this so the process can exit). */
export function closeRunner(): void {
  pool?.close();
  pool = undefined;
}
