import { mergeSolvesIntoAccount } from '../practice/local-solves.ts';
import { mergeIntoAccount } from '../progress/progress-store.ts';
import { mergeDeckIntoAccount } from '../review/merge-deck.ts';

/**
 * Moves everything this browser kept without an account (lesson passes, the review deck, practice solves)
 * into the signed-in account. Each part sends a request only when it has something, the server counts
 * each receipt once, and a failed part stays in the browser for the next page. Returns how much was added.
 */
export async function mergeLocalIntoAccount(): Promise<number> {
  const completions = await mergeIntoAccount().catch(() => 0);
  const cards = await mergeDeckIntoAccount().catch(() => 0);
  const solves = await mergeSolvesIntoAccount().catch(() => 0);
  return completions + cards + solves;
}
