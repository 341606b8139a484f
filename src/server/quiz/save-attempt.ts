import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { writeTransaction } from '../db/write-transaction.ts';
import { writeAttempt } from '../progress/progress.service.ts';
import { addCardsForAttempt } from '../review/review.service.ts';
import type { QuizResult } from './quiz.ts';

/**
 * A signed-in learner's graded attempt, stored in one transaction: the attempt, the completion when it
 * passed, and the review cards for what was missed. One commit (one fsync) per submission, and a crash
 * never leaves an attempt without its cards.
 */
export function saveAttempt(
  db: Kysely<Database>,
  userId: string,
  lesson: string,
  answers: number[],
  result: QuizResult,
  now = new Date(),
): Promise<void> {
  return writeTransaction(db, async (trx) => {
    await writeAttempt(trx, userId, lesson, answers, result, now);
    await addCardsForAttempt(trx, userId, lesson, result, now);
  });
}
