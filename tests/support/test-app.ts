import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App } from '../../src/server/app.ts';
import { CLIENT_ADDRESS_HEADER } from '../../src/server/auth/auth.ts';
import { startPostgres, type Postgres } from './postgres.ts';

export type Engine = 'sqlite' | 'postgres';
export const ENGINES: Engine[] = ['sqlite', 'postgres'];
export const ORIGIN = 'http://localhost:4321';

export interface TestApp {
  app: App;
  close: () => Promise<void>;
}

/** A migrated app on a fresh SQLite file or a fresh throwaway PostgreSQL cluster. */
export async function createTestApp(engine: Engine): Promise<TestApp> {
  process.env['CONTENT_ROOT'] = join(process.cwd(), 'tests/fixtures/project');
  const dir = mkdtempSync(join(tmpdir(), 'leetllm-app-'));
  process.env['BETTER_AUTH_SECRET'] = 'test-secret-test-secret-test-secret-1234';
  let pg: Postgres | undefined;
  let url = join(dir, 'app.db');
  if (engine === 'postgres') {
    pg = await startPostgres();
    url = pg.url;
  }
  const app = await createApp(url);
  return {
    app,
    close: async () => {
      await app.db.close();
      pg?.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

let addressCounter = 0;

/** A JSON request from our own origin, optionally carrying a session cookie. */
export function jsonRequest(
  path: string,
  body: unknown,
  init: { cookie?: string; method?: string; headers?: Record<string, string> } = {},
): Request {
  return new Request(`${ORIGIN}${path}`, {
    method: init.method ?? 'POST',
    headers: {
      'content-type': 'application/json',
      origin: ORIGIN,
      ...(init.cookie ? { cookie: init.cookie } : {}),
      ...init.headers,
    },
    body: body === undefined ? null : JSON.stringify(body),
  });
}

export function getRequest(path: string, cookie?: string): Request {
  return new Request(`${ORIGIN}${path}`, { headers: cookie ? { cookie } : {} });
}

/** Signs a new learner up, then in, through better-auth's real HTTP handler; returns the session cookie. */
export async function signUp(app: App, email: string, password = 'correct horse battery staple'): Promise<string> {
  addressCounter += 1;
  const headers = { [CLIENT_ADDRESS_HEADER]: `10.1.0.${addressCounter}` };
  const body = { email, password, name: email.split('@')[0] ?? email };
  const up = await app.auth.handler(jsonRequest('/api/auth/sign-up/email', body, { headers }));
  if (!up.ok) throw new Error(`sign-up failed: ${up.status} ${await up.text()}`);
  const res = await app.auth.handler(jsonRequest('/api/auth/sign-in/email', { email, password }, { headers }));
  if (!res.ok) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  return cookieFrom(res);
}

export function cookieFrom(res: Response): string {
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}
