import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { streakOf } from '../../src/islands/account/streak.ts';

const zone = process.env['TZ'];
afterAll(() => {
  if (zone === undefined) delete process.env['TZ'];
  else process.env['TZ'] = zone;
});

describe('streaks in UTC', () => {
  beforeAll(() => {
    process.env['TZ'] = 'UTC';
  });
  const now = new Date('2026-11-29T15:00:00Z');

  it('is zero without activity', () => {
    expect(streakOf([], now)).toEqual({ current: 0, longest: 0, activeToday: false });
  });

  it('counts consecutive days up to today, and keeps yesterday’s run alive until today ends', () => {
    const hours = ['2026-11-27T09', '2026-11-28T21', '2026-11-28T22', '2026-11-29T08'];
    expect(streakOf(hours, now)).toEqual({ current: 3, longest: 3, activeToday: true });
    expect(streakOf(hours.slice(0, 3), now)).toEqual({ current: 2, longest: 2, activeToday: false });
  });

  it('breaks on a missed day and remembers the longest run', () => {
    const hours = ['2026-11-01T10', '2026-11-02T10', '2026-11-03T10', '2026-11-04T10', '2026-11-27T10'];
    expect(streakOf(hours, now)).toEqual({ current: 0, longest: 4, activeToday: false });
  });
});

describe('streaks in the learner’s time zone', () => {
  it('puts a late-evening activity on the local day (New York, UTC-5)', () => {
    process.env['TZ'] = 'America/New_York';
    // 02:00 UTC on the 29th is 21:00 on the 28th in New York.
    const hours = ['2026-11-28T14', '2026-11-29T02'];
    expect(streakOf(hours, new Date('2026-11-29T15:00:00Z'))).toEqual({ current: 1, longest: 1, activeToday: false });
  });

  it('counts days across a daylight-saving change (New York, 8 March 2026)', () => {
    process.env['TZ'] = 'America/New_York';
    const hours = ['2026-03-07T15', '2026-03-08T15', '2026-03-09T15'];
    expect(streakOf(hours, new Date('2026-03-09T20:00:00Z'))).toEqual({ current: 3, longest: 3, activeToday: true });
  });

  it('works east of UTC too (Tokyo, UTC+9)', () => {
    process.env['TZ'] = 'Asia/Tokyo';
    // 20:00 UTC on the 28th is 05:00 on the 29th in Tokyo.
    const hours = ['2026-11-27T20', '2026-11-28T20'];
    expect(streakOf(hours, new Date('2026-11-29T03:00:00Z'))).toEqual({ current: 2, longest: 2, activeToday: true });
  });
});
