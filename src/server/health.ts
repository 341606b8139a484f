import { sql } from 'kysely';
import type { App } from './app.ts';
import type { RunnerPool } from './runner/pool.ts';

export interface Health {
  status: 'ok' | 'degraded';
  database: { engine: string; ok: boolean; latencyMs: number; error?: string };
  runner: { available: boolean; slots?: number; isolation?: string; remote?: boolean; message?: string };
}

/**
 * GET /api/health: the database answers a query, and whether code runs work here. 200 when the database
 * is up (live runs being unavailable is "degraded", not down: every page still works), 503 otherwise.
 */
export async function checkHealth(app: App, pool: RunnerPool | undefined): Promise<Health> {
  const started = performance.now();
  let database: Health['database'];
  try {
    await sql`select 1`.execute(app.db.kysely);
    database = { engine: app.db.engine, ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (e) {
    database = {
      engine: app.db.engine,
      ok: false,
      latencyMs: Math.round(performance.now() - started),
      error: e instanceof Error ? e.message : String(e),
    };
  }
  const runner: Health['runner'] = pool
    ? pool.unavailable
      ? { available: false, message: pool.unavailable.message }
      : { available: true, slots: pool.size, isolation: pool.cgroupMode }
    : { available: true, remote: true };
  return { status: database.ok && runner.available ? 'ok' : 'degraded', database, runner };
}

export async function handleHealth(app: App, pool: RunnerPool | undefined): Promise<Response> {
  const health = await checkHealth(app, pool);
  return Response.json(health, {
    status: health.database.ok ? 200 : 503,
    headers: { 'cache-control': 'no-store' },
  });
}
