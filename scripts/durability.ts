/**
 * npm run test:durability [-- --kills N] [-- --learners N]: the kill -9 test. A supervisor serves the built
 * site on a fresh SQLite database, learners sign in and pass mastery checks, and a completion counts as
 * acknowledged only after HTTP 200. The supervisor SIGKILLs the server's process group at random moments
 * and restarts it, N times. Then, with the server stopped, every acknowledged completion and every
 * acknowledged quiz attempt must be in the database, no row may be duplicated or partial, and
 * PRAGMA integrity_check must say ok.
 * npm test runs 20 kills (tests/e2e/durability.test.ts); the long form is 500.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { parseArgs } from 'node:util';
import { isWritten, loadCheck, loadCurriculum } from '../src/content-model/lessons.ts';
import { integrityCheck } from '../src/server/db/backup.ts';
import { ensureBuilt } from './lib/build.ts';

const { values } = parseArgs({
  options: { kills: { type: 'string', default: '500' }, learners: { type: 'string', default: '8' } },
});
const KILLS = Number(values.kills);
const LEARNERS = Number(values.learners);
const root = process.cwd();
const curriculum = loadCurriculum(root);
const lessons = curriculum.lessons
  .filter((l) => isWritten(root, l))
  .map((l) => ({ key: `${l.trackId}/${l.slug}`, answers: loadCheck(root, l).questions.map((q) => q.answer) }));

ensureBuilt(root);
const dir = mkdtempSync(join(tmpdir(), 'leetllm-durability-'));
const dbFile = join(dir, 'app.db');
const port = await new Promise<number>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const p = (s.address() as { port: number }).port;
    s.close(() => resolve(p));
  });
});
const base = `http://127.0.0.1:${port}`;
const env = {
  ...process.env,
  PORT: String(port),
  HOST: '127.0.0.1',
  SITE_URL: base,
  DATABASE_URL: dbFile,
  TRUSTED_PROXY: '127.0.0.1',
  BETTER_AUTH_SECRET: 'durability-secret-durability-secret-123',
  ASTRO_NODE_LOGGING: 'disabled',
};
let server: ChildProcess | undefined;

async function startServer(): Promise<void> {
  server = spawn(process.execPath, ['scripts/serve.ts'], { env, detached: true, stdio: 'ignore' });
  for (let i = 0; i < 300; i += 1) {
    try {
      // An API route that opens the database: 401 means the app is up and migrated.
      if ((await fetch(`${base}/api/review/due`)).status === 401) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the server did not come up');
}

async function killServer(): Promise<void> {
  const child = server;
  if (!child?.pid) return;
  const exited = new Promise((r) => child.once('exit', r));
  process.kill(-child.pid, 'SIGKILL');
  await exited;
}

function headers(learner: number, cookie = ''): Record<string, string> {
  return { 'content-type': 'application/json', origin: base, 'x-forwarded-for': `10.77.0.${learner + 1}`, cookie };
}

async function signUp(learner: number): Promise<string> {
  const email = `durable-${learner}@example.com`;
  const body = JSON.stringify({ email, password: 'correct horse battery staple', name: `learner ${learner}` });
  const up = await fetch(`${base}/api/auth/sign-up/email`, { method: 'POST', headers: headers(learner), body });
  if (!up.ok) throw new Error(`sign-up failed: ${up.status} ${await up.text()}`);
  const res = await fetch(`${base}/api/auth/sign-in/email`, { method: 'POST', headers: headers(learner), body });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const me = (await (await fetch(`${base}/api/account`, { headers: headers(learner, cookie) })).json()) as {
    user: { id: string };
  };
  ids.set(learner, me.user.id);
  return cookie;
}

const ids = new Map<number, string>();
/** "<user id>|<lesson>" of every completion the server acknowledged with HTTP 200. */
const acknowledged = new Set<string>();
/** Quiz attempts acknowledged with HTTP 200, per user: each must be a stored row. */
const attemptsAcknowledged = new Map<string, number>();
let requests = 0;
let refused = 0;
let running = true;

