import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';

/**
 * FSRS scheduling through ts-fsrs, shared by the server (accounts) and the browser (anonymous decks).
 * Short-term learning steps are off: a mastery-check question is reviewed at most once a day, so every
 * rating schedules whole days; fuzz is off so the same history always gives the same due date.
 */
export const DEFAULT_RETENTION = 0.9;
export const MIN_RETENTION = 0.7;
export const MAX_RETENTION = 0.97;

export const RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type RatingName = (typeof RATINGS)[number];
const GRADE: Record<RatingName, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

/** A card's FSRS state as stored (dates as ISO strings). */
export interface CardState {
  due: string;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: State;
  lastReview: string | null;
}

export function newCardState(now: Date): CardState {
  return fromCard(createEmptyCard(now));
}

function fromCard(card: Card): CardState {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ? card.last_review.toISOString() : null,
  };
}

function toCard(s: CardState): Card {
  return {
    due: new Date(s.due),
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: s.elapsedDays,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: s.state,
    ...(s.lastReview ? { last_review: new Date(s.lastReview) } : {}),
  };
}

/** The rating that counts: a wrong answer is always Again, whatever the learner pressed. */
export function effectiveRating(correct: boolean, rating: RatingName): RatingName {
  return correct ? rating : 'again';
}

/** The card's next state after a review at `now` with `rating`, for a desired retention. */
export function schedule(state: CardState, rating: RatingName, now: Date, retention = DEFAULT_RETENTION): CardState {
  const scheduler = fsrs({ request_retention: retention, enable_short_term: false, enable_fuzz: false });
  return fromCard(scheduler.next(toCard(state), now, GRADE[rating]).card);
}

export const STATE_NAMES: Record<State, string> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};
