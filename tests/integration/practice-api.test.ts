import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authSecret } from '../../src/server/auth/auth-secret.ts';
import { handleAccount, handleExport } from '../../src/server/account/account-api.ts';
import {
  handleGrade,
  handleMergeSolves,
  handlePracticeStatus,
  handleSubmissions,
} from '../../src/server/practice/practice-api.ts';
import { signReceipt } from '../../src/server/progress/receipts.ts';
import { handleGetProgress } from '../../src/server/progress/progress-api.ts';
import { closeRunner, run, runnerPool } from '../../src/server/runner/runner.ts';
import { createTestApp, ENGINES, getRequest, jsonRequest, signUp, type TestApp } from '../support/test-app.ts';

const SLUG = 'scale-vector';
const RIGHT = 'import numpy as np\ndef scale(x, k):\n    return np.asarray(x, dtype=np.float64) * k\n';
const WRONG = 'def scale(x, k):\n    return x\n';
const runOnPool = (code: string, limits: object) => run({ code, limits });

let peerCounter = 0;
const peer = (): string => `10.9.0.${(peerCounter += 1)}`;

describe.each(ENGINES)('the practice API on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
    await runnerPool().warm();
  }, 60_000);
  afterAll(async () => {
    closeRunner();
    await t.close();
  });

  const grade = (mode: 'run' | 'submit', body: unknown, cookie?: string, slug = SLUG) =>
    handleGrade(
      t.app,
      jsonRequest(`/api/practice/${slug}/${mode}`, body, cookie ? { cookie } : {}),
      peer(),
      slug,
      mode,
      runOnPool,
    );

  it('runs the visible tests only and stores nothing', async () => {
    const res = await grade('run', { code: WRONG });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { verdict: string; total: number; tests: Array<{ message: string }> };
    expect(body.verdict).toBe('wrong_answer');
    expect(body.total).toBe(2);
    expect(body.tests[0]?.message).toBe('the result[0] is 1.0, expected 2.0');
    const rows = await t.app.db.kysely.selectFrom('practice_submission').select('id').execute();
    expect(rows).toHaveLength(0);
  });

  it('keeps a signed-in learner submissions and counts a solved problem in progress', async () => {
    const startHour = new Date().toISOString().slice(0, 13);
    const cookie = await signUp(t.app, `solver-${engine}@example.com`);
    const wrong = (await (await grade('submit', { code: WRONG }, cookie)).json()) as {
      saved: boolean;
      verdict: string;
    };
    expect(wrong).toMatchObject({ saved: true, verdict: 'wrong_answer' });
    let status = (await (await handlePracticeStatus(t.app, getRequest('/api/practice', cookie))).json()) as {
      statuses: Record<string, string>;
      solved: number;
    };
    expect(status).toMatchObject({ statuses: { [SLUG]: 'attempted' }, solved: 0 });

    const right = (await (await grade('submit', { code: RIGHT }, cookie)).json()) as {
      verdict: string;
      passed: number;
      total: number;
    };
    expect(right).toMatchObject({ verdict: 'accepted', passed: 8, total: 8 });
    status = (await (await handlePracticeStatus(t.app, getRequest('/api/practice', cookie))).json()) as typeof status;
    expect(status).toMatchObject({ statuses: { [SLUG]: 'solved' }, solved: 1 });

    // A later wrong submission never unsolves it.
    await grade('submit', { code: WRONG }, cookie);
    const list = (await (
      await handleSubmissions(t.app, getRequest(`/api/practice/${SLUG}/submissions`, cookie), SLUG)
    ).json()) as { submissions: Array<{ verdict: string; code: string; passed: number; total: number }> };
    expect(list.submissions.map((s) => s.verdict)).toEqual(['wrong_answer', 'accepted', 'wrong_answer']);
    expect(list.submissions[1]).toMatchObject({ code: RIGHT, passed: 8, total: 8 });

    const progress = (await (await handleGetProgress(t.app, getRequest('/api/progress', cookie))).json()) as {
      practice: { solved: number; total: number };
    };
    expect(progress.practice).toEqual({ solved: 1, total: 1 });
    const account = (await (await handleAccount(t.app, getRequest('/api/account', cookie))).json()) as {
      practice: { solved: number };
      activeHours: string[];
    };
    expect(account.practice.solved).toBe(1);
    // The submissions of this test are its active hours (one, or two if the clock crossed an hour).
    const hours = new Set([startHour, new Date().toISOString().slice(0, 13)]);
    expect(account.activeHours.length).toBeGreaterThan(0);
    expect(account.activeHours.every((h) => hours.has(h))).toBe(true);
    const exported = (await (await handleExport(t.app, getRequest('/api/account/export', cookie))).json()) as {
      practiceSubmissions: unknown[];
    };
    expect(exported.practiceSubmissions).toHaveLength(3);
  });

  it('merges an anonymous Accepted solve into the account once, with its code', async () => {
    const anonymous = (await (await grade('submit', { code: RIGHT })).json()) as {
      verdict: string;
      saved: boolean;
      receipt?: string;
    };
    expect(anonymous).toMatchObject({ verdict: 'accepted', saved: false });
    const receipt = anonymous.receipt ?? '';
    expect(receipt).toMatch(/^[\w-]+\.[\w-]+$/);
    // A wrong answer, or a Run, earns no receipt.
    expect(((await (await grade('submit', { code: WRONG })).json()) as { receipt?: string }).receipt).toBeUndefined();
    expect(((await (await grade('run', { code: RIGHT })).json()) as { receipt?: string }).receipt).toBeUndefined();

    const cookie = await signUp(t.app, `merger-${engine}@example.com`);
    const merge = async (solves: unknown, who = cookie) => {
      const res = await handleMergeSolves(t.app, jsonRequest('/api/practice/merge', { solves }, { cookie: who }));
      return { status: res.status, body: (await res.json()) as { merged: number; rejected: number; solved: number } };
    };
    const [body, signature] = receipt.split('.');
    const forged = `${body}.${signature?.slice(0, -2)}AA`;
    const lessonReceipt = signReceipt('basics/first-steps', new Date(), authSecret());
    const refused = await merge([
      { receipt, code: `${RIGHT}# changed after grading\n` },
      { receipt: forged, code: RIGHT },
      { receipt: lessonReceipt, code: RIGHT },
    ]);
    expect(refused.body).toMatchObject({ merged: 0, rejected: 3, solved: 0 });

    const first = await merge([{ receipt, code: RIGHT }]);
    expect(first).toMatchObject({ status: 200, body: { merged: 1, rejected: 0, solved: 1 } });
    const list = (await (
      await handleSubmissions(t.app, getRequest(`/api/practice/${SLUG}/submissions`, cookie), SLUG)
    ).json()) as { submissions: Array<{ verdict: string; code: string; passed: number; total: number }> };
    expect(list.submissions).toEqual([
      expect.objectContaining({ verdict: 'accepted', code: RIGHT, passed: 8, total: 8 }),
    ]);

    // Once only: again, or into another account, adds nothing.
    expect((await merge([{ receipt, code: RIGHT }])).body).toMatchObject({ merged: 0, rejected: 0 });
    const other = await signUp(t.app, `merger-2-${engine}@example.com`);
    expect((await merge([{ receipt, code: RIGHT }], other)).body).toMatchObject({ merged: 0, solved: 0 });
  });

  it('answers 4xx with a message for bad input, never a 500', async () => {
    const cookie = await signUp(t.app, `bad-input-${engine}@example.com`);
    const solve = { receipt: 'x.y', code: RIGHT };
    const cases: Array<[Promise<Response>, number, RegExp]> = [
      [grade('submit', { code: 42 }), 400, /code/],
      [grade('submit', {}), 400, /code/],
      [grade('submit', { code: RIGHT, extra: true }), 400, /extra|Unrecognized/],
      [grade('submit', { code: 'x'.repeat(70 * 1024) }), 413, /64 KiB/],
      [grade('submit', { code: RIGHT }, undefined, 'no-such-problem'), 404, /No practice problem/],
      [handleSubmissions(t.app, getRequest(`/api/practice/${SLUG}/submissions`), SLUG), 401, /Sign in/],
      [handlePracticeStatus(t.app, getRequest('/api/practice')), 401, /Sign in/],
      [handleMergeSolves(t.app, jsonRequest('/api/practice/merge', { solves: [] })), 401, /Sign in/],
      [handleMergeSolves(t.app, jsonRequest('/api/practice/merge', { solves: [] }, { cookie })), 400, /solves/],
      [
        handleMergeSolves(t.app, jsonRequest('/api/practice/merge', { solves: Array(9).fill(solve) }, { cookie })),
        400,
        /solves/,
      ],
      [
        handleMergeSolves(t.app, jsonRequest('/api/practice/merge', { solves: [{ receipt: 1 }] }, { cookie })),
        400,
        /receipt/,
      ],
    ];
    for (const [pending, status, message] of cases) {
      const res = await pending;
      expect(res.status).toBe(status);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(message);
    }
    const crossOrigin = await handleGrade(
      t.app,
      jsonRequest(`/api/practice/${SLUG}/submit`, { code: RIGHT }, { headers: { origin: 'https://evil.example' } }),
      peer(),
      SLUG,
      'submit',
      runOnPool,
    );
    expect(crossOrigin.status).toBe(403);
  });
});
