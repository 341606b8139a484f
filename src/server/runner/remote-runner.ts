import type { RunOutcome } from './run-types.ts';
import type { RunRequest } from './runner.ts';

/** Runs code on a runner service (`npm run runner`) at RUNNER_URL, authenticated with RUNNER_SECRET. */
export async function runRemote(url: string, secret: string, request: RunRequest): Promise<RunOutcome> {
  try {
    const response = await fetch(new URL('/run', url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify(request),
      signal: AbortSignal.timeout(((request.limits?.wallSeconds ?? 15) + 30) * 1000),
    });
    if (!response.ok) throw new Error(`the runner service answered ${response.status}`);
    return (await response.json()) as RunOutcome;
  } catch (e) {
    return {
      ok: false,
      code: 'runner_unavailable',
      message: `Live code runs are unavailable: the runner service at ${url} could not be used (${e instanceof Error ? e.message : String(e)}).`,
      install: [],
    };
  }
}
