import { createHmac, timingSafeEqual } from 'node:crypto';
import type { z } from 'zod';

/**
 * A server-signed statement a browser keeps and hands back later: base64url(JSON payload) + "." + an
 * HMAC-SHA256 over it. `purpose` goes into the MAC, so a token signed for one use is never accepted for
 * another.
 */
function mac(purpose: string, body: string, secret: string): string {
  return createHmac('sha256', secret).update(`leetllm-${purpose}:${body}`).digest('base64url');
}

export function signToken(purpose: string, payload: object, secret: string): string {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${mac(purpose, body, secret)}`;
}

/** The payload of a genuine token for `purpose`, or undefined for anything forged, altered or malformed. */
export function verifyToken<T>(purpose: string, token: string, schema: z.ZodType<T>, secret: string): T | undefined {
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) return undefined;
  const expected = Buffer.from(mac(purpose, body, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(Buffer.from(body, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
