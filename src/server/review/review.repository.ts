import type { Kysely, Selectable } from 'kysely';
import type { Database, ReviewCardTable } from '../db/schema.ts';
import type { CardState } from './scheduler.ts';

/** The only module that writes SQL for review cards, their log and settings. */
export type CardRow = Selectable<ReviewCardTable>;

export function stateOf(row: CardRow): CardState {
  return {
    due: row.due,
    stability: Number(row.stability),
    difficulty: Number(row.difficulty),
    elapsedDays: row.elapsed_days,
    scheduledDays: row.scheduled_days,
    learningSteps: row.learning_steps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state,
    lastReview: row.last_review,
  };
}

function columnsOf(s: CardState) {
  return {
    due: s.due,
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: s.elapsedDays,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: s.state,
    last_review: s.lastReview,
  };
}

type NewCard = { id: string; userId: string; lesson: string; questionId: string; state: CardState; createdAt: string };

/** Adds cards in one statement, except for questions the learner already has (a retired one comes back). */
export async function insertCards(db: Kysely<Database>, rows: NewCard[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('review_card')
    .values(
      rows.map((row) => ({
        id: row.id,
        user_id: row.userId,
        lesson: row.lesson,
        question_id: row.questionId,
        ...columnsOf(row.state),
        created_at: row.createdAt,
        retired_at: null,
      })),
    )
    .onConflict((oc) => oc.columns(['user_id', 'lesson', 'question_id']).doUpdateSet({ retired_at: null }))
    .execute();
}

export function findCard(db: Kysely<Database>, userId: string, cardId: string) {
  return db
    .selectFrom('review_card')
    .selectAll()
    .where('id', '=', cardId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export function findCardByQuestion(db: Kysely<Database>, userId: string, lesson: string, questionId: string) {
  return db
    .selectFrom('review_card')
    .selectAll()
    .where('user_id', '=', userId)
    .where('lesson', '=', lesson)
    .where('question_id', '=', questionId)
    .executeTakeFirst();
}

export async function updateCardState(db: Kysely<Database>, cardId: string, state: CardState): Promise<void> {
  await db.updateTable('review_card').set(columnsOf(state)).where('id', '=', cardId).execute();
}

export async function retireCard(db: Kysely<Database>, cardId: string, at: string): Promise<void> {
  await db.updateTable('review_card').set({ retired_at: at }).where('id', '=', cardId).execute();
}

/** Active cards due at `now`, most overdue first. */
export function listDue(db: Kysely<Database>, userId: string, now: string, limit: number) {
  return db
    .selectFrom('review_card')
    .selectAll()
    .where('user_id', '=', userId)
    .where('retired_at', 'is', null)
    .where('due', '<=', now)
    .orderBy('due')
    .orderBy('id')
    .limit(limit)
    .execute();
}

export async function countDue(db: Kysely<Database>, userId: string, now: string): Promise<number> {
  const row = await db
    .selectFrom('review_card')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('user_id', '=', userId)
    .where('retired_at', 'is', null)
    .where('due', '<=', now)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The earliest due date after `now`, if any card waits. */
export async function nextDue(db: Kysely<Database>, userId: string, now: string): Promise<string | null> {
  const row = await db
    .selectFrom('review_card')
    .select((eb) => eb.fn.min<string>('due').as('due'))
    .where('user_id', '=', userId)
    .where('retired_at', 'is', null)
    .where('due', '>', now)
    .executeTakeFirst();
  return row?.due ?? null;
}

export function listActiveCards(db: Kysely<Database>, userId: string) {
  return db.selectFrom('review_card').select(['state', 'retired_at']).where('user_id', '=', userId).execute();
}

export async function insertLog(
  db: Kysely<Database>,
  row: {
    id: string;
    userId: string;
    cardId: string;
    rating: number;
    correct: boolean;
    stateBefore: number;
    at: string;
  },
): Promise<void> {
  await db
    .insertInto('review_log')
    .values({
      id: row.id,
      user_id: row.userId,
      card_id: row.cardId,
      rating: row.rating,
      correct: row.correct ? 1 : 0,
      state_before: row.stateBefore,
      reviewed_at: row.at,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

export function listLogsSince(db: Kysely<Database>, userId: string, since: string) {
  return db
    .selectFrom('review_log')
    .select(['rating', 'reviewed_at'])
    .where('user_id', '=', userId)
    .where('reviewed_at', '>=', since)
    .execute();
}

export function getSettingsRow(db: Kysely<Database>, userId: string) {
  return db.selectFrom('review_settings').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

export async function upsertSettings(
  db: Kysely<Database>,
  userId: string,
  mode: string,
  desiredRetention: number,
): Promise<void> {
  await db
    .insertInto('review_settings')
    .values({ user_id: userId, mode, desired_retention: desiredRetention })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ mode, desired_retention: desiredRetention }))
    .execute();
}

/** Every review row of a learner (the data export): cards with their FSRS state, the log, the settings. */
export async function exportReviewData(db: Kysely<Database>, userId: string) {
  const [cards, log, settings] = await Promise.all([
    db
      .selectFrom('review_card')
      .select(['id', 'lesson', 'question_id', 'due', 'stability', 'difficulty', 'elapsed_days', 'scheduled_days'])
      .select(['learning_steps', 'reps', 'lapses', 'state', 'last_review', 'created_at', 'retired_at'])
      .where('user_id', '=', userId)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('review_log')
      .select(['card_id', 'rating', 'correct', 'state_before', 'reviewed_at'])
      .where('user_id', '=', userId)
      .orderBy('reviewed_at')
      .execute(),
    getSettingsRow(db, userId),
  ]);
  return {
    settings: settings ? { mode: settings.mode, desiredRetention: Number(settings.desired_retention) } : null,
    cards,
    log,
  };
}
