import type { LessonFrontmatter } from '../schemas/lesson.ts';
import type { Curriculum, CurriculumLesson, Track } from './curriculum.ts';
import { isWritten, loadCurriculum, loadLessonSource } from './lessons.ts';

export interface CatalogueLesson extends CurriculumLesson {
  written: boolean;
  /** Present when the lesson is written. */
  meta: (Pick<LessonFrontmatter, 'summary' | 'difficulty' | 'tag'> & { readingMinutes: number }) | undefined;
}

export interface CatalogueTrack extends Omit<Track, 'lessons'> {
  lessons: CatalogueLesson[];
  writtenCount: number;
}

export interface Catalogue {
  tracks: CatalogueTrack[];
  lessons: CatalogueLesson[];
  total: number;
  writtenTotal: number;
}

/** The curriculum joined with what is written: the data every listing page shows. */
export function buildCatalogue(root: string, curriculum: Curriculum = loadCurriculum(root)): Catalogue {
  const tracks = curriculum.tracks.map((track) => {
    const lessons = track.lessons.map((lesson): CatalogueLesson => {
      if (!isWritten(root, lesson)) return { ...lesson, written: false, meta: undefined };
      const source = loadLessonSource(root, lesson);
      const { summary, difficulty, tag } = source.frontmatter;
      return { ...lesson, written: true, meta: { summary, difficulty, tag, readingMinutes: source.readingMinutes } };
    });
    return { ...track, lessons, writtenCount: lessons.filter((l) => l.written).length };
  });
  const lessons = tracks.flatMap((t) => t.lessons);
  return { tracks, lessons, total: lessons.length, writtenTotal: lessons.filter((l) => l.written).length };
}

let cached: Catalogue | undefined;

/** The catalogue of the project in the working directory, built once per process (pages are prerendered). */
export function getCatalogue(): Catalogue {
  cached ??= buildCatalogue(process.cwd());
  return cached;
}
