import type { z } from 'zod';
import { errorResponse } from './errors.ts';

/**
 * Reads a JSON body of at most `maxBytes` and validates it; returns the data or the error Response
 * (413 when too large, 400 naming the problem otherwise).
 */
export async function readJsonBody<T>(request: Request, schema: z.ZodType<T>, maxBytes: number): Promise<T | Response> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) return tooLarge(maxBytes);
  const type = request.headers.get('content-type') ?? '';
  if (!type.includes('application/json')) {
    return errorResponse('bad_request', 'Send the request body as JSON (Content-Type: application/json).');
  }
  const bytes = await readLimited(request, maxBytes);
  if (bytes === undefined) return tooLarge(maxBytes);
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return errorResponse('bad_request', 'The request body is not valid JSON.');
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return errorResponse('bad_request', `${where}${issue?.message ?? 'invalid request'}`);
  }
  return parsed.data;
}

function tooLarge(maxBytes: number): Response {
  return errorResponse('payload_too_large', `The request body is larger than ${Math.round(maxBytes / 1024)} KiB.`);
}

async function readLimited(request: Request, maxBytes: number): Promise<Uint8Array | undefined> {
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
