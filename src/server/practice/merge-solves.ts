import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/schema.ts';
import { writeTransaction } from '../db/write-transaction.ts';
import { useReceiptNonce } from '../progress/progress.repository.ts';
import { MAX_CODE_BYTES } from '../run-api/run-api.ts';
import { insertSubmission } from './practice.repository.ts';
import { codeDigest, verifySolve } from './solve-receipts.ts';

/** Solves per merge request: each carries up to 64 KiB of code, so a browser sends them in batches. */
export const SOLVES_PER_MERGE = 8;

export const SolveMergeBodySchema = z.strictObject({
  solves: z
    .array(z.strictObject({ receipt: z.string().max(2048), code: z.string().max(MAX_CODE_BYTES) }))
    .min(1)
    .max(SOLVES_PER_MERGE),
});
export type SolveMerge = z.infer<typeof SolveMergeBodySchema>['solves'];

/**
 * Adds an anonymous learner's Accepted solves to the account as submissions: genuine receipts for known
 * problems whose code is the code that was graded, each receipt once across all accounts.
 */
export async function mergeSolves(
  db: Kysely<Database>,
  userId: string,
  solves: SolveMerge,
  secret: string,
  isProblem: (slug: string) => boolean,
  now = new Date(),
): Promise<{ merged: number; rejected: number }> {
  let merged = 0;
  let rejected = 0;
  await writeTransaction(db, async (trx) => {
    for (const { receipt, code } of solves) {
      const payload = verifySolve(receipt, secret);
      const genuine =
        payload !== undefined &&
        isProblem(payload.problem) &&
        new Date(payload.solvedAt) <= now &&
        Buffer.byteLength(code, 'utf8') <= MAX_CODE_BYTES &&
        codeDigest(code) === payload.codeSha256;
      if (!genuine) {
        rejected += 1;
        continue;
      }
      if (!(await useReceiptNonce(trx, payload.nonce, userId, now.toISOString()))) continue;
      await insertSubmission(trx, {
        id: randomUUID(),
        userId,
        problem: payload.problem,
        code,
        verdict: 'accepted',
        passed: payload.passed,
        total: payload.total,
        durationMs: payload.durationMs,
        createdAt: payload.solvedAt,
      });
      merged += 1;
    }
  });
  return { merged, rejected };
}
