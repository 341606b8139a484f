import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { errorResponse } from '../http/errors.ts';
import { readJsonBody } from '../http/read-body.ts';
import type { RunnerPool } from './pool.ts';

const MAX_BODY = 1024 * 1024;

const LimitsSchema = z
  .strictObject({
    cpuSeconds: z.number().positive().max(120),
    wallSeconds: z.number().positive().max(300),
    memoryMb: z.number().int().positive().max(16384),
    processes: z.number().int().positive().max(4096),
    outputBytes: z
      .number()
      .int()
      .positive()
      .max(16 * 1024 * 1024),
    fileSizeMb: z.number().int().positive().max(1024),
    openFiles: z.number().int().positive().max(65536),
  })
  .partial();

export const ServiceRunSchema = z.strictObject({
  code: z.string().max(1024 * 1024 - 4096),
  limits: LimitsSchema.optional(),
});

function authorized(request: Request, secret: string): boolean {
  const given = Buffer.from(request.headers.get('authorization') ?? '');
  const wanted = Buffer.from(`Bearer ${secret}`);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/**
 * The runner as its own service (`npm run runner`): POST /run {code, limits?} -> RunOutcome,
 * GET /health -> pool facts. Every request must carry `Authorization: Bearer <RUNNER_SECRET>`.
 */
export async function handleServiceRequest(request: Request, pool: RunnerPool, secret: string): Promise<Response> {
  if (!authorized(request, secret)) {
    return Response.json(
      { error: { code: 'unauthorized', message: 'Missing or wrong runner secret.' } },
      { status: 401 },
    );
  }
  const { pathname } = new URL(request.url);
  if (request.method === 'GET' && pathname === '/health') {
    return Response.json({ ok: true, slots: pool.size, isolation: pool.cgroupMode });
  }
  if (request.method === 'POST' && pathname === '/run') {
    const body = await readJsonBody(request, ServiceRunSchema, MAX_BODY);
    if (body instanceof Response) return body;
    const limits = Object.fromEntries(Object.entries(body.limits ?? {}).filter(([, v]) => v !== undefined));
    return Response.json(await pool.run(body.code, limits));
  }
  return errorResponse('not_found', `No route ${request.method} ${pathname}.`);
}
