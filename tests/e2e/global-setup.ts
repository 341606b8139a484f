import { spawn, type ChildProcess } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt } from '../../scripts/lib/build.ts';
import { startPostgres } from '../support/postgres.ts';
import { freePort } from '../support/free-port.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built server on a fresh SQLite database. */
    baseUrl: string;
    /** The same build on a fresh PostgreSQL database. */
    baseUrlPostgres: string;
  }
}

async function waitUntilUp(url: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server at ${url} did not come up`);
}

async function startServer(databaseUrl: string): Promise<{ url: string; server: ChildProcess }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ['scripts/serve.ts'], {
    // TRUSTED_PROXY: e2e learners carry X-Forwarded-For so each has its own rate-limit bucket (browser.ts).
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      SITE_URL: url,
      DATABASE_URL: databaseUrl,
      TRUSTED_PROXY: '127.0.0.1',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitUntilUp(url, server);
  return { url, server };
}

/** Builds the site if needed and serves it twice, on SQLite and on PostgreSQL, for the e2e tests. */
export default async function setup(project: TestProject): Promise<() => void> {
  ensureBuilt(process.cwd());
  const dir = mkdtempSync(join(tmpdir(), 'leetllm-e2e-'));
  const postgres = await startPostgres();
  const sqlite = await startServer(join(dir, 'app.db'));
  const pg = await startServer(postgres.url);
  project.provide('baseUrl', sqlite.url);
  project.provide('baseUrlPostgres', pg.url);
  return () => {
    sqlite.server.kill('SIGTERM');
    pg.server.kill('SIGTERM');
    postgres.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
