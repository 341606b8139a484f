import { DECK_KEY } from './deck-key.ts';
import { newCardState, schedule, type CardState, type RatingName } from '../../server/review/scheduler.ts';

/**
 * An anonymous learner's review deck, kept in localStorage and scheduled in the browser with the same
 * FSRS code the server uses. Signing in merges it into the account (POST /api/review/merge), then clears it.
 */
export interface LocalCard {
  lesson: string;
  questionId: string;
  state: CardState;
}

export interface LocalReview {
  lesson: string;
  questionId: string;
  rating: RatingName;
  correct: boolean;
  stateBefore: number;
  at: string;
}

interface LocalDeck {
  cards: Record<string, LocalCard>;
  reviews: LocalReview[];
}

const KEY = DECK_KEY;

export const cardKey = (lesson: string, questionId: string): string => `${lesson}#${questionId}`;

function read(): LocalDeck {
  try {
    const parsed = JSON.parse(localStorage.getItem(KEY) ?? 'null') as LocalDeck | null;
    if (parsed && typeof parsed.cards === 'object' && Array.isArray(parsed.reviews)) return parsed;
  } catch {
    // unreadable: start a new deck
  }
  return { cards: {}, reviews: [] };
}

function write(deck: LocalDeck): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(deck));
  } catch {
    // storage full or blocked: this visit's reviews still count on screen
  }
}

/** Missed questions of an anonymous quiz attempt join the deck; one already there keeps its schedule. */
export function addLocalCards(lesson: string, questionIds: string[], now = new Date()): void {
  const deck = read();
  for (const questionId of questionIds) {
    const key = cardKey(lesson, questionId);
    deck.cards[key] ??= { lesson, questionId, state: newCardState(now) };
  }
  write(deck);
}

export function localDue(now = new Date()): { due: LocalCard[]; nextDue: string | null } {
  const cards = Object.values(read().cards).sort((a, b) => a.state.due.localeCompare(b.state.due));
  const at = now.toISOString();
  return {
    due: cards.filter((c) => c.state.due <= at),
    nextDue: cards.find((c) => c.state.due > at)?.state.due ?? null,
  };
}

export function removeLocalCard(lesson: string, questionId: string): void {
  const deck = read();
  delete deck.cards[cardKey(lesson, questionId)];
  write(deck);
}

/** Schedules a reviewed card (a wrong answer counts as Again) and logs the review. */
export function reviewLocalCard(
  lesson: string,
  questionId: string,
  correct: boolean,
  rating: RatingName,
  now = new Date(),
) {
  const deck = read();
  const card = deck.cards[cardKey(lesson, questionId)];
  if (!card) return undefined;
  const applied: RatingName = correct ? rating : 'again';
  const stateBefore = card.state.state;
  card.state = schedule(card.state, applied, now);
  deck.reviews.push({ lesson, questionId, rating: applied, correct, stateBefore, at: now.toISOString() });
  write(deck);
  return { rating: applied, due: card.state.due, scheduledDays: card.state.scheduledDays };
}

export function localDeckPayload(): { cards: LocalCard[]; reviews: LocalReview[] } {
  const deck = read();
  return { cards: Object.values(deck.cards), reviews: deck.reviews };
}

export function clearLocalDeck(): void {
  write({ cards: {}, reviews: [] });
}
