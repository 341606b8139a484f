import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/** The only module that writes SQL for progress: completions, attempts and used receipts. */
export async function insertAttempt(
  db: Kysely<Database>,
  row: {
    id: string;
    userId: string;
    lesson: string;
    score: number;
    total: number;
    passed: boolean;
    answers: number[];
    createdAt: string;
  },
): Promise<void> {
  await db
    .insertInto('quiz_attempt')
    .values({
      id: row.id,
      user_id: row.userId,
      lesson: row.lesson,
      score: row.score,
      total: row.total,
      passed: row.passed ? 1 : 0,
      answers: JSON.stringify(row.answers),
      created_at: row.createdAt,
    })
    .execute();
}

/** Marks a lesson complete once; a second insert for the same user and lesson changes nothing. */
export async function insertCompletion(
  db: Kysely<Database>,
  userId: string,
  lesson: string,
  completedAt: string,
): Promise<boolean> {
  const result = await db
    .insertInto('lesson_completion')
    .values({ user_id: userId, lesson, completed_at: completedAt })
    .onConflict((oc) => oc.columns(['user_id', 'lesson']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export function listCompletions(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom('lesson_completion')
    .select(['lesson', 'completed_at'])
    .where('user_id', '=', userId)
    .orderBy('completed_at')
    .execute();
}

export function listAttempts(db: Kysely<Database>, userId: string, limit: number) {
  return db
    .selectFrom('quiz_attempt')
    .select(['id', 'lesson', 'score', 'total', 'passed', 'created_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
}

/** Records a receipt's nonce as used by this user; false when it was used before. */
export async function useReceiptNonce(
  db: Kysely<Database>,
  nonce: string,
  userId: string,
  usedAt: string,
): Promise<boolean> {
  const result = await db
    .insertInto('completion_receipt')
    .values({ nonce, user_id: userId, used_at: usedAt })
    .onConflict((oc) => oc.column('nonce').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}
