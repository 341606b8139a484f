import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeHours } from '../../src/server/progress/activity.ts';
import { insertCompletion } from '../../src/server/progress/progress.repository.ts';
import { createTestApp, ENGINES, type TestApp } from '../support/test-app.ts';

const NOW = new Date('2026-11-29T12:30:00.000Z');
const daysAgo = (n: number, hour: number): string => new Date(Date.UTC(2026, 10, 29 - n, hour, 17, 5)).toISOString();

describe.each(ENGINES)('active hours on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  async function newUser(email: string): Promise<string> {
    const res = await t.app.auth.api.signUpEmail({
      body: { email, password: 'correct horse battery staple', name: 'a' },
    });
    return res.user.id;
  }

  it('gathers completions, attempts, submissions and reviews of one learner, by UTC hour, within 400 days', async () => {
    const db = t.app.db.kysely;
    const me = await newUser(`active-${engine}@example.com`);
    const other = await newUser(`other-${engine}@example.com`);
    await insertCompletion(db, me, 'basics/a', daysAgo(3, 8));
    await insertCompletion(db, me, 'basics/old', daysAgo(401, 8));
    const attempt = { lesson: 'basics/a', score: 1, total: 2, passed: 0, answers: '[]' };
    await db
      .insertInto('quiz_attempt')
      .values([
        { id: 'a1', user_id: me, created_at: daysAgo(3, 8), ...attempt },
        { id: 'a2', user_id: me, created_at: daysAgo(2, 23), ...attempt },
        { id: 'a3', user_id: other, created_at: daysAgo(1, 5), ...attempt },
      ])
      .execute();
    await db
      .insertInto('practice_submission')
      .values({
        id: 's1',
        user_id: me,
        problem: 'scale-vector',
        code: '',
        verdict: 'accepted',
        passed: 8,
        total: 8,
        duration_ms: 1,
        created_at: daysAgo(1, 0),
      })
      .execute();
    await db
      .insertInto('review_card')
      .values({
        id: 'c1',
        user_id: me,
        lesson: 'basics/a',
        question_id: 'q',
        due: daysAgo(0, 1),
        stability: 1,
        difficulty: 5,
        elapsed_days: 0,
        scheduled_days: 1,
        learning_steps: 0,
        reps: 1,
        lapses: 0,
        state: 2,
        last_review: daysAgo(0, 1),
        created_at: daysAgo(3, 8),
        retired_at: null,
      })
      .execute();
    await db
      .insertInto('review_log')
      .values({
        id: 'l1',
        user_id: me,
        card_id: 'c1',
        rating: 3,
        correct: 1,
        state_before: 0,
        reviewed_at: daysAgo(0, 11),
      })
      .execute();

    expect(await activeHours(db, me, NOW)).toEqual([
      '2026-11-26T08',
      '2026-11-27T23',
      '2026-11-28T00',
      '2026-11-29T11',
    ]);
    expect(await activeHours(db, other, NOW)).toEqual(['2026-11-28T05']);
  });
});
