import { parse as parseYaml } from 'yaml';
import { CurriculumSchema } from '../schemas/curriculum.ts';
import { ContentError, parseOrThrow } from './errors.ts';

export interface CurriculumLesson {
  step: number;
  slug: string;
  title: string;
  trackId: string;
  trackTitle: string;
  /** The site path of the lesson page, e.g. /learn/computing-foundations/numpy-and-tensor-shapes. */
  path: string;
}

export interface Track {
  id: string;
  title: string;
  icon: string;
  path: string;
  lessons: CurriculumLesson[];
}

export interface Curriculum {
  tracks: Track[];
  /** Every lesson in path order: lessons[i].step === i + 1. */
  lessons: CurriculumLesson[];
}

/** Parses and validates curriculum.yaml: unique slugs and track ids, steps 1..N in path order. */
export function parseCurriculum(text: string, file = 'content/curriculum.yaml'): Curriculum {
  const raw = parseOrThrow(CurriculumSchema, parseYaml(text), file);
  const tracks: Track[] = raw.tracks.map((t) => ({
    id: t.id,
    title: t.title,
    icon: t.icon,
    path: `/learn/${t.id}`,
    lessons: t.lessons.map((l) => ({
      ...l,
      trackId: t.id,
      trackTitle: t.title,
      path: `/learn/${t.id}/${l.slug}`,
    })),
  }));
  const lessons = tracks.flatMap((t) => t.lessons);

  const trackIds = new Set<string>();
  tracks.forEach((t, i) => {
    if (trackIds.has(t.id)) throw new ContentError(file, `tracks.${i}.id`, `duplicate track id "${t.id}"`);
    trackIds.add(t.id);
  });
  const slugs = new Set<string>();
  lessons.forEach((l, i) => {
    if (slugs.has(l.slug)) throw new ContentError(file, `lesson step ${l.step}`, `duplicate slug "${l.slug}"`);
    slugs.add(l.slug);
    if (l.step !== i + 1) {
      throw new ContentError(file, `lesson "${l.slug}"`, `step ${l.step} is out of order: expected step ${i + 1}`);
    }
  });
  return { tracks, lessons };
}

/** The lesson at `track/slug`, or undefined when the pair is not in the curriculum. */
export function findLesson(c: Curriculum, trackId: string, slug: string): CurriculumLesson | undefined {
  return c.lessons.find((l) => l.trackId === trackId && l.slug === slug);
}

/** The lessons before and after `step` in path order (a list indexed by step - 1), crossing track boundaries. */
export function neighbours<T>(lessons: readonly T[], step: number): { prev: T | undefined; next: T | undefined } {
  return { prev: lessons[step - 2], next: lessons[step] };
}
