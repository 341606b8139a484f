import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findLesson, neighbours, parseCurriculum } from '../../src/content-model/curriculum.ts';
import { ContentError } from '../../src/content-model/errors.ts';
import { TRACK_ICON_PATHS } from '../../src/components/track-icons.ts';

const real = parseCurriculum(readFileSync('content/curriculum.yaml', 'utf8'));

const yaml = (lessons: string): string => `tracks:
  - id: first
    title: "First"
    icon: "x"
    lessons:
${lessons}`;

describe('curriculum', () => {
  it('holds 14 tracks and 155 lessons with steps 1..155 in path order', () => {
    expect(real.tracks).toHaveLength(14);
    expect(real.lessons).toHaveLength(155);
    real.lessons.forEach((l, i) => expect(l.step).toBe(i + 1));
    expect(new Set(real.lessons.map((l) => l.slug)).size).toBe(155);
  });

  it('derives paths from track and slug', () => {
    const lesson = findLesson(real, 'transformer-deep-dives', 'scaled-dot-product-attention');
    expect(lesson?.step).toBe(87);
    expect(lesson?.path).toBe('/learn/transformer-deep-dives/scaled-dot-product-attention');
    expect(findLesson(real, 'computing-foundations', 'scaled-dot-product-attention')).toBeUndefined();
  });

  it('links prev and next across track boundaries', () => {
    const { prev, next } = neighbours(real.lessons, 6);
    expect(prev?.step).toBe(5);
    expect(next?.step).toBe(7);
    expect(next?.trackId).toBe('math-statistics');
    expect(neighbours(real.lessons, 7).prev?.trackId).toBe('computing-foundations');
  });

  it('has no previous lesson at step 1 and no next at step 155', () => {
    expect(neighbours(real.lessons, 1).prev).toBeUndefined();
    expect(neighbours(real.lessons, 155).next).toBeUndefined();
    expect(neighbours(real.lessons, 155).prev?.step).toBe(154);
  });

  it('has an icon for every track', () => {
    for (const t of real.tracks) expect(TRACK_ICON_PATHS[t.id], t.id).toBeTypeOf('string');
  });

  it('rejects a duplicate slug, naming the file and the step', () => {
    const text = yaml(`      - { step: 1, slug: a, title: "A" }\n      - { step: 2, slug: a, title: "B" }`);
    expect(() => parseCurriculum(text, 'c.yaml')).toThrow(/c\.yaml: lesson step 2: duplicate slug "a"/);
  });

  it('rejects steps out of order', () => {
    const text = yaml(`      - { step: 1, slug: a, title: "A" }\n      - { step: 3, slug: b, title: "B" }`);
    expect(() => parseCurriculum(text, 'c.yaml')).toThrow(/step 3 is out of order: expected step 2/);
  });

  it('reports schema errors with the field path and the value received', () => {
    const text = yaml(`      - { step: 1, slug: "Not A Slug", title: "A" }`);
    let error: unknown;
    try {
      parseCurriculum(text, 'c.yaml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    expect((error as Error).message).toContain('c.yaml');
    expect((error as Error).message).toContain('tracks.0.lessons.0.slug');
    expect((error as Error).message).toContain('"Not A Slug"');
  });
});
