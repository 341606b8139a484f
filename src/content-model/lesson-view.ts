import type { PublicCheck } from '../schemas/check.ts';
import type { LessonFrontmatter } from '../schemas/lesson.ts';
import type { Catalogue, CatalogueLesson, CatalogueTrack } from './catalogue.ts';
import { neighbours } from './curriculum.ts';
import { loadCheck, loadLessonSource, toPublicCheck } from './lessons.ts';

export interface LessonView {
  lesson: CatalogueLesson;
  track: CatalogueTrack;
  total: number;
  prev: CatalogueLesson | undefined;
  next: CatalogueLesson | undefined;
  /** Present when the lesson is written. */
  written:
    | {
        frontmatter: LessonFrontmatter;
        readingMinutes: number;
        check: PublicCheck;
      }
    | undefined;
}

/** Everything the lesson page shows besides the MDX body, for the lesson at `step`. */
export function getLessonView(root: string, catalogue: Catalogue, step: number): LessonView {
  const lesson = catalogue.lessons[step - 1];
  if (!lesson) throw new Error(`no lesson at step ${step}`);
  const track = catalogue.tracks.find((t) => t.id === lesson.trackId);
  if (!track) throw new Error(`lesson ${lesson.slug} names unknown track ${lesson.trackId}`);
  let written: LessonView['written'];
  if (lesson.written) {
    const source = loadLessonSource(root, lesson);
    written = {
      frontmatter: source.frontmatter,
      readingMinutes: source.readingMinutes,
      check: toPublicCheck(loadCheck(root, lesson)),
    };
  }
  return { lesson, track, total: catalogue.total, ...neighbours(catalogue.lessons, step), written };
}
