import { getSession } from '../progress/progress-store.ts';
import { DECK_KEY } from './deck-key.ts';

/**
 * How many review cards are due now, for the header's Review link: the account's when signed in, this
 * browser's deck otherwise (read directly, so every page stays free of the scheduler code). 0 if unknown.
 */
export async function dueCount(): Promise<number> {
  if (await getSession()) {
    try {
      const response = await fetch('/api/review/due?limit=0', { credentials: 'same-origin', cache: 'no-store' });
      return response.ok ? ((await response.json()) as { dueCount: number }).dueCount : 0;
    } catch {
      return 0;
    }
  }
  try {
    const deck = JSON.parse(localStorage.getItem(DECK_KEY) ?? 'null') as {
      cards?: Record<string, { state?: { due?: string } }>;
    } | null;
    const now = new Date().toISOString();
    return Object.values(deck?.cards ?? {}).filter((c) => (c.state?.due ?? '9') <= now).length;
  } catch {
    return 0;
  }
}
