import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../src/content-model/reading-time.ts';

describe('reading time', () => {
  it('is prose words / 230 + code lines / 40, rounded up', () => {
    expect(readingMinutes(230, 0)).toBe(1);
    expect(readingMinutes(231, 0)).toBe(2);
    expect(readingMinutes(2300, 120)).toBe(13);
    expect(readingMinutes(2000, 100)).toBe(12); // 8.70 + 2.5 = 11.2 -> 12
  });

  it('is at least one minute', () => {
    expect(readingMinutes(0, 0)).toBe(1);
  });

  it('counts words, including contractions and hyphenated words once', () => {
    expect(countWords("It's a well-known (2, 3) shape.")).toBe(6);
    expect(countWords('')).toBe(0);
  });
});
