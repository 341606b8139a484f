import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Curriculum } from '../../content-model/curriculum.ts';
import type { Database } from '../db/schema.ts';
import { writeTransaction } from '../db/write-transaction.ts';
import type { QuizResult } from '../quiz/quiz.ts';
import type { Progress } from './progress.ts';
import { insertAttempt, insertCompletion, listCompletions, useReceiptNonce } from './progress.repository.ts';
import { verifyReceipt } from './receipts.ts';

/**
 * Keeps an attempt and, when it passed, completes the lesson (once: a later failure never undoes it).
 * `trx` is the caller's write transaction (see saveAttempt in quiz/).
 */
export async function writeAttempt(
  trx: Kysely<Database>,
  userId: string,
  lesson: string,
  answers: number[],
  result: QuizResult,
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  await insertAttempt(trx, {
    id: randomUUID(),
    userId,
    lesson,
    score: result.score,
    total: result.total,
    passed: result.passed,
    answers,
    createdAt: at,
  });
  if (result.passed) await insertCompletion(trx, userId, lesson, at);
}

/** Progress as the learner sees it: completions with dates, per-track done/total, "N of 155". */
export async function getProgress(db: Kysely<Database>, userId: string, curriculum: Curriculum): Promise<Progress> {
  const rows = await listCompletions(db, userId);
  const known = new Set(curriculum.lessons.map((l) => `${l.trackId}/${l.slug}`));
  const completed = rows
    .filter((r) => known.has(r.lesson))
    .map((r) => ({ lesson: r.lesson, completedAt: r.completed_at }));
  const done = new Set(completed.map((c) => c.lesson));
  const tracks = curriculum.tracks.map((t) => ({
    id: t.id,
    title: t.title,
    done: t.lessons.filter((l) => done.has(`${t.id}/${l.slug}`)).length,
    total: t.lessons.length,
  }));
  const total = curriculum.lessons.length;
  return {
    completed,
    tracks,
    done: done.size,
    total,
    percent: Math.round((done.size / total) * 1000) / 10,
    label: `${done.size} of ${total}`,
  };
}

/**
 * Merges an anonymous learner's signed completion receipts into the account: genuine receipts for real
 * lessons only, each at most once; the union of completions, never double counted, never lowering anything.
 */
export async function mergeReceipts(
  db: Kysely<Database>,
  userId: string,
  receipts: string[],
  secret: string,
  curriculum: Curriculum,
  now = new Date(),
): Promise<{ merged: number; rejected: number }> {
  const known = new Set(curriculum.lessons.map((l) => `${l.trackId}/${l.slug}`));
  let merged = 0;
  let rejected = 0;
  await writeTransaction(db, async (trx) => {
    for (const token of receipts) {
      const payload = verifyReceipt(token, secret);
      if (!payload || !known.has(payload.lesson) || new Date(payload.completedAt) > now) {
        rejected += 1;
        continue;
      }
      // A receipt merges into one account once; sending it again (or to another account) adds nothing.
      const fresh = await useReceiptNonce(trx, payload.nonce, userId, now.toISOString());
      if (!fresh) continue;
      if (await insertCompletion(trx, userId, payload.lesson, payload.completedAt)) merged += 1;
    }
  });
  return { merged, rejected };
}
