import type { Catalogue } from './catalogue.ts';
import { loadProblems, problemTrack, type Problem } from './problems.ts';

/** What the practice pages show about a problem (never its tests' inputs or its reference solution). */
export interface PracticeListing {
  slug: string;
  path: string;
  title: string;
  summary: string;
  difficulty: Problem['frontmatter']['difficulty'];
  tags: string[];
  trackId: string;
  trackTitle: string;
  lessons: Array<{ path: string; title: string; step: number; written: boolean }>;
  functionName: string;
  starter: string;
  tolerance: { rtol: number; atol: number };
  timeLimitMs: number;
  tests: Array<{ name: string; visible: boolean }>;
}

const DIFFICULTY_ORDER = { Easy: 0, Medium: 1, Hard: 2 } as const;

/** Every problem joined with the curriculum, in learning-path order of its home lesson, then difficulty. */
export function buildPracticeCatalogue(root: string, catalogue: Catalogue): PracticeListing[] {
  const byPath = new Map(catalogue.lessons.map((l) => [`${l.trackId}/${l.slug}`, l]));
  const listings = loadProblems(root).map((p): PracticeListing => {
    const track = catalogue.tracks.find((t) => t.id === problemTrack(p));
    const lessons = p.frontmatter.lessons.map((key) => {
      const lesson = byPath.get(key);
      if (!lesson) throw new Error(`problem ${p.slug} names lesson ${key}, which is not in the curriculum`);
      return { path: lesson.path, title: lesson.title, step: lesson.step, written: lesson.written };
    });
    return {
      slug: p.slug,
      path: `/practice/${p.slug}`,
      title: p.frontmatter.title,
      summary: p.frontmatter.summary,
      difficulty: p.frontmatter.difficulty,
      tags: p.frontmatter.tags,
      trackId: track?.id ?? '',
      trackTitle: track?.title ?? '',
      lessons,
      functionName: p.frontmatter.function,
      starter: p.starter,
      tolerance: p.frontmatter.tolerance,
      timeLimitMs: p.frontmatter.timeLimitMs,
      tests: p.cases.map(({ name, visible }) => ({ name, visible })),
    };
  });
  const step = (l: PracticeListing): number => l.lessons[0]?.step ?? 0;
  return listings.sort(
    (a, b) =>
      step(a) - step(b) ||
      DIFFICULTY_ORDER[a.difficulty] - DIFFICULTY_ORDER[b.difficulty] ||
      a.title.localeCompare(b.title),
  );
}

/** The problems that practise a lesson (named anywhere in their lessons list). */
export function problemsForLesson(listings: PracticeListing[], lessonPath: string): PracticeListing[] {
  return listings.filter((p) => p.lessons.some((l) => l.path === lessonPath));
}

let cached: PracticeListing[] | undefined;

export function getPracticeCatalogue(catalogue: Catalogue): PracticeListing[] {
  cached ??= buildPracticeCatalogue(process.cwd(), catalogue);
  return cached;
}
