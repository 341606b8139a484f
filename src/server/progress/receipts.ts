import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { signToken, verifyToken } from '../auth/signed-token.ts';

/**
 * A completion receipt: the server's signed statement that an anonymous learner passed a lesson's check.
 * The browser keeps it in localStorage; at sign-up or sign-in it is merged into the account. A client
 * cannot make one up, so merging never trusts a client-sent "completed" flag.
 */
export const ReceiptPayloadSchema = z.strictObject({
  lesson: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/),
  completedAt: z.iso.datetime(),
  nonce: z.uuid(),
});
export type ReceiptPayload = z.infer<typeof ReceiptPayloadSchema>;

const PURPOSE = 'receipt';

export function signReceipt(lesson: string, completedAt: Date, secret: string): string {
  const payload: ReceiptPayload = { lesson, completedAt: completedAt.toISOString(), nonce: randomUUID() };
  return signToken(PURPOSE, payload, secret);
}

/** The payload of a genuine receipt, or undefined for anything forged, altered or malformed. */
export function verifyReceipt(token: string, secret: string): ReceiptPayload | undefined {
  return verifyToken(PURPOSE, token, ReceiptPayloadSchema, secret);
}
