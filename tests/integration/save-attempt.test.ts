import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/server/app.ts';
import { saveAttempt } from '../../src/server/quiz/save-attempt.ts';

const dir = mkdtempSync(join(tmpdir(), 'leetllm-save-attempt-'));
let app: App;
let userId: string;
const missedTwo = {
  score: 1,
  total: 3,
  percent: 33.3,
  passed: false,
  results: [
    { id: 'q-a', correct: false, answer: 0, explanation: '' },
    { id: 'q-b', correct: true, answer: 1, explanation: '' },
    { id: 'q-c', correct: false, answer: 2, explanation: '' },
  ],
};

async function count(table: 'quiz_attempt' | 'review_card'): Promise<number> {
  const row = await app.db.kysely
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

beforeAll(async () => {
  process.env['BETTER_AUTH_SECRET'] = 'test-secret-test-secret-test-secret-1234';
  app = await createApp(join(dir, 'app.db'));
  const res = await app.auth.api.signUpEmail({
    body: { email: 'attempt@example.com', password: 'correct horse battery staple', name: 'attempt' },
  });
  userId = res.user.id;
});
afterAll(async () => {
  await app.db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('saving a quiz attempt', () => {
  it('stores the attempt and a card per missed question together', async () => {
    await saveAttempt(app.db.kysely, userId, 'basics/one', [1, 1, 1], missedTwo);
    expect(await count('quiz_attempt')).toBe(1);
    expect(await count('review_card')).toBe(2);
  });

  it('stores nothing when the cards cannot be written', async () => {
    await sql`create trigger refuse_cards before insert on review_card begin select raise(abort, 'refused'); end`.execute(
      app.db.kysely,
    );
    try {
      await expect(saveAttempt(app.db.kysely, userId, 'basics/two', [1, 1, 1], missedTwo)).rejects.toThrow('refused');
      expect(await count('quiz_attempt')).toBe(1);
    } finally {
      await sql`drop trigger refuse_cards`.execute(app.db.kysely);
    }
  });
});
