import type { TestResult, Verdict } from '../../server/practice/grade.ts';

/** What POST /api/practice/<slug>/run|submit answers on success. */
export interface GradeResponse {
  verdict: Verdict;
  passed: number;
  total: number;
  tests: TestResult[];
  durationMs: number;
  saved: boolean;
  /** Anonymous Accepted submits only: the signed receipt that merges the solve into an account later. */
  receipt?: string;
}

export interface Submission {
  id: string;
  code: string;
  verdict: Verdict;
  passed: number;
  total: number;
  durationMs: number;
  at: string;
}

export type GradeReply = { kind: 'result'; result: GradeResponse } | { kind: 'error'; message: string };

async function errorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { message?: string } };
    return body.error?.message ?? `The server answered ${response.status}.`;
  } catch {
    return `The server answered ${response.status}.`;
  }
}

export async function gradeOnServer(slug: string, mode: 'run' | 'submit', code: string): Promise<GradeReply> {
  let response: Response;
  try {
    response = await fetch(`/api/practice/${slug}/${mode}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ code }),
    });
  } catch {
    return { kind: 'error', message: 'Could not reach the server. Check your connection and try again.' };
  }
  if (!response.ok) return { kind: 'error', message: await errorMessage(response) };
  return { kind: 'result', result: (await response.json()) as GradeResponse };
}

/** The signed-in learner's past submissions, newest first; undefined when they cannot be loaded. */
export async function loadSubmissions(slug: string): Promise<Submission[] | undefined> {
  try {
    const response = await fetch(`/api/practice/${slug}/submissions`, {
      credentials: 'same-origin',
      cache: 'no-store',
    });
    if (!response.ok) return undefined;
    return ((await response.json()) as { submissions: Submission[] }).submissions;
  } catch {
    return undefined;
  }
}
