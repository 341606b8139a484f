import { createHash, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { plainText, renderRichText } from '../../content-model/rich-text.ts';
import type { Check } from '../../schemas/check.ts';
import type { Database } from '../db/schema.ts';
import { writeTransaction } from '../db/write-transaction.ts';
import { listCompletions } from '../progress/progress.repository.ts';
import { lessonWithCheck } from '../quiz/answer-keys.ts';
import type { QuizResult } from '../quiz/quiz.ts';
import type { DueCard, MergeDeck, ReviewSettings } from './review.ts';
import {
  countDue,
  findCard,
  findCardByQuestion,
  getSettingsRow,
  insertCards,
  insertLog,
  listActiveCards,
  listDue,
  listLogsSince,
  nextDue,
  retireCard,
  stateOf,
  updateCardState,
  upsertSettings,
  type CardRow,
} from './review.repository.ts';
import {
  DEFAULT_RETENTION,
  effectiveRating,
  newCardState,
  RATINGS,
  schedule,
  STATE_NAMES,
  type CardState,
  type RatingName,
} from './scheduler.ts';

/** The question a card asks, with its answer, from the lesson's current check; undefined once removed. */
export function questionOf(lesson: string, questionId: string) {
  const [trackId = '', slug = ''] = lesson.split('/');
  const found = lessonWithCheck(trackId, slug);
  const question = found?.check.questions.find((q) => q.id === questionId);
  if (!found || !question) return undefined;
  return { lesson: found.lesson, question };
}

export async function getSettings(db: Kysely<Database>, userId: string): Promise<ReviewSettings> {
  const row = await getSettingsRow(db, userId);
  return {
    mode: row?.mode === 'all' ? 'all' : 'missed',
    desiredRetention: row ? Number(row.desired_retention) : DEFAULT_RETENTION,
  };
}

async function addCards(db: Kysely<Database>, userId: string, lesson: string, questionIds: string[], now: Date) {
  await insertCards(
    db,
    questionIds.map((questionId) => ({
      id: randomUUID(),
      userId,
      lesson,
      questionId,
      state: newCardState(now),
      createdAt: now.toISOString(),
    })),
  );
}

/**
 * After a signed-in quiz attempt: every missed question becomes a card; after a pass, in "all" mode,
 * the lesson's other questions join too. A question that already has a card keeps its schedule. Takes
 * the attempt's transaction, so the attempt and its cards are stored together or not at all.
 */
export async function addCardsForAttempt(
  db: Kysely<Database>,
  userId: string,
  lesson: string,
  result: QuizResult,
  now = new Date(),
): Promise<void> {
  const { mode } = await getSettings(db, userId);
  const ids = result.results.filter((r) => !r.correct || (result.passed && mode === 'all')).map((r) => r.id);
  await addCards(db, userId, lesson, ids, now);
}

/**
 * Changes the learner's settings; switching to "all" adds the questions of every completed lesson, in
 * the same transaction (one commit, and never the mode without its cards).
 */
export async function saveSettings(
  db: Kysely<Database>,
  userId: string,
  settings: ReviewSettings,
  now = new Date(),
): Promise<void> {
  await writeTransaction(db, async (trx) => {
    await upsertSettings(trx, userId, settings.mode, settings.desiredRetention);
    if (settings.mode !== 'all') return;
    for (const { lesson } of await listCompletions(trx, userId)) {
      const [trackId = '', slug = ''] = lesson.split('/');
      const check: Check | undefined = lessonWithCheck(trackId, slug)?.check;
      if (check)
        await addCards(
          trx,
          userId,
          lesson,
          check.questions.map((q) => q.id),
          now,
        );
    }
  });
}

function publicCard(row: CardRow): DueCard | undefined {
  const found = questionOf(row.lesson, row.question_id);
  if (!found) return undefined;
  return {
    id: row.id,
    lesson: row.lesson,
    lessonTitle: found.lesson.title,
    lessonPath: found.lesson.path,
    questionId: row.question_id,
    prompt: renderRichText(found.question.prompt),
    choices: found.question.choices.map(renderRichText),
    choicesText: found.question.choices.map(plainText),
    state: STATE_NAMES[row.state as keyof typeof STATE_NAMES] ?? 'new',
    reps: row.reps,
  };
}

/** Today's due cards (questions without answers), how many are due, and when the next one is. */
export async function dueCards(
  db: Kysely<Database>,
  userId: string,
  limit: number,
  now = new Date(),
): Promise<{ cards: DueCard[]; dueCount: number; nextDue: string | null }> {
  const at = now.toISOString();
  const cards: DueCard[] = [];
  // A card whose question left its lesson retires here; fetch again until the page is full.
  for (;;) {
    const rows = await listDue(db, userId, at, limit);
    let retired = 0;
    cards.length = 0;
    for (const row of rows) {
      const card = publicCard(row);
      if (card) cards.push(card);
      else {
        await retireCard(db, row.id, at);
        retired += 1;
      }
    }
    if (retired === 0) break;
  }
  return { cards, dueCount: await countDue(db, userId, at), nextDue: await nextDue(db, userId, at) };
}

export interface ReviewOutcome {
  correct: boolean;
  answer: number;
  explanation: string;
  /** Present when a rating was given: the schedule that follows. */
  next?: { rating: RatingName; due: string; scheduledDays: number; state: string };
}

/**
 * Grades a review answer and, with a rating, schedules the card (a wrong answer counts as Again).
 * Without a rating nothing is stored: the page shows right or wrong and the explanation first.
 */
export async function reviewCard(
  db: Kysely<Database>,
  userId: string,
  cardId: string,
  choice: number,
  rating: RatingName | undefined,
  now = new Date(),
): Promise<ReviewOutcome | undefined> {
  const row = await findCard(db, userId, cardId);
  if (!row || row.retired_at) return undefined;
  const found = questionOf(row.lesson, row.question_id);
  if (!found) {
    await retireCard(db, row.id, now.toISOString());
    return undefined;
  }
  const correct = choice === found.question.answer;
  const outcome: ReviewOutcome = {
    correct,
    answer: found.question.answer,
    explanation: renderRichText(found.question.explanation),
  };
  if (!rating) return outcome;
  const applied = effectiveRating(correct, rating);
  const { desiredRetention } = await getSettings(db, userId);
  const next = schedule(stateOf(row), applied, now, desiredRetention);
  await writeTransaction(db, async (trx) => {
    await updateCardState(trx, row.id, next);
    await insertLog(trx, {
      id: randomUUID(),
      userId,
      cardId: row.id,
      rating: RATINGS.indexOf(applied) + 1,
      correct,
      stateBefore: row.state,
      at: now.toISOString(),
    });
  });
  return {
    ...outcome,
    next: { rating: applied, due: next.due, scheduledDays: next.scheduledDays, state: STATE_NAMES[next.state] },
  };
}

function later(a: string | null, b: string | null): boolean {
  return (a ?? '') > (b ?? '');
}

/**
 * Merges an anonymous learner's deck into the account: unknown questions are dropped, a card the account
 * lacks is added, a card both have keeps the more recently reviewed state, and each review is logged
 * once (its id is derived from the review itself). Merging the same deck twice changes nothing.
 */
export async function mergeDeck(
  db: Kysely<Database>,
  userId: string,
  deck: MergeDeck,
  now = new Date(),
): Promise<{ merged: number; skipped: number }> {
  let merged = 0;
  let skipped = 0;
  await writeTransaction(db, async (trx) => {
    for (const card of deck.cards) {
      if (!questionOf(card.lesson, card.questionId)) {
        skipped += 1;
        continue;
      }
      const state: CardState = { ...card.state };
      const existing = await findCardByQuestion(trx, userId, card.lesson, card.questionId);
      if (!existing) {
        await insertCards(trx, [
          {
            id: randomUUID(),
            userId,
            lesson: card.lesson,
            questionId: card.questionId,
            state,
            createdAt: now.toISOString(),
          },
        ]);
        merged += 1;
      } else if (later(state.lastReview, existing.last_review)) {
        await updateCardState(trx, existing.id, state);
        merged += 1;
      }
    }
    for (const review of deck.reviews) {
      const card = await findCardByQuestion(trx, userId, review.lesson, review.questionId);
      if (!card) continue;
      const id = createHash('sha256')
        .update(`${userId}|${review.lesson}|${review.questionId}|${review.at}`)
        .digest('hex')
        .slice(0, 32);
      await insertLog(trx, {
        id,
        userId,
        cardId: card.id,
        rating: RATINGS.indexOf(review.rating) + 1,
        correct: review.correct,
        stateBefore: review.stateBefore,
        at: review.at,
      });
    }
  });
  return { merged, skipped };
}

export interface ReviewStats {
  byState: Record<string, number>;
  retired: number;
  /** Reviews per UTC day for the last 90 days, oldest first. */
  perDay: Array<{ day: string; count: number }>;
  /** Share of Good or Easy among reviews in the last 90 days; null before the first review. */
  retention: number | null;
  reviews: number;
}

export async function reviewStats(db: Kysely<Database>, userId: string, now = new Date()): Promise<ReviewStats> {
  const byState: Record<string, number> = { new: 0, learning: 0, review: 0, relearning: 0 };
  let retired = 0;
  for (const c of await listActiveCards(db, userId)) {
    if (c.retired_at) retired += 1;
    else {
      const name = STATE_NAMES[c.state as keyof typeof STATE_NAMES] ?? 'new';
      byState[name] = (byState[name] ?? 0) + 1;
    }
  }
  const days = 90;
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - (days - 1)));
  const logs = await listLogsSince(db, userId, start.toISOString());
  const counts = new Map<string, number>();
  for (const l of logs) counts.set(l.reviewed_at.slice(0, 10), (counts.get(l.reviewed_at.slice(0, 10)) ?? 0) + 1);
  const perDay = Array.from({ length: days }, (_, i) => {
    const day = new Date(start.getTime() + i * 86_400_000).toISOString().slice(0, 10);
    return { day, count: counts.get(day) ?? 0 };
  });
  const good = logs.filter((l) => l.rating >= 3).length;
  return { byState, retired, perDay, retention: logs.length > 0 ? good / logs.length : null, reviews: logs.length };
}
