/**
 * npm run bench:load: 200 simulated learners for LOAD_SECONDS (default 60) against the built server on
 * 127.0.0.1, first on SQLite, then on a throwaway PostgreSQL. Each learner is one connection with a
 * learner's pace (87 requests/s in all, a busy classroom): 100 learners open a lesson page every 2 s, 50
 * read their progress every 2 s, 40 submit a quiz every 4 s and 10 run code every 5 s. The load
 * generator shares the 2 cores with the server, the database and the sandboxes. The baseline is the same
 * server answering a
 * static file as fast as 200 connections can ask. Reported per route:
 * throughput, p50/p95/p99 latency, status counts and errors, next to a baseline measured in the same run
 * (the same server serving a static file), as ratios. Code runs queue in the warm pool and answer 429
 * (per-address rate limit) or 503 (pool busy) when full; those count as clean refusals, not errors.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isWritten, loadCheck, loadCurriculum } from '../src/content-model/lessons.ts';
import { freePort } from '../tests/support/free-port.ts';
import { startPostgres } from '../tests/support/postgres.ts';
import { ensureBuilt } from './lib/build.ts';

const SECONDS = Number(process.env['LOAD_SECONDS'] ?? 60);
const LEARNERS = 200;
const root = process.cwd();
const written = loadCurriculum(root).lessons.filter((l) => isWritten(root, l));
const quizzes = written.map((l) => ({
  path: `/api/quiz/${l.trackId}/${l.slug}`,
  body: JSON.stringify({ answers: loadCheck(root, l).questions.map((q) => q.answer) }),
}));

interface RouteStats {
  route: string;
  connections: number;
  latencies: number[];
  status: Map<number, number>;
  errors: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function startServer(databaseUrl: string): Promise<{ base: string; server: ChildProcess }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ['dist/server/entry.mjs'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      SITE_URL: base,
      DATABASE_URL: databaseUrl,
      TRUSTED_PROXY: '127.0.0.1',
      BETTER_AUTH_SECRET: 'load-test-secret-load-test-secret-1234',
      ASTRO_NODE_LOGGING: 'disabled',
    },
    stdio: 'ignore',
  });
  for (let i = 0; i < 400; i += 1) {
    if ((await fetch(`${base}/api/run`).catch(() => undefined))?.ok) return { base, server };
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the server did not come up');
}

async function signUpLearners(base: string): Promise<string[]> {
  const cookies: string[] = [];
  for (let n = 0; n < LEARNERS; n += 1) {
    const headers = { 'content-type': 'application/json', origin: base, 'x-forwarded-for': xff(n) };
    const body = JSON.stringify({
      email: `load-${n}@example.com`,
      password: 'correct horse battery staple',
      name: `l${n}`,
    });
    await fetch(`${base}/api/auth/sign-up/email`, { method: 'POST', headers, body });
    const res = await fetch(`${base}/api/auth/sign-in/email`, { method: 'POST', headers, body });
    if (!res.ok) throw new Error(`sign-in failed: ${res.status}`);
    cookies.push(
      res.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; '),
    );
  }
  return cookies;
}

function xff(n: number): string {
  return `10.88.${Math.floor(n / 250)}.${(n % 250) + 1}`;
}

/** One autocannon run whose every response is recorded; connection i acts as learner offset + i. */
function load(
  base: string,
  route: string,
  connections: number,
  rate: number | undefined,
  seconds: number,
  request: (learner: number) => {
    method: 'GET' | 'POST';
    path: string;
    headers: Record<string, string>;
    body?: string;
  },
  offset: number,
): Promise<RouteStats> {
  const stats: RouteStats = { route, connections, latencies: [], status: new Map(), errors: 0 };
  let next = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections,
        duration: seconds,
        ...(rate ? { overallRate: rate } : {}),
        requests: [
          {
            // The route's learners take turns (autocannon resets its per-request context every cycle).
            setupRequest: (req) => ({ ...req, ...request(offset + ((next += 1) % connections)) }),
          },
        ],
      },
      (err: unknown) => (err ? reject(err instanceof Error ? err : new Error('autocannon failed')) : resolve(stats)),
    );
    instance.on('response', (_client, statusCode: number, _bytes: number, responseTime: number) => {
      stats.latencies.push(responseTime);
      stats.status.set(statusCode, (stats.status.get(statusCode) ?? 0) + 1);
    });
    instance.on('reqError', () => (stats.errors += 1));
  });
}

