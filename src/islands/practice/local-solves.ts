/**
 * An anonymous learner's Accepted solves: the server's signed receipt with the exact code it graded,
 * the latest per problem. Signing in sends them to the account (POST /api/practice/merge), then clears
 * them, so solving first and signing up later loses nothing.
 */
const KEY = 'leetllm:practice-solves:v1';
/** The server takes at most this many solves per request (SOLVES_PER_MERGE). */
const BATCH = 8;

interface LocalSolve {
  receipt: string;
  code: string;
}

function readSolves(): Record<string, LocalSolve> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, LocalSolve>) : {};
  } catch {
    return {};
  }
}

function writeSolves(solves: Record<string, LocalSolve>): void {
  try {
    if (Object.keys(solves).length === 0) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, JSON.stringify(solves));
  } catch {
    // storage full or blocked: the solve still shows this visit
  }
}

export function keepSolve(slug: string, receipt: string, code: string): void {
  writeSolves({ ...readSolves(), [slug]: { receipt, code } });
}

/** Sends this browser's solves to the account just signed in to; returns how many were added. */
export async function mergeSolvesIntoAccount(): Promise<number> {
  const solves = readSolves();
  let merged = 0;
  const slugs = Object.keys(solves);
  for (let i = 0; i < slugs.length; i += BATCH) {
    const batch = slugs.slice(i, i + BATCH);
    const response = await fetch('/api/practice/merge', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ solves: batch.map((slug) => solves[slug]) }),
    });
    if (!response.ok) break;
    merged += ((await response.json()) as { merged: number }).merged;
    // Merged, or refused for good (a receipt from another server secret): either way it is done.
    for (const slug of batch) delete solves[slug];
  }
  writeSolves(solves);
  return merged;
}
