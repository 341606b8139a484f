import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { effectiveRating, newCardState, schedule } from '../../src/server/review/scheduler.ts';

const NOW = new Date('2026-11-29T09:00:00Z');
const days = (from: Date, iso: string): number => Math.round((new Date(iso).getTime() - from.getTime()) / 86_400_000);

describe('FSRS scheduling through ts-fsrs', () => {
  it('schedules a new card further out for each better rating, in whole days', () => {
    const card = newCardState(NOW);
    expect(card.state).toBe(0);
    const out = (['again', 'hard', 'good', 'easy'] as const).map((r) => days(NOW, schedule(card, r, NOW).due));
    expect(out).toEqual([1, 2, 3, 8]);
  });

  it('pushes a Good review out and brings an Again back, counting the lapse', () => {
    const first = schedule(newCardState(NOW), 'good', NOW);
    const reviewDay = new Date(first.due);
    const good = schedule(first, 'good', reviewDay);
    const again = schedule(first, 'again', reviewDay);
    expect(days(reviewDay, good.due)).toBeGreaterThan(days(NOW, first.due));
    expect(days(reviewDay, again.due)).toBeLessThan(days(reviewDay, good.due));
    expect(again.lapses).toBe(1);
    expect(good.reps).toBe(2);
  });

  it('asks for more reviews at a higher desired retention', () => {
    const first = schedule(newCardState(NOW), 'good', NOW);
    const at = new Date(first.due);
    const relaxed = days(at, schedule(first, 'good', at, 0.8).due);
    const strict = days(at, schedule(first, 'good', at, 0.95).due);
    expect(strict).toBeLessThan(relaxed);
  });

  it('forces Again after a wrong answer, whatever was pressed', () => {
    expect(effectiveRating(false, 'easy')).toBe('again');
    expect(effectiveRating(true, 'hard')).toBe('hard');
  });
});

describe('card identity', () => {
  const dirs: string[] = [];
  afterEach(() => {
    vi.unstubAllEnvs();
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('follows a question through edits of its wording, and loses it when the id is gone', async () => {
    const root = mkdtempSync(join(tmpdir(), 'leetllm-review-'));
    dirs.push(root);
    cpSync('tests/fixtures/project', root, { recursive: true });
    const file = join(root, 'content/lessons/basics/first-steps/check.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('What is 1 + 1 here?', 'What does 1 + 1 make here?')
        .replace('id: q-7,', 'id: q-7-renamed,'),
    );
    vi.stubEnv('CONTENT_ROOT', root);
    vi.resetModules();
    const { questionOf } = await import('../../src/server/review/review.service.ts');
    expect(questionOf('basics/first-steps', 'q-1')?.question.prompt).toBe('What does 1 + 1 make here?');
    expect(questionOf('basics/first-steps', 'q-7')).toBeUndefined();
  });
});