function report(stats: RouteStats, seconds: number, baseline?: RouteStats): string {
  const sorted = [...stats.latencies].sort((a, b) => a - b);
  const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(sorted, p));
  const statuses = [...stats.status.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([s, n]) => `${s}:${n}`)
    .join(' ');
  const fiveXX = [...stats.status.entries()].filter(([s]) => s >= 500 && s !== 503).reduce((n, [, c]) => n + c, 0);
  const ratio = (v: number, b: number): string => (baseline ? ` (${(v / b).toFixed(1)}x)` : '');
  const b = baseline ? [...baseline.latencies].sort((x, y) => x - y) : [];
  return (
    `  ${stats.route.padEnd(22)} ${String(stats.connections).padStart(3)} conns ` +
    `${(sorted.length / seconds).toFixed(0).padStart(6)} req/s  ` +
    `p50 ${p50?.toFixed(1)} ms${ratio(p50 ?? 0, percentile(b, 50))}  ` +
    `p95 ${p95?.toFixed(1)} ms${ratio(p95 ?? 0, percentile(b, 95))}  ` +
    `p99 ${p99?.toFixed(1)} ms${ratio(p99 ?? 0, percentile(b, 99))}  ` +
    `errors ${stats.errors + fiveXX}  [${statuses}]`
  );
}

async function benchEngine(name: string, databaseUrl: string): Promise<boolean> {
  const { base, server } = await startServer(databaseUrl);
  try {
    const cookies = await signUpLearners(base);
    const json = (n: number): Record<string, string> => ({
      'content-type': 'application/json',
      origin: base,
      cookie: cookies[n] ?? '',
      'x-forwarded-for': xff(n),
    });
    const baselineSeconds = Math.max(5, Math.round(SECONDS / 6));
    const baseline = await load(
      base,
      'static file (baseline)',
      LEARNERS,
      undefined,
      baselineSeconds,
      () => ({ method: 'GET', path: '/favicon.svg', headers: {} }),
      0,
    );
    const pick = <T>(list: T[]): T => list[Math.floor(Math.random() * list.length)]!;
    const results = await Promise.all([
      load(
        base,
        'GET lesson page',
        100,
        50,
        SECONDS,
        () => ({ method: 'GET', path: pick(written).path, headers: {} }),
        0,
      ),
      load(
        base,
        'GET /api/progress',
        50,
        25,
        SECONDS,
        (n) => ({ method: 'GET', path: '/api/progress', headers: json(n) }),
        100,
      ),
      load(
        base,
        'POST /api/quiz',
        40,
        10,
        SECONDS,
        (n) => {
          const q = pick(quizzes);
          return { method: 'POST', path: q.path, headers: json(n), body: q.body };
        },
        150,
      ),
      load(
        base,
        'POST /api/run',
        10,
        2,
        SECONDS,
        (n) => ({
          method: 'POST',
          path: '/api/run',
          headers: json(n),
          body: JSON.stringify({ code: 'print(sum(range(1000)))' }),
        }),
        190,
      ),
    ]);
    console.log(`\n${name}: ${LEARNERS} learners for ${SECONDS} s`);
    console.log(report(baseline, baselineSeconds));
    for (const r of results) console.log(report(r, SECONDS, baseline));
    const errors = [baseline, ...results].reduce(
      (n, r) =>
        n + r.errors + [...r.status.entries()].filter(([s]) => s >= 500 && s !== 503).reduce((m, [, c]) => m + c, 0),
      0,
    );
    const apiP99 = results
      .filter((r) => r.route.includes('/api/') && !r.route.includes('/api/run'))
      .map((r) =>
        percentile(
          [...r.latencies].sort((a, b) => a - b),
          99,
        ),
      );
    console.log(
      `  errors: ${errors}; p99 of API routes other than runs: ${apiP99.map((v) => v.toFixed(1)).join(', ')} ms (target < 100)`,
    );
    return errors === 0;
  } finally {
    server.kill('SIGTERM');
  }
}

ensureBuilt(root);
const dir = mkdtempSync(join(tmpdir(), 'leetllm-load-'));
let ok = await benchEngine('SQLite', join(dir, 'app.db'));
const pg = await startPostgres();
try {
  ok = (await benchEngine('PostgreSQL', pg.url)) && ok;
} finally {
  pg.stop();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);
