import { existsSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import type { Check } from '../schemas/check.ts';
import type { Curriculum, CurriculumLesson } from './curriculum.ts';
import { ContentError } from './errors.ts';
import { lessonDir, loadCheck, loadLessonSource, type LessonSource } from './lessons.ts';

export interface Problem {
  file: string;
  line?: number;
  message: string;
}

export const MIN_RUNNABLE_BLOCKS = 3;

/** Pages that exist whatever the content: a lesson or post may link to them. */
export const STATIC_PATHS = ['/', '/learn', '/practice', '/review', '/blog', '/features', '/terms', '/privacy'];

/** Every site path a lesson or post may link to: static pages, tracks, lessons, problems and posts. */
export function sitePaths(curriculum: Curriculum, extra: string[] = []): Set<string> {
  return new Set([
    ...STATIC_PATHS,
    ...curriculum.tracks.map((t) => t.path),
    ...curriculum.lessons.map((l) => l.path),
    ...extra,
  ]);
}

/**
 * The static part of content:check for one written lesson (everything but running the code).
 * Returns the parsed source too, so the caller can run its blocks.
 */
export function validateLesson(
  root: string,
  lesson: CurriculumLesson,
  paths: Set<string>,
): { problems: Problem[]; source: LessonSource | undefined } {
  const problems: Problem[] = [];
  const dir = lessonDir(lesson);
  const report = (e: unknown): void => {
    if (e instanceof ContentError) problems.push({ file: e.file, message: e.message.slice(e.file.length + 2) });
    else throw e;
  };

  let source: LessonSource | undefined;
  try {
    source = loadLessonSource(root, lesson);
  } catch (e) {
    report(e);
  }
  let check: Check | undefined;
  try {
    check = loadCheck(root, lesson);
  } catch (e) {
    report(e);
  }
  if (check) problems.push(...checkQuestions(join(dir, 'check.yaml'), check));
  for (const name of ['index.mdx', 'check.yaml']) {
    const path = join(root, dir, name);
    if (!existsSync(path)) continue;
    readFileSync(path, 'utf8')
      .split('\n')
      .forEach((text, i) => {
        const marker = /\b(TODO|PLACEHOLDER)\b/.exec(text)?.[1];
        if (marker) problems.push({ file: join(dir, name), line: i + 1, message: `contains ${marker}` });
      });
  }
  if (!source) return { problems, source };

  const file = source.file;
  for (const p of source.blockProblems) problems.push({ file, line: p.line, message: p.message });
  const runnable = source.blocks.filter((b) => b.runnable).length;
  if (runnable < MIN_RUNNABLE_BLOCKS) {
    problems.push({
      file,
      message: `has ${runnable} runnable python blocks; a lesson needs at least ${MIN_RUNNABLE_BLOCKS}`,
    });
  }

  const bodyLine = (line: number): number => line + source.source.slice(0, source.bodyOffset).split('\n').length - 1;
  if (source.facts.figures.length === 0)
    problems.push({ file, message: 'has no <Figure>; a lesson needs at least one' });
  for (const fig of source.facts.figures) {
    const line = bodyLine(fig.line);
    if (!fig.alt?.trim()) problems.push({ file, line, message: '<Figure> needs alt text (a full description)' });
    if (!fig.caption?.trim()) problems.push({ file, line, message: '<Figure> needs a caption stating the takeaway' });
    if (!fig.src) {
      problems.push({ file, line, message: '<Figure> needs src="figures/<name>.svg"' });
    } else if (!/^figures\/[\w.-]+\.svg$/.test(fig.src)) {
      problems.push({ file, line, message: `<Figure src="${fig.src}">: figures live in figures/ as .svg` });
    } else if (!existsSync(join(root, dir, normalize(fig.src)))) {
      problems.push({ file, line, message: `<Figure src="${fig.src}">: file not found` });
    }
  }

  problems.push(...checkCitationsAndLinks(source, paths));
  return { problems, source };
}

/** Quiz rules the schema cannot express: unique ids, answers spread over at least three positions. */
export function checkQuestions(file: string, check: Check): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const q of check.questions) {
    if (seen.has(q.id)) problems.push({ file, message: `question id "${q.id}" is used twice` });
    seen.add(q.id);
  }
  const positions = new Set(check.questions.map((q) => q.answer));
  if (positions.size < 3) {
    problems.push({
      file,
      message: `right answers sit at only ${positions.size} position(s) (${[...positions].join(', ')}); spread them over at least 3`,
    });
  }
  return problems;
}

/** What lessons and posts share: every [n] has a reference and every reference is cited; links resolve. */
export function checkCitationsAndLinks(
  source: Pick<LessonSource, 'file' | 'source' | 'bodyOffset' | 'facts'> & {
    frontmatter: { references: unknown[] };
  },
  paths: Set<string>,
): Problem[] {
  const problems: Problem[] = [];
  const file = source.file;
  const bodyLine = (line: number): number => line + source.source.slice(0, source.bodyOffset).split('\n').length - 1;
  const refCount = source.frontmatter.references.length;
  const cited = new Set<number>();
  for (const c of source.facts.citations) {
    cited.add(c.value);
    if (c.value < 1 || c.value > refCount) {
      problems.push({
        file,
        line: bodyLine(c.line),
        message: `cites [${c.value}] but there are ${refCount} references`,
      });
    }
  }
  for (let n = 1; n <= refCount; n += 1) {
    if (!cited.has(n)) problems.push({ file, message: `reference ${n} is never cited as [${n}]` });
  }

  for (const link of source.facts.links) {
    const url = link.value;
    if (/^(https?:|mailto:)/.test(url) || url.startsWith('#')) continue;
    const path = url.split('#')[0] ?? '';
    if (!path.startsWith('/')) {
      problems.push({
        file,
        line: bodyLine(link.line),
        message: `link "${url}" must be a site path like /learn/<track>/<slug>`,
      });
    } else if (!paths.has(path.replace(/\/$/, '') || '/')) {
      problems.push({ file, line: bodyLine(link.line), message: `link "${url}" does not resolve to a page` });
    }
  }
  return problems;
}
