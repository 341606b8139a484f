/**
 * npm run bench:load: 200 simulated learners for LOAD_SECONDS (default 60) against the built server on
 * 127.0.0.1, first on SQLite, then on a throwaway PostgreSQL (fsync on, as in production). Each learner has its own connection and
 * address and a learner's pace, 87 requests/s in all (a busy classroom): 100 open a lesson page every 2 s,
 * 50 read their progress every 2 s, 40 submit a quiz every 4 s (each answer right four times in five) and 10 run code every 5 s, with random
 * pauses around those means (scripts/lib/learner-load.ts). The load generator shares the 2 cores with the
 * server, the database and the sandboxes.
 *
 * Two baselines from the same run: 10 more connections fetch a static file once a second during the mix
 * (the server's floor under the same load; ratios are against it), and before the mix 200 connections ask
 * for that file flat out (the server's capacity). Code runs queue in the warm pool and answer 429
 * (per-address rate limit) or 503 (pool busy) when full; those count as clean refusals, not errors.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isWritten, loadCheck, loadCurriculum } from '../src/content-model/lessons.ts';
import { freePort } from '../tests/support/free-port.ts';
import { startPostgres } from '../tests/support/postgres.ts';
import { ensureBuilt } from './lib/build.ts';
import { percentile, runLearners, type RouteStats } from './lib/learner-load.ts';

const SECONDS = Number(process.env['LOAD_SECONDS'] ?? 60);
const LEARNERS = 200;
const P99_TARGET_MS = 100;
const root = process.cwd();
const written = loadCurriculum(root).lessons.filter((l) => isWritten(root, l));
const quizzes = written.map((l) => ({
  path: `/api/quiz/${l.trackId}/${l.slug}`,
  questions: loadCheck(root, l).questions,
}));

/** A learner's answers: each right four times in five, so some attempts pass and misses become review cards. */
function quizBody(questions: Array<{ answer: number; choices: unknown[] }>): string {
  const answers = questions.map((q) =>
    Math.random() < 0.8
      ? q.answer
      : (q.answer + 1 + Math.floor(Math.random() * (q.choices.length - 1))) % q.choices.length,
  );
  return JSON.stringify({ answers });
}

