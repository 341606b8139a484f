import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { CheckSchema, type Check, type PublicCheck } from '../schemas/check.ts';
import { LessonFrontmatterSchema, type LessonFrontmatter } from '../schemas/lesson.ts';
import { parseCurriculum, type Curriculum, type CurriculumLesson } from './curriculum.ts';
import { ContentError, parseOrThrow } from './errors.ts';
import { parseMdxDocument, type MdxDocument } from './mdx-document.ts';

export interface LessonSource extends MdxDocument<LessonFrontmatter> {
  lesson: CurriculumLesson;
}

/** The folder of a lesson, relative to the project root. */
export function lessonDir(lesson: Pick<CurriculumLesson, 'trackId' | 'slug'>): string {
  return join('content', 'lessons', lesson.trackId, lesson.slug);
}

export function loadCurriculum(root: string): Curriculum {
  return parseCurriculum(readFileSync(join(root, 'content', 'curriculum.yaml'), 'utf8'));
}

/** True when the lesson has been written (its index.mdx exists). */
export function isWritten(root: string, lesson: CurriculumLesson): boolean {
  return existsSync(join(root, lessonDir(lesson), 'index.mdx'));
}

/** Parses a lesson's index.mdx: validated frontmatter, code blocks, body facts, reading time. */
export function parseLessonSource(lesson: CurriculumLesson, file: string, source: string): LessonSource {
  const doc = parseMdxDocument(file, source, LessonFrontmatterSchema, (frontmatter) => {
    if (frontmatter.title !== lesson.title) {
      throw new ContentError(file, 'title', `"${frontmatter.title}" differs from curriculum.yaml's "${lesson.title}"`);
    }
  });
  return { lesson, ...doc };
}

export function loadLessonSource(root: string, lesson: CurriculumLesson): LessonSource {
  const file = join(lessonDir(lesson), 'index.mdx');
  return parseLessonSource(lesson, file, readFileSync(join(root, file), 'utf8'));
}

export function parseCheck(text: string, file: string): Check {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (e) {
    throw new ContentError(file, '', `invalid YAML: ${(e as Error).message}`);
  }
  return parseOrThrow(CheckSchema, data, file);
}

export function loadCheck(root: string, lesson: CurriculumLesson): Check {
  const file = join(lessonDir(lesson), 'check.yaml');
  if (!existsSync(join(root, file)))
    throw new ContentError(file, '', 'missing: every written lesson has a mastery check');
  return parseCheck(readFileSync(join(root, file), 'utf8'), file);
}

/** The part of a check a page may show: prompts and choices, never answers or explanations. */
export function toPublicCheck(check: Check): PublicCheck {
  return {
    keyConcepts: check.keyConcepts,
    rubric: check.rubric,
    pitfalls: check.pitfalls,
    followUps: check.followUps,
    questions: check.questions.map(({ id, prompt, choices }) => ({ id, prompt, choices })),
  };
}
