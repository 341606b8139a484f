import { DECK_KEY } from './deck-key.ts';

/**
 * Sends this browser's review deck to the account just signed in to (the server keeps the more recent
 * state of each card and logs each review once), then clears it. Returns the number of cards merged.
 */
export async function mergeDeckIntoAccount(): Promise<number> {
  let deck: { cards?: Record<string, unknown>; reviews?: unknown[] } | null;
  try {
    deck = JSON.parse(localStorage.getItem(DECK_KEY) ?? 'null') as typeof deck;
  } catch {
    return 0;
  }
  const cards = Object.values(deck?.cards ?? {});
  if (cards.length === 0) return 0;
  const response = await fetch('/api/review/merge', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ cards, reviews: deck?.reviews ?? [] }),
  });
  if (!response.ok) return 0;
  const { merged } = (await response.json()) as { merged: number };
  localStorage.removeItem(DECK_KEY);
  return merged;
}
