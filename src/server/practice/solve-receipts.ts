import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { signToken, verifyToken } from '../auth/signed-token.ts';

/**
 * A solve receipt: the server's signed statement that this exact code (by its SHA-256) was Accepted on a
 * problem, given to an anonymous learner with the verdict. At sign-up or sign-in the browser sends it back
 * with the code, and the solve becomes a submission of the account without grading it again.
 */
export const SolvePayloadSchema = z.strictObject({
  problem: z.string().regex(/^[a-z0-9-]+$/),
  codeSha256: z.string().regex(/^[0-9a-f]{64}$/),
  passed: z.int().nonnegative(),
  total: z.int().positive(),
  durationMs: z.int().nonnegative(),
  solvedAt: z.iso.datetime(),
  nonce: z.uuid(),
});
export type SolvePayload = z.infer<typeof SolvePayloadSchema>;

const PURPOSE = 'solve';

export function codeDigest(code: string): string {
  return createHash('sha256').update(code, 'utf8').digest('hex');
}

export function signSolve(
  solve: { problem: string; code: string; passed: number; total: number; durationMs: number; solvedAt: Date },
  secret: string,
): string {
  const payload: SolvePayload = {
    problem: solve.problem,
    codeSha256: codeDigest(solve.code),
    passed: solve.passed,
    total: solve.total,
    durationMs: Math.round(solve.durationMs),
    solvedAt: solve.solvedAt.toISOString(),
    nonce: randomUUID(),
  };
  return signToken(PURPOSE, payload, secret);
}

export function verifySolve(token: string, secret: string): SolvePayload | undefined {
  return verifyToken(PURPOSE, token, SolvePayloadSchema, secret);
}
