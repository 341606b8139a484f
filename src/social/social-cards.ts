import { getCatalogue } from '../content-model/catalogue.ts';
import { getPracticeCatalogue } from '../content-model/practice-catalogue.ts';
import { formatDate, getPosts } from '../content-model/site-posts.ts';
import type { SocialCard } from './social-card.ts';

/** A share image to draw: `path` is the page's path without its leading slash. */
export interface SocialCardPage {
  path: string;
  card: SocialCard;
}

/** Where the share image of the page at `pagePath` ("/learn/x/y") is served from ("/og/learn/x/y.png"). */
export function socialImagePath(pagePath: string): string {
  return `/og${pagePath.replace(/\/$/, '')}.png`;
}

/** Every lesson (written or not), track, practice problem and post gets its own share image. */
export function socialCards(): SocialCardPage[] {
  const catalogue = getCatalogue();
  const trackCount = catalogue.tracks.length;
  const lessons = catalogue.lessons.map((l) => ({
    path: l.path,
    card: {
      kicker: `Step ${l.step} · ${l.trackTitle}`,
      title: l.title,
      footer: l.meta
        ? `Lesson · ${l.meta.difficulty} · ${l.meta.readingMinutes} min read · mastery check included`
        : `Lesson · in preparation · step ${l.step} of ${catalogue.total}`,
    },
  }));
  const tracks = catalogue.tracks.map((t, i) => ({
    path: t.path,
    card: {
      kicker: `Track ${i + 1} of ${trackCount}`,
      title: t.title,
      footer: `${t.lessons.length} lessons · ${t.writtenCount} written · steps ${t.lessons[0]?.step ?? 0} to ${t.lessons.at(-1)?.step ?? 0}`,
    },
  }));
  const problems = getPracticeCatalogue(catalogue).map((p) => ({
    path: p.path,
    card: {
      kicker: `Practice · ${p.difficulty}`,
      title: p.title,
      footer: `${p.trackTitle} · write it in the page, graded by hidden tests`,
    },
  }));
  const posts = getPosts().map((p) => ({
    path: p.path,
    card: {
      kicker: 'Blog',
      title: p.frontmatter.title,
      footer: `${formatDate(p.frontmatter.date)} · ${p.frontmatter.author}`,
    },
  }));
  return [...lessons, ...tracks, ...problems, ...posts].map(({ path, card }) => ({
    path: path.replace(/^\/|\/$/g, ''),
    card,
  }));
}
