import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

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

function mac(body: string, secret: string): string {
  return createHmac('sha256', secret).update(`leetllm-receipt:${body}`).digest('base64url');
}

export function signReceipt(lesson: string, completedAt: Date, secret: string): string {
  const payload: ReceiptPayload = { lesson, completedAt: completedAt.toISOString(), nonce: randomUUID() };
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${mac(body, secret)}`;
}

/** The payload of a genuine receipt, or undefined for anything forged, altered or malformed. */
export function verifyReceipt(token: string, secret: string): ReceiptPayload | undefined {
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) return undefined;
  const expected = Buffer.from(mac(body, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  try {
    const parsed = ReceiptPayloadSchema.safeParse(JSON.parse(Buffer.from(body, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
