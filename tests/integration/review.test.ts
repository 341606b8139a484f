import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleAccount, handleExport } from '../../src/server/account/account-api.ts';
import { handleQuiz } from '../../src/server/quiz/quiz-api.ts';
import { insertCards } from '../../src/server/review/review.repository.ts';
import {
  handleCheck,
  handleDue,
  handleMergeDeck,
  handleQuestions,
  handleReview,
  handleSettings,
} from '../../src/server/review/review-api.ts';
import { newCardState, schedule } from '../../src/server/review/scheduler.ts';
import { createTestApp, ENGINES, getRequest, jsonRequest, signUp, type TestApp } from '../support/test-app.ts';

const KEY = [1, 2, 3, 0, 3, 1, 2];
const LESSON = 'basics/first-steps';
const QUIZ = `/api/quiz/${LESSON}`;
const DAY = 86_400_000;

interface Due {
  cards: Array<{ id: string; questionId: string; prompt: string; choices: string[] } & Record<string, unknown>>;
  dueCount: number;
  nextDue: string | null;
}

let peerCounter = 0;
const peer = (): string => `10.7.0.${(peerCounter += 1)}`;

describe.each(ENGINES)('the review deck on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  const quiz = (answers: number[], cookie: string) =>
    handleQuiz(t.app, jsonRequest(QUIZ, { answers }, { cookie }), 'basics', 'first-steps');
  const due = async (cookie: string, query = ''): Promise<Due> =>
    (await (await handleDue(t.app, getRequest(`/api/review/due${query}`, cookie))).json()) as Due;
  const userIdOf = async (cookie: string): Promise<string> =>
    ((await (await handleAccount(t.app, getRequest('/api/account', cookie))).json()) as { user: { id: string } }).user
      .id;
  const review = (cookie: string, cardId: string, body: unknown) =>
    handleReview(t.app, jsonRequest(`/api/review/${cardId}`, body, { cookie }), peer(), cardId);

  it('turns missed questions into due cards whose answers the page never receives', async () => {
    const cookie = await signUp(t.app, `missed-${engine}@example.com`);
    await quiz(
      KEY.map((a, i) => (i < 2 ? (a + 1) % 4 : a)),
      cookie,
    );
    const deck = await due(cookie);
    expect(deck.dueCount).toBe(2);
    expect(deck.cards.map((c) => c.questionId).sort()).toEqual(['q-1', 'q-2']);
    expect(deck.cards[0]?.choices).toHaveLength(4);
    expect(JSON.stringify(deck)).not.toMatch(/answer|explanation|FIXTURE-EXPLANATION/);
  });

  it('checks first without storing, then schedules: Good pushes the card days out, a wrong answer is Again', async () => {
    const cookie = await signUp(t.app, `rater-${engine}@example.com`);
    await quiz(
      KEY.map((a, i) => (i < 2 ? (a + 1) % 4 : a)),
      cookie,
    );
    const [first, second] = (await due(cookie)).cards;
    const right = (id: string) => KEY[Number(id.slice(2)) - 1]!;

    const checked = (await (await review(cookie, first!.id, { choice: right(first!.questionId) })).json()) as Record<
      string,
      unknown
    >;
    expect(checked).toMatchObject({ correct: true, answer: right(first!.questionId) });
    expect(checked['explanation']).toContain('FIXTURE-EXPLANATION');
    expect(checked['next']).toBeUndefined();
    expect((await due(cookie)).dueCount).toBe(2);

    const good = (await (
      await review(cookie, first!.id, { choice: right(first!.questionId), rating: 'good' })
    ).json()) as { next: { rating: string; due: string; scheduledDays: number } };
    expect(good.next.rating).toBe('good');
    expect(good.next.scheduledDays).toBeGreaterThanOrEqual(2);
    expect(new Date(good.next.due).getTime()).toBeGreaterThan(Date.now() + 2 * DAY - 60_000);

    const wrong = (await (
      await review(cookie, second!.id, { choice: (right(second!.questionId) + 1) % 4, rating: 'easy' })
    ).json()) as { correct: boolean; next: { rating: string; scheduledDays: number } };
    expect(wrong).toMatchObject({ correct: false, next: { rating: 'again' } });
    expect(wrong.next.scheduledDays).toBeLessThan(good.next.scheduledDays);

    const after = await due(cookie);
    expect(after.dueCount).toBe(0);
    expect(new Date(after.nextDue ?? 0).getTime()).toBeGreaterThan(Date.now());

    const stats = (await (await handleSettings(t.app, getRequest('/api/review/settings', cookie))).json()) as {
      stats: { reviews: number; retention: number; perDay: Array<{ day: string; count: number }> };
    };
    expect(stats.stats.reviews).toBe(2);
    expect(stats.stats.retention).toBe(0.5);
    expect(stats.stats.perDay).toHaveLength(90);
    expect(stats.stats.perDay.at(-1)).toEqual({ day: new Date().toISOString().slice(0, 10), count: 2 });
    const exported = (await (await handleExport(t.app, getRequest('/api/account/export', cookie))).json()) as {
      review: { cards: unknown[]; log: unknown[] };
    };
    expect(exported.review.cards).toHaveLength(2);
    expect(exported.review.log).toHaveLength(2);
  });

  it('adds every question of a passed lesson in "all" mode, and backfills completed lessons on switching', async () => {
    const cookie = await signUp(t.app, `all-${engine}@example.com`);
    await quiz(
      KEY.map((a, i) => (i < 1 ? (a + 1) % 4 : a)),
      cookie,
    ); // passes 6/7: one card
    expect((await due(cookie)).dueCount).toBe(1);
    const put = await handleSettings(
      t.app,
      jsonRequest('/api/review/settings', { mode: 'all', desiredRetention: 0.85 }, { cookie, method: 'PUT' }),
    );
    expect(((await put.json()) as { settings: unknown }).settings).toEqual({ mode: 'all', desiredRetention: 0.85 });
    expect((await due(cookie)).dueCount).toBe(7);
  });

  it('retires a card whose question left its lesson', async () => {
    const cookie = await signUp(t.app, `retire-${engine}@example.com`);
    const user = { id: await userIdOf(cookie) };
    await insertCards(t.app.db.kysely, [
      {
        id: `gone-${engine}`,
        userId: user.id,
        lesson: LESSON,
        questionId: 'q-removed',
        state: newCardState(new Date(Date.now() - DAY)),
        createdAt: new Date().toISOString(),
      },
    ]);
    expect((await due(cookie)).cards).toEqual([]);
    const row = await t.app.db.kysely
      .selectFrom('review_card')
      .select('retired_at')
      .where('id', '=', `gone-${engine}`)
      .executeTakeFirstOrThrow();
    expect(row.retired_at).not.toBeNull();
    expect((await review(cookie, `gone-${engine}`, { choice: 0, rating: 'good' })).status).toBe(404);
  });

  it('merges an anonymous deck once, keeping the more recent state', async () => {
    const cookie = await signUp(t.app, `merge-${engine}@example.com`);
    const now = new Date();
    const reviewed = schedule(newCardState(now), 'good', now);
    const deck = {
      cards: [
        { lesson: LESSON, questionId: 'q-3', state: reviewed },
        { lesson: LESSON, questionId: 'q-4', state: newCardState(now) },
        { lesson: LESSON, questionId: 'no-such-question', state: newCardState(now) },
      ],
      reviews: [
        { lesson: LESSON, questionId: 'q-3', rating: 'good', correct: true, stateBefore: 0, at: now.toISOString() },
      ],
    };
    const merge = async () =>
      (await (await handleMergeDeck(t.app, jsonRequest('/api/review/merge', deck, { cookie }))).json()) as {
        merged: number;
        skipped: number;
      };
    const mergeUser = await userIdOf(cookie);
    expect(await merge()).toEqual({ merged: 2, skipped: 1 });
    expect(await merge()).toEqual({ merged: 0, skipped: 1 });
    const cards = await t.app.db.kysely
      .selectFrom('review_card')
      .select(['question_id', 'due'])
      .where('user_id', '=', mergeUser)
      .execute();
    expect(cards).toHaveLength(2);
    const logs = await t.app.db.kysely
      .selectFrom('review_log')
      .select('rating')
      .where('user_id', '=', mergeUser)
      .execute();
    expect(logs).toEqual([{ rating: 3 }]);
    expect((await due(cookie)).dueCount).toBe(1); // q-4 is new and due; q-3 was reviewed and waits
  });

  it('grades an anonymous deck answer and serves its questions without answers', async () => {
    const check = await handleCheck(
      jsonRequest('/api/review/check', { lesson: LESSON, questionId: 'q-2', choice: 2 }),
      peer(),
    );
    expect(await check.json()).toMatchObject({ correct: true, answer: 2 });
    const questions = (await (
      await handleQuestions(
        jsonRequest('/api/review/questions', {
          items: [
            { lesson: LESSON, questionId: 'q-2' },
            { lesson: LESSON, questionId: 'q-x' },
          ],
        }),
      )
    ).json()) as { questions: Array<Record<string, unknown>> };
    expect(questions.questions[0]).toMatchObject({ questionId: 'q-2', lessonPath: '/learn/basics/first-steps' });
    expect(questions.questions[1]).toEqual({ lesson: LESSON, questionId: 'q-x', removed: true });
    expect(JSON.stringify(questions)).not.toContain('FIXTURE-EXPLANATION');
  });

  it('answers 4xx with a message for bad input', async () => {
    const cookie = await signUp(t.app, `bad-${engine}@example.com`);
    const cases: Array<[Promise<Response>, number, RegExp]> = [
      [handleDue(t.app, getRequest('/api/review/due')), 401, /Sign in/],
      [handleDue(t.app, getRequest('/api/review/due?limit=500', cookie)), 400, /limit/],
      [review(cookie, 'nope', { choice: 9 }), 400, /choice/],
      [review(cookie, 'nope', { choice: 1, rating: 'meh' }), 400, /rating/],
      [review(cookie, 'nope', { choice: 1, rating: 'good' }), 404, /No such card/],
      [
        handleCheck(jsonRequest('/api/review/check', { lesson: 'x', questionId: 'q-1', choice: 1 }), peer()),
        400,
        /lesson/,
      ],
      [
        handleCheck(jsonRequest('/api/review/check', { lesson: LESSON, questionId: 'q-9', choice: 1 }), peer()),
        404,
        /No question/,
      ],
      [
        handleSettings(
          t.app,
          jsonRequest('/api/review/settings', { mode: 'all', desiredRetention: 2 }, { cookie, method: 'PUT' }),
        ),
        400,
        /desiredRetention/,
      ],
      [handleMergeDeck(t.app, jsonRequest('/api/review/merge', { cards: 'x' }, { cookie })), 400, /cards/],
    ];
    for (const [pending, status, message] of cases) {
      const res = await pending;
      expect(res.status).toBe(status);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(message);
    }
  });
});
