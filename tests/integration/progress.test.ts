import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleAccount, handleExport } from '../../src/server/account/account-api.ts';
import { handleGetProgress, handleMerge } from '../../src/server/progress/progress-api.ts';
import { handleQuiz, MAX_QUIZ_BODY } from '../../src/server/quiz/quiz-api.ts';
import { migrateToLatest } from '../../src/server/db/migrate.ts';
import { createTestApp, ENGINES, getRequest, jsonRequest, signUp, type TestApp } from '../support/test-app.ts';

// The fixture lesson's answer key (tests/fixtures/project): 7 questions.
const KEY = [1, 2, 3, 0, 3, 1, 2];
const withWrong = (n: number): number[] => KEY.map((a, i) => (i < n ? (a + 1) % 4 : a));
const QUIZ = '/api/quiz/basics/first-steps';

describe.each(ENGINES)('grading and progress on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  const quiz = (answers: unknown, cookie?: string) =>
    handleQuiz(t.app, jsonRequest(QUIZ, { answers }, cookie ? { cookie } : {}), 'basics', 'first-steps');
  const progress = async (cookie: string) =>
    (await (await handleGetProgress(t.app, getRequest('/api/progress', cookie))).json()) as {
      completed: Array<{ lesson: string; completedAt: string }>;
      done: number;
      label: string;
      tracks: Array<{ id: string; done: number; total: number }>;
    };

  it('migrations are idempotent', async () => {
    await migrateToLatest(t.app.db.kysely);
    const tables = (await t.app.db.kysely.introspection.getTables()).map((x) => x.name);
    expect(tables).toEqual(
      expect.arrayContaining(['user', 'session', 'lesson_completion', 'quiz_attempt', 'completion_receipt']),
    );
  });

  it('grades an anonymous attempt: 5 of 7 fails, with every explanation; nothing is stored', async () => {
    const res = await quiz(withWrong(2));
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      score: number;
      total: number;
      percent: number;
      passed: boolean;
      results: Array<{ explanation: string; correct: boolean; answer: number }>;
      receipt?: string;
    };
    expect(body).toMatchObject({ score: 5, total: 7, percent: 71.4, passed: false });
    expect(body.results).toHaveLength(7);
    expect(body.results[0]).toMatchObject({ correct: false, answer: 1 });
    expect(body.results.every((r) => r.explanation.startsWith('FIXTURE-EXPLANATION'))).toBe(true);
    expect(body.receipt).toBeUndefined();
    const attempts = await t.app.db.kysely.selectFrom('quiz_attempt').select('id').execute();
    expect(attempts).toHaveLength(0);
  });

  it('passes at 6 of 7 (85.7% > 75%) and gives an anonymous learner a signed receipt', async () => {
    const body = (await (await quiz(withWrong(1))).json()) as { passed: boolean; percent: number; receipt: string };
    expect(body.passed).toBe(true);
    expect(body.percent).toBe(85.7);
    expect(body.receipt).toMatch(/^[\w-]+\.[\w-]+$/);
  });

  it('answers 400, 404 and 413 with a message for bad input', async () => {
    const cases: Array<[Promise<Response>, number, RegExp]> = [
      [quiz([1, 2]), 400, /expected 7 answers/],
      [quiz([1.5, 2, 3, 0, 3, 1, 2]), 400, /whole number/],
      [quiz(['a', 2, 3, 0, 3, 1, 2]), 400, /answers/],
      [quiz([9, 2, 3, 0, 3, 1, 2]), 400, /answers/],
      [
        handleQuiz(t.app, jsonRequest(QUIZ, { answers: KEY, score: 7, passed: true }), 'basics', 'first-steps'),
        400,
        /score|Unrecognized/,
      ],
      [handleQuiz(t.app, jsonRequest('/api/quiz/basics/nope', { answers: KEY }), 'basics', 'nope'), 404, /No lesson/],
      [handleQuiz(t.app, jsonRequest(QUIZ, { answers: KEY }), 'basics', 'second-steps'), 404, /No lesson/],
      [
        handleQuiz(t.app, jsonRequest(QUIZ, { answers: KEY, pad: 'x'.repeat(MAX_QUIZ_BODY) }), 'basics', 'first-steps'),
        413,
        /larger/,
      ],
    ];
    for (const [pending, status, message] of cases) {
      const res = await pending;
      expect(res.status).toBe(status);
      const body = (await res.json()) as { error: { message: string } };
      expect(body.error.message).toMatch(message);
    }
  });

  it('refuses a cross-origin post carrying the cookie (403)', async () => {
    const cookie = await signUp(t.app, `csrf-${engine}@example.com`);
    for (const headers of [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site', origin: '' }]) {
      const req = new Request(`http://localhost:4321${QUIZ}`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', cookie, ...headers },
        body: JSON.stringify({ answers: KEY }),
      });
      if (headers.origin === '') req.headers.delete('origin');
      expect((await handleQuiz(t.app, req, 'basics', 'first-steps')).status).toBe(403);
    }
    expect((await progress(cookie)).done).toBe(0);
  });

  it('a signed-in pass completes the lesson once; a later failure never un-completes it; attempts are kept', async () => {
    const cookie = await signUp(t.app, `learner-${engine}@example.com`);
    expect((await progress(cookie)).done).toBe(0);
    await quiz(withWrong(2), cookie);
    expect((await progress(cookie)).done).toBe(0);
    await quiz(withWrong(1), cookie);
    const first = await progress(cookie);
    expect(first).toMatchObject({ done: 1, label: '1 of 2' });
    expect(first.tracks).toEqual([{ id: 'basics', title: 'Basics', done: 1, total: 2 }]);
    await quiz(KEY, cookie);
    await quiz(withWrong(7), cookie);
    const after = await progress(cookie);
    expect(after.completed).toEqual(first.completed);
    const account = (await (await handleAccount(t.app, getRequest('/api/account', cookie))).json()) as {
      recentAttempts: Array<{ score: number; passed: boolean }>;
    };
    expect(account.recentAttempts.map((a) => a.score)).toEqual([0, 7, 6, 5]);
  });

  it('keeps one learner’s progress away from another', async () => {
    const a = await signUp(t.app, `a-${engine}@example.com`);
    const b = await signUp(t.app, `b-${engine}@example.com`);
    await quiz(KEY, a);
    expect((await progress(a)).done).toBe(1);
    expect((await progress(b)).done).toBe(0);
  });

  it('answers 401 to progress reads and writes without a session', async () => {
    expect((await handleGetProgress(t.app, getRequest('/api/progress'))).status).toBe(401);
    expect((await handleMerge(t.app, jsonRequest('/api/progress/merge', { receipts: [] }))).status).toBe(401);
    expect(
      (await handleGetProgress(t.app, getRequest('/api/progress', 'better-auth.session_token=forged.value'))).status,
    ).toBe(401);
  });

  it('merges anonymous receipts: union, idempotent, forged ones rejected, nothing lost', async () => {
    const receipt = ((await (await quiz(KEY)).json()) as { receipt: string }).receipt;
    const cookie = await signUp(t.app, `merge-${engine}@example.com`);
    const merge = async (receipts: string[]) =>
      (await (await handleMerge(t.app, jsonRequest('/api/progress/merge', { receipts }, { cookie }))).json()) as {
        merged: number;
        rejected: number;
        progress: { done: number };
      };
    const forged = `${Buffer.from(JSON.stringify({ lesson: 'basics/second-steps', completedAt: new Date().toISOString(), nonce: crypto.randomUUID() })).toString('base64url')}.AAAA`;
    const first = await merge([receipt, forged, 'garbage']);
    expect(first).toMatchObject({ merged: 1, rejected: 2, progress: { done: 1 } });
    const again = await merge([receipt]);
    expect(again).toMatchObject({ merged: 0, rejected: 0, progress: { done: 1 } });
    const rows = await t.app.db.kysely.selectFrom('lesson_completion').selectAll().execute();
    expect(rows.filter((r) => r.lesson === 'basics/first-steps').length).toBeGreaterThanOrEqual(1);
  });

  it('exports every row of a learner and deletes every row with the account', async () => {
    const email = `gone-${engine}@example.com`;
    const cookie = await signUp(t.app, email);
    await quiz(KEY, cookie);
    const exported = (await (await handleExport(t.app, getRequest('/api/account/export', cookie))).json()) as {
      user: { email: string };
      completions: unknown[];
      attempts: Array<{ answers: number[] }>;
    };
    expect(exported.user.email).toBe(email);
    expect(exported.completions).toHaveLength(1);
    expect(exported.attempts[0]?.answers).toEqual(KEY);
    const user = await t.app.db.kysely
      .selectFrom('user' as never)
      .select('id' as never)
      .where('email' as never, '=', email as never)
      .executeTakeFirstOrThrow();
    const id = (user as { id: string }).id;
    const res = await t.app.auth.handler(
      jsonRequest('/api/auth/delete-user', { password: 'correct horse battery staple' }, { cookie }),
    );
    expect(res.status).toBe(200);
    for (const table of ['lesson_completion', 'quiz_attempt', 'session', 'account']) {
      const left = await t.app.db.kysely
        .selectFrom(table as never)
        .selectAll()
        .where('user_id' as never, '=', id as never)
        .execute()
        .catch(async () =>
          t.app.db.kysely
            .selectFrom(table as never)
            .selectAll()
            .where('userId' as never, '=', id as never)
            .execute(),
        );
      expect(left, table).toHaveLength(0);
    }
    expect((await handleGetProgress(t.app, getRequest('/api/progress', cookie))).status).toBe(401);
  });
});
