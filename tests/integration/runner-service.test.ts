import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { doctor } from '../../src/server/runner/doctor.ts';
import { runRemote } from '../../src/server/runner/remote-runner.ts';
import { freePort } from '../support/free-port.ts';

const SECRET = 'a-test-secret-of-32-characters!!';
let service: ChildProcess;
let url = '';

beforeAll(async () => {
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  service = spawn(process.execPath, ['scripts/runner.ts'], {
    env: { ...process.env, RUNNER_SECRET: SECRET, RUNNER_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve) =>
    service.stdout?.on('data', (d: Buffer) => d.toString().includes('runner:') && resolve()),
  );
});
afterAll(() => {
  service.kill('SIGTERM');
});

describe('the runner as a service (npm run runner)', () => {
  it('runs code for a caller with the shared secret', async () => {
    const r = await runRemote(url, SECRET, { code: 'import numpy as np\nprint(np.arange(5).sum())' });
    expect(r).toMatchObject({ ok: true, stdout: '10\n', exitCode: 0 });
  });

  it('passes limits through', async () => {
    const r = await runRemote(url, SECRET, { code: 'import time\ntime.sleep(10)', limits: { wallSeconds: 1 } });
    expect(r).toMatchObject({ ok: true, timedOut: true });
  });

  it('refuses a caller without the secret or with a wrong one', async () => {
    for (const auth of [undefined, 'Bearer wrong', `Bearer ${SECRET}x`]) {
      const res = await fetch(`${url}/run`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
        body: JSON.stringify({ code: 'print(1)' }),
      });
      expect(res.status).toBe(401);
    }
    const r = await runRemote(url, 'wrong-secret', { code: 'print(1)' });
    expect(r).toMatchObject({ ok: false, code: 'runner_unavailable' });
  });

  it('answers 400 for bad input and reports its health', async () => {
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${SECRET}` };
    const bad = await fetch(`${url}/run`, { method: 'POST', headers, body: JSON.stringify({ code: 1 }) });
    expect(bad.status).toBe(400);
    const health = (await (await fetch(`${url}/health`, { headers })).json()) as { ok: boolean; slots: number };
    expect(health.ok).toBe(true);
    expect(health.slots).toBeGreaterThan(0);
  });

  it('reports an unreachable service as runner_unavailable, not an exception', async () => {
    const r = await runRemote('http://127.0.0.1:1', SECRET, { code: 'print(1)' });
    expect(r).toMatchObject({ ok: false, code: 'runner_unavailable' });
  });

  it('the doctor names which isolation features are active', () => {
    const lines = doctor();
    expect(lines.map((l) => l.check)).toContain('process and memory caps');
    expect(lines[0]).toMatchObject({ check: 'runner available', ok: true });
  });
});
