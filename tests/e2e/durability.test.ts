import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port.ts';

describe('durability of the built server', () => {
  it('loses no acknowledged completion across 20 kill -9 rounds (npm run test:durability -- --kills 20)', () => {
    const r = spawnSync(process.execPath, ['scripts/durability.ts', '--kills', '20'], { encoding: 'utf8' });
    const summary = r.stdout.split('\n').find((l) => l.startsWith('durability:')) ?? r.stdout + r.stderr;
    expect(summary).toMatch(
      /20 kill -9 rounds, .* completions, 0 lost, \d+ acknowledged attempts, 0 lost, 0 duplicated, 0 partial attempts, integrity_check ok/,
    );
    expect(Number(/(\d+) acknowledged completions/.exec(summary)?.[1])).toBeGreaterThan(0);
    expect(r.status).toBe(0);
  }, 300_000);

  it('finishes the request in flight on SIGTERM, refuses new ones, and exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'leetllm-sigterm-'));
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const server = spawn(process.execPath, ['scripts/serve.ts'], {
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', SITE_URL: base, DATABASE_URL: join(dir, 'app.db') },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let log = '';
    server.stdout.on('data', (c: Buffer) => (log += c.toString()));
    const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
    for (let i = 0; i < 200; i += 1) {
      if ((await fetch(`${base}/api/run`).catch(() => undefined))?.ok) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const slow = fetch(`${base}/api/run`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base },
      body: JSON.stringify({ code: 'import time\ntime.sleep(1.5)\nprint("finished")' }),
    });
    await new Promise((r) => setTimeout(r, 300));
    server.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 100));
    const late = await fetch(`${base}/api/progress`).catch(() => undefined);
    expect(late === undefined || late.status === 503).toBe(true);
    const done = await slow;
    expect(done.status).toBe(200);
    expect(((await done.json()) as { stdout: string }).stdout).toBe('finished\n');
    expect(await exited).toBe(0);
    expect(log).toContain('SIGTERM: finished every request in flight; closing.');
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});
