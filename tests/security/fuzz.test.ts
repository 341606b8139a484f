import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/server/app.ts';
import { handleHealth } from '../../src/server/health.ts';
import { handleGrade, handleMergeSolves } from '../../src/server/practice/practice-api.ts';
import { handleMerge } from '../../src/server/progress/progress-api.ts';
import { handleQuiz } from '../../src/server/quiz/quiz-api.ts';
import {
  handleCheck,
  handleDue,
  handleMergeDeck,
  handleQuestions,
  handleReview,
  handleSettings,
} from '../../src/server/review/review-api.ts';
import { handleRun } from '../../src/server/run-api/run-api.ts';
import { closeRunner, run, runnerPool } from '../../src/server/runner/runner.ts';
import { createTestApp, ORIGIN, signUp, type TestApp } from '../support/test-app.ts';

/** Cases per route: 1,000 in npm test; npm run test:fuzz sets 10,000. */
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 1000);

/** JSON values shaped like our bodies, then bent: wrong types, huge numbers, deep nesting, odd unicode. */
const scalar = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(1e308, -1e308, 2 ** 53 + 1, -0, 0.5, 3, 4, 99999999999),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', 'good', 'again', 'all', 'missed', 'basics/first-steps', 'q-1', '\u0000', '\ud800', '𝔘𝔫𝔦'),
);
const deep = fc.integer({ min: 20, max: 3000 }).map((n) => {
  let v: unknown = 1;
  for (let i = 0; i < n; i += 1) v = i % 2 ? [v] : { a: v };
  return v;
});
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  any: fc.oneof({ depthSize: 'small' }, scalar, tie('array'), tie('object')),
  array: fc.array(tie('any'), { maxLength: 6 }),
  object: fc.dictionary(
    fc.oneof(
      fc.constantFrom(
        'code',
        'answers',
        'receipts',
        'choice',
        'rating',
        'lesson',
        'questionId',
        'items',
        'cards',
        'reviews',
        'mode',
        'desiredRetention',
        'state',
        'email',
        'password',
        '__proto__',
        'constructor',
      ),
      fc.string({ maxLength: 12 }),
    ),
    tie('any'),
    { maxKeys: 6 },
  ),
})).any;
const shaped = fc.oneof(
  value,
  deep,
  fc.record({ code: fc.oneof(fc.string({ maxLength: 60 }), scalar) }, { requiredKeys: [] }),
  fc.record({ answers: fc.array(scalar, { maxLength: 12 }) }, { requiredKeys: [] }),
  fc.record({ choice: scalar, rating: scalar }, { requiredKeys: [] }),
  fc.record({ lesson: scalar, questionId: scalar, choice: scalar }, { requiredKeys: [] }),
  fc.record({ mode: scalar, desiredRetention: scalar }, { requiredKeys: [] }),
  fc.record({ receipts: fc.array(scalar, { maxLength: 5 }) }, { requiredKeys: [] }),
  fc.record(
    { cards: fc.array(value, { maxLength: 4 }), reviews: fc.array(value, { maxLength: 4 }) },
    { requiredKeys: [] },
  ),
);
const body = fc.oneof(
  shaped.map((v) => JSON.stringify(v) ?? 'null'),
  fc.tuple(shaped, fc.nat()).map(([v, cut]) => {
    const text = JSON.stringify(v) ?? 'null';
    return text.slice(0, cut % (text.length + 1)); // truncated
  }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.constantFrom('', '{', '[]', '{"code": "print(1)"', 'null', '1e999', '"\\ud800"'),
);
const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'application/x-www-form-urlencoded',
  undefined,
);
const request: fc.Arbitrary<Case> = fc.record({ body, contentType, address: fc.ipV4() });

interface Case {
  body: string;
  contentType: string | undefined;
  address: string;
}

