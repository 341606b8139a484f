/**
 * The learner's progress in the browser: from the server when signed in, from localStorage otherwise.
 * Anonymous passes are kept as server-signed receipts, merged into the account at sign-up or sign-in.
 */
export interface Completion {
  lesson: string;
  completedAt: string;
}

interface LocalProgress {
  completions: Record<string, { completedAt: string; receipt: string }>;
}

export interface SessionInfo {
  user: { id: string; name: string; email: string };
}

const KEY = 'leetllm:progress:v1';

function readLocal(): LocalProgress {
  try {
    const raw = localStorage.getItem(KEY);
    const parsed = raw ? (JSON.parse(raw) as LocalProgress) : undefined;
    if (parsed && typeof parsed.completions === 'object') return parsed;
  } catch {
    // unreadable or blocked storage: start empty
  }
  return { completions: {} };
}

function writeLocal(progress: LocalProgress): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(progress));
  } catch {
    // storage full or blocked: progress of this visit is still shown
  }
}

let sessionPromise: Promise<SessionInfo | null> | undefined;

/** The signed-in learner, or null (asked once per page). */
export function getSession(): Promise<SessionInfo | null> {
  sessionPromise ??= fetch('/api/auth/get-session', { credentials: 'same-origin', cache: 'no-store' })
    .then(async (r) => (r.ok ? ((await r.json()) as SessionInfo | null) : null))
    .catch(() => null);
  return sessionPromise;
}

/** Completed lessons: the account's when signed in, this browser's otherwise. */
export async function loadCompletions(): Promise<{ signedIn: boolean; completions: Completion[] }> {
  const session = await getSession();
  if (session) {
    try {
      const r = await fetch('/api/progress', { credentials: 'same-origin', cache: 'no-store' });
      if (r.ok) return { signedIn: true, completions: ((await r.json()) as { completed: Completion[] }).completed };
    } catch {
      // offline: fall through to what this browser knows
    }
  }
  const local = readLocal();
  return {
    signedIn: Boolean(session),
    completions: Object.entries(local.completions).map(([lesson, c]) => ({ lesson, completedAt: c.completedAt })),
  };
}

/** Keeps an anonymous pass (the server's signed receipt) in this browser. */
export function rememberReceipt(lesson: string, receipt: string): void {
  const local = readLocal();
  if (!local.completions[lesson]) {
    local.completions[lesson] = { completedAt: new Date().toISOString(), receipt };
    writeLocal(local);
  }
}

/** Sends this browser's receipts to the account; they are kept until the server has them. */
export async function mergeIntoAccount(): Promise<number> {
  const local = readLocal();
  const receipts = Object.values(local.completions).map((c) => c.receipt);
  if (receipts.length === 0) return 0;
  const r = await fetch('/api/progress/merge', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ receipts }),
  });
  if (!r.ok) return 0;
  const { merged } = (await r.json()) as { merged: number };
  writeLocal({ completions: {} });
  return merged;
}

const LAST_KEY = 'leetllm:last-lesson:v1';

export interface LastLesson {
  path: string;
  title: string;
  step: number;
}

export function rememberLastLesson(lesson: LastLesson): void {
  try {
    localStorage.setItem(LAST_KEY, JSON.stringify(lesson));
  } catch {
    // blocked storage: nothing to resume from
  }
}

export function lastLesson(): LastLesson | undefined {
  try {
    const raw = localStorage.getItem(LAST_KEY);
    return raw ? (JSON.parse(raw) as LastLesson) : undefined;
  } catch {
    return undefined;
  }
}
