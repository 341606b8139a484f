import type { RunResult } from '../../server/runner/run-types.ts';

/** The browser side of POST /api/run: a typed result or a message the learner can act on. */
/** What POST /api/run answers on success (the server's RunResult without its internal fields). */
export type RunResponse = Omit<RunResult, 'ok' | 'memoryExceeded'> & { memoryExceeded: boolean };

export type RunReply =
  | { kind: 'result'; result: RunResponse }
  | { kind: 'unavailable'; message: string }
  | { kind: 'error'; message: string };

export async function runOnServer(code: string): Promise<RunReply> {
  let response: Response;
  try {
    response = await fetch('/api/run', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
    });
  } catch {
    return { kind: 'error', message: 'Could not reach the server. Check your connection and try again.' };
  }
  if (response.ok) return { kind: 'result', result: (await response.json()) as RunResponse };
  let message = `The server answered ${response.status}.`;
  let code_: string | undefined;
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string } };
    message = body.error?.message ?? message;
    code_ = body.error?.code;
  } catch {
    // not JSON: keep the status line
  }
  if (code_ === 'runner_unavailable') return { kind: 'unavailable', message };
  return { kind: 'error', message };
}