/** Every byte percent-encoded (encodeURIComponent refuses lone surrogates; a query string may hold anything). */
function percentEncode(text: string): string {
  return [...new TextEncoder().encode(text)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
}

function toRequest(path: string, c: Case, cookie: string | undefined, method = 'POST'): Request {
  const headers: Record<string, string> = { origin: ORIGIN };
  if (c.contentType) headers['content-type'] = c.contentType;
  if (cookie) headers['cookie'] = cookie;
  return new Request(`${ORIGIN}${path}`, { method, headers, body: c.body });
}

/**
 * The property: a 2xx or a 4xx, always JSON, and an error always says what is wrong: ours as
 * {error: {code, message}}, better-auth's as {code?, message}.
 */
async function wellFormed(response: Response): Promise<void> {
  const ok = (response.status >= 200 && response.status < 300) || (response.status >= 400 && response.status < 500);
  expect(ok, `status ${response.status}`).toBe(true);
  const data = (await response.json()) as { message?: unknown; error?: { code?: unknown; message?: unknown } };
  if (response.status >= 400) {
    expect(typeof (data.error?.message ?? data.message), JSON.stringify(data)).toBe('string');
  }
}

describe('fuzzing every JSON route (fast-check)', () => {
  let t: TestApp;
  let app: App;
  let cookie: string;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
    app = t.app;
    cookie = await signUp(app, 'fuzz@example.com');
    await runnerPool().warm();
  }, 60_000);
  afterAll(async () => {
    closeRunner();
    await t.close();
  });

  const routes: Array<[string, (c: Case) => Promise<Response>]> = [
    [
      'POST /api/quiz/basics/first-steps',
      (c) => handleQuiz(app, toRequest('/api/quiz/basics/first-steps', c, undefined), 'basics', 'first-steps'),
    ],
    [
      'POST /api/quiz (signed in)',
      (c) => handleQuiz(app, toRequest('/api/quiz/basics/first-steps', c, cookie), 'basics', 'first-steps'),
    ],
    ['POST /api/progress/merge', (c) => handleMerge(app, toRequest('/api/progress/merge', c, cookie))],
    ['POST /api/run', (c) => handleRun(toRequest('/api/run', c, undefined), c.address, (code) => run({ code }))],
    [
      'POST /api/practice/scale-vector/run',
      (c) =>
        handleGrade(
          app,
          toRequest('/api/practice/scale-vector/run', c, cookie),
          c.address,
          'scale-vector',
          'run',
          (code, limits) => run({ code, limits }),
        ),
    ],
    ['POST /api/practice/merge', (c) => handleMergeSolves(app, toRequest('/api/practice/merge', c, cookie))],
    ['POST /api/review/<card>', (c) => handleReview(app, toRequest('/api/review/x', c, cookie), c.address, 'x')],
    ['POST /api/review/check', (c) => handleCheck(toRequest('/api/review/check', c, undefined), c.address)],
    ['POST /api/review/questions', (c) => handleQuestions(toRequest('/api/review/questions', c, undefined))],
    ['POST /api/review/merge', (c) => handleMergeDeck(app, toRequest('/api/review/merge', c, cookie))],
    ['PUT /api/review/settings', (c) => handleSettings(app, toRequest('/api/review/settings', c, cookie, 'PUT'))],
    [
      'GET /api/review/due?limit=',
      (c) =>
        handleDue(app, new Request(`${ORIGIN}/api/review/due?limit=${percentEncode(c.body)}`, { headers: { cookie } })),
    ],
    ['POST /api/auth/sign-in/email', (c) => app.auth.handler(toRequest('/api/auth/sign-in/email', c, undefined))],
  ];

  for (const [name, call] of routes) {
    it(`${name}: ${RUNS} cases, never a 5xx, always a JSON error`, async () => {
      await fc.assert(
        fc.asyncProperty(request, async (c) => {
          await wellFormed(await call(c));
        }),
        { numRuns: RUNS },
      );
    }, 600_000);
  }

  it('is still healthy afterwards', async () => {
    const health = await handleHealth(app, runnerPool());
    expect(health.status).toBe(200);
    expect(((await health.json()) as { database: { ok: boolean } }).database.ok).toBe(true);
  });
});