async function learner(n: number, cookie: string): Promise<void> {
  for (let i = n; running; i += 1) {
    const lesson = lessons[i % lessons.length]!;
    requests += 1;
    try {
      const res = await fetch(`${base}/api/quiz/${lesson.key}`, {
        method: 'POST',
        headers: headers(n, cookie),
        body: JSON.stringify({ answers: lesson.answers }),
      });
      if (res.status === 200 && ((await res.json()) as { passed: boolean }).passed) {
        const user = ids.get(n) ?? '';
        acknowledged.add(`${user}|${lesson.key}`);
        attemptsAcknowledged.set(user, (attemptsAcknowledged.get(user) ?? 0) + 1);
      } else refused += 1;
    } catch {
      refused += 1; // the server was down: not acknowledged, try again shortly
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

const started = performance.now();
await startServer();
const cookies = await Promise.all(Array.from({ length: LEARNERS }, (_, n) => signUp(n)));
const workers = cookies.map((cookie, n) => learner(n, cookie));
for (let k = 1; k <= KILLS; k += 1) {
  await new Promise((r) => setTimeout(r, 30 + Math.random() * 300));
  await killServer();
  await startServer();
  if (k % 50 === 0) console.log(`  ${k} kills, ${acknowledged.size} acknowledged completions so far`);
}
await new Promise((r) => setTimeout(r, 300));
running = false;
await Promise.all(workers);
await killServer();

const db = new DatabaseSync(dbFile, { readOnly: true });
const rows = db.prepare('select user_id, lesson from lesson_completion').all() as Array<{
  user_id: string;
  lesson: string;
}>;
const duplicates = (
  db
    .prepare(
      'select count(*) as n from (select user_id, lesson from lesson_completion group by 1, 2 having count(*) > 1)',
    )
    .get() as { n: number }
).n;
const partial = (
  db
    .prepare(
      'select count(*) as n from quiz_attempt where score < 0 or score > total or total <= 0 or json_valid(answers) = 0 or created_at is null',
    )
    .get() as { n: number }
).n;
const attemptRows = db.prepare('select user_id, count(*) as n from quiz_attempt group by user_id').all() as Array<{
  user_id: string;
  n: number;
}>;
db.close();
const stored = new Set(rows.map((r) => `${r.user_id}|${r.lesson}`));
const lost = [...acknowledged].filter((a) => !stored.has(a));
// A request cut off after its commit leaves a row nobody acknowledged, so stored >= acknowledged, per user.
const storedAttempts = new Map(attemptRows.map((r) => [r.user_id, r.n]));
const lostAttempts = [...attemptsAcknowledged].reduce(
  (n, [user, count]) => n + Math.max(0, count - (storedAttempts.get(user) ?? 0)),
  0,
);
const acknowledgedAttempts = [...attemptsAcknowledged.values()].reduce((a, b) => a + b, 0);
const integrity = integrityCheck(dbFile);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `durability: ${KILLS} kill -9 rounds, ${requests} quiz submissions (${refused} refused or cut off), ` +
    `${acknowledged.size} acknowledged completions, ${lost.length} lost, ` +
    `${acknowledgedAttempts} acknowledged attempts, ${lostAttempts} lost, ${duplicates} duplicated, ` +
    `${partial} partial attempts, integrity_check ${integrity}, ${seconds} s`,
);
rmSync(dir, { recursive: true, force: true });
if (
  lost.length > 0 ||
  lostAttempts > 0 ||
  duplicates > 0 ||
  partial > 0 ||
  integrity !== 'ok' ||
  acknowledged.size === 0
) {
  if (lost.length > 0) console.error(`lost: ${lost.slice(0, 10).join(', ')}`);
  process.exit(1);
}
