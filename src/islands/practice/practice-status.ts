import { getSession } from '../progress/progress-store.ts';

/**
 * A learner's status per problem: from the server when signed in (their submissions), merged with this
 * browser's record (every Run or Submit made here), so an anonymous learner sees their own marks too.
 */
export type ProblemStatus = 'new' | 'attempted' | 'solved';

const KEY = 'leetllm:practice:v1';

function readLocal(): Record<string, 'attempted' | 'solved'> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, 'attempted' | 'solved'>) : {};
  } catch {
    return {};
  }
}

/** Records a graded attempt in this browser (a solved problem stays solved); returns the new status. */
export function recordLocalStatus(slug: string, solved: boolean): 'attempted' | 'solved' {
  const all = readLocal();
  const status = solved || all[slug] === 'solved' ? 'solved' : 'attempted';
  all[slug] = status;
  try {
    localStorage.setItem(KEY, JSON.stringify(all));
  } catch {
    // storage blocked: the mark shows this visit only
  }
  return status;
}

export async function loadStatuses(): Promise<{ signedIn: boolean; statuses: Record<string, ProblemStatus> }> {
  const statuses: Record<string, ProblemStatus> = { ...readLocal() };
  const session = await getSession();
  if (!session) return { signedIn: false, statuses };
  try {
    const response = await fetch('/api/practice', { credentials: 'same-origin', cache: 'no-store' });
    if (response.ok) {
      const body = (await response.json()) as { statuses: Record<string, 'attempted' | 'solved'> };
      for (const [slug, status] of Object.entries(body.statuses)) {
        if (statuses[slug] !== 'solved') statuses[slug] = status;
      }
    }
  } catch {
    // offline: this browser's marks still show
  }
  return { signedIn: true, statuses };
}
