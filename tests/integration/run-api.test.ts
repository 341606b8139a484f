import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleRun, MAX_CODE_BYTES, RUNS_PER_MINUTE } from '../../src/server/run-api/run-api.ts';
import { RunnerPool } from '../../src/server/runner/pool.ts';

let pool: RunnerPool;
let peerCounter = 0;
/** Each test gets its own client address, so rate-limit buckets do not leak between tests. */
const peer = (): string => `10.0.0.${(peerCounter += 1)}`;

function post(body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }): Request {
  return new Request('http://localhost/api/run', {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

beforeAll(async () => {
  pool = new RunnerPool({ size: 1, maxQueue: 1 });
  await pool.warm();
});
afterAll(() => pool.close());

const runOnPool = (code: string) => pool.run(code);

describe('POST /api/run', () => {
  it('runs code and answers with stdout, stderr, exit status and duration', async () => {
    const res = await handleRun(
      post({ code: 'import sys\nprint(6 * 7)\nprint("w", file=sys.stderr)' }),
      peer(),
      runOnPool,
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ stdout: '42\n', stderr: 'w\n', exitCode: 0, timedOut: false, truncated: false });
    expect(body['durationMs']).toBeTypeOf('number');
  });

  it('answers 413 for code over 64 KiB, and for a body far over it', async () => {
    const big = `# ${'x'.repeat(MAX_CODE_BYTES)}`;
    const res = await handleRun(post({ code: big }), peer(), runOnPool);
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
    const huge = await handleRun(post({ code: 'x'.repeat(MAX_CODE_BYTES * 3) }), peer(), runOnPool);
    expect(huge.status).toBe(413);
  });

  it('answers 400 naming the problem for bad input', async () => {
    const cases: Array<[Request, RegExp]> = [
      [post('{not json'), /not valid JSON/],
      [post({}), /code/],
      [post({ code: 42 }), /code/],
      [post({ code: 'print(1)', extra: true }), /extra|Unrecognized/i],
      [post({ code: 'print(1)' }, { 'content-type': 'text/plain' }), /JSON/],
    ];
    for (const [request, message] of cases) {
      const res = await handleRun(request, peer(), runOnPool);
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('bad_request');
      expect(body.error.message).toMatch(message);
    }
  });

  it(`answers 429 with Retry-After past ${RUNS_PER_MINUTE} runs a minute from one address`, async () => {
    const address = peer();
    for (let i = 0; i < RUNS_PER_MINUTE; i += 1) {
      expect((await handleRun(post({ code: 'pass' }), address, runOnPool)).status).toBe(200);
    }
    const res = await handleRun(post({ code: 'pass' }), address, runOnPool);
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await handleRun(post({ code: 'pass' }), peer(), runOnPool)).status).toBe(200);
  });

  it('answers 503 at once when every slot is busy and the queue is full', async () => {
    const slow = handleRun(post({ code: 'import time\ntime.sleep(2)' }), peer(), runOnPool);
    const queued = handleRun(post({ code: 'print("queued")' }), peer(), runOnPool);
    const started = performance.now();
    const refused = await handleRun(post({ code: 'print(1)' }), peer(), runOnPool);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('5');
    expect(performance.now() - started).toBeLessThan(500);
    expect((await slow).status).toBe(200);
    expect(((await (await queued).json()) as { stdout: string }).stdout).toBe('queued\n');
  });

  it('answers 503 naming what to install when the runner is unavailable', async () => {
    const saved = process.env['RUNNER_PYTHON'];
    process.env['RUNNER_PYTHON'] = '/nonexistent/python3';
    const broken = new RunnerPool({ size: 1 });
    try {
      const res = await handleRun(post({ code: 'print(1)' }), peer(), (code) => broken.run(code));
      expect(res.status).toBe(503);
      const body = (await res.json()) as { error: { code: string; message: string; install: string[] } };
      expect(body.error.code).toBe('runner_unavailable');
      expect(body.error.install).toContain('python3-numpy');
      expect(body.error.message).toContain('sudo scripts/install-system-deps.sh');
    } finally {
      broken.close();
      if (saved === undefined) delete process.env['RUNNER_PYTHON'];
      else process.env['RUNNER_PYTHON'] = saved;
    }
  });
});