async function startServer(databaseUrl: string): Promise<{ base: string; server: ChildProcess }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ['scripts/serve.ts'], {
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

function serverErrors(stats: RouteStats): number {
  return [...stats.status.entries()].filter(([s]) => s >= 500 && s !== 503).reduce((n, [, c]) => n + c, 0);
}

function report(stats: RouteStats, seconds: number, baseline?: RouteStats): string {
  const sorted = [...stats.latencies].sort((a, b) => a - b);
  const b = baseline ? [...baseline.latencies].sort((x, y) => x - y) : [];
  const column = (p: number): string => {
    const v = percentile(sorted, p);
    return `p${p} ${v.toFixed(1)} ms${baseline ? ` (${(v / percentile(b, p)).toFixed(1)}x)` : ''}`;
  };
  const statuses = [...stats.status.entries()]
    .sort((x, y) => x[0] - y[0])
    .map(([s, n]) => `${s}:${n}`)
    .join(' ');
  return (
    `  ${stats.route.padEnd(24)} ${String(stats.learners).padStart(3)} learners ` +
    `${(sorted.length / seconds).toFixed(0).padStart(6)} req/s  ${column(50)}  ${column(95)}  ${column(99)}  ` +
    `errors ${stats.errors + serverErrors(stats)}  [${statuses}]`
  );
}

const FLOOD_SECONDS = 10;

/**
 * 40 learners who ask for a run again about 0.5 s after each answer (some 45 runs/s) of a pool that finishes
 * a few: runs must queue, then be refused with 503 (or 429 past an address's limit), never fail, while
 * progress reads keep being answered.
 */
function floodRuns(base: string, json: (n: number) => Record<string, string>): Promise<RouteStats[]> {
  const body = JSON.stringify({ code: 'import time\ntime.sleep(0.3)\nprint("done")' });
  return runLearners(
    base,
    [
      {
        route: 'POST /api/run (flood)',
        offset: 0,
        learners: 40,
        meanPauseMs: 500,
        request: (n) => ({ method: 'POST', path: '/api/run', headers: json(n), body }),
      },
      {
        route: 'GET /api/progress',
        offset: 100,
        learners: 50,
        meanPauseMs: 2000,
        request: (n) => ({ method: 'GET', path: '/api/progress', headers: json(n) }),
      },
    ],
    FLOOD_SECONDS,
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
    const staticFile = () => ({ method: 'GET' as const, path: '/favicon.svg', headers: {} });
    const capacitySeconds = Math.max(5, Math.round(SECONDS / 6));
    const [capacity] = await runLearners(
      base,
      [{ route: 'static file, flat out', offset: 0, learners: LEARNERS, meanPauseMs: 0, request: staticFile }],
      capacitySeconds,
    );
    const pick = <T>(list: T[]): T => list[Math.floor(Math.random() * list.length)]!;
    const [floor, ...results] = await runLearners(
      base,
      [
        { route: 'static file, paced', offset: 0, learners: 10, meanPauseMs: 1000, request: staticFile },
        {
          route: 'GET lesson page',
          offset: 0,
          learners: 100,
          meanPauseMs: 2000,
          request: () => ({ method: 'GET', path: pick(written).path, headers: { 'accept-encoding': 'br, gzip' } }),
        },
        {
          route: 'GET /api/progress',
          offset: 100,
          learners: 50,
          meanPauseMs: 2000,
          request: (n) => ({ method: 'GET', path: '/api/progress', headers: json(n) }),
        },
        {
          route: 'POST /api/quiz',
          offset: 150,
          learners: 40,
          meanPauseMs: 4000,
          request: (n) => {
            const q = pick(quizzes);
            return { method: 'POST', path: q.path, headers: json(n), body: quizBody(q.questions) };
          },
        },
        {
          route: 'POST /api/run',
          offset: 190,
          learners: 10,
          meanPauseMs: 5000,
          request: (n) => ({
            method: 'POST',
            path: '/api/run',
            headers: json(n),
            body: JSON.stringify({ code: 'print(sum(range(1000)))' }),
          }),
        },
      ],
      SECONDS,
    );
    console.log(`\n${name}: ${LEARNERS} learners for ${SECONDS} s`);
    console.log(report(capacity!, capacitySeconds));
    console.log(report(floor!, SECONDS));
    for (const r of results) console.log(report(r, SECONDS, floor));
    const errors = [capacity!, floor!, ...results].reduce((n, r) => n + r.errors + serverErrors(r), 0);
    const apiP99 = results
      .filter((r) => r.route.includes('/api/') && !r.route.includes('/api/run'))
      .map((r) =>
        percentile(
          [...r.latencies].sort((x, y) => x - y),
          99,
        ),
      );
    const met = apiP99.every((v) => v < P99_TARGET_MS);
    console.log(
      `  errors: ${errors}; p99 of API routes other than runs: ${apiP99.map((v) => v.toFixed(1)).join(', ')} ms ` +
        `(target < ${P99_TARGET_MS}: ${met ? 'met' : 'NOT met'})`,
    );
    const flood = await floodRuns(base, json);
    console.log(
      `  flood: 40 learners asking for a 0.3 s run again 0.5 s after each answer, for ${FLOOD_SECONDS} s, beside the progress readers`,
    );
    for (const r of flood) console.log(report(r, FLOOD_SECONDS, floor));
    const floodErrors = flood.reduce((n, r) => n + r.errors + serverErrors(r), 0);
    const runStatuses = [...(flood[0]?.status.keys() ?? [])];
    const clean = runStatuses.every((s) => s === 200 || s === 429 || s === 503) && runStatuses.some((s) => s !== 200);
    console.log(`  flood errors: ${floodErrors}; runs answered only 200, 429 or 503: ${clean ? 'yes' : 'NO'}`);
    return errors === 0 && met && floodErrors === 0 && clean;
  } finally {
    server.kill('SIGTERM');
  }
}

ensureBuilt(root);
const dir = mkdtempSync(join(tmpdir(), 'leetllm-load-'));
let ok = await benchEngine('SQLite', join(dir, 'app.db'));
const pg = await startPostgres({ durable: true });
try {
  ok = (await benchEngine('PostgreSQL', pg.url)) && ok;
} finally {
  pg.stop();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);
