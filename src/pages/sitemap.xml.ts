import type { APIRoute } from 'astro';
import { getCatalogue } from '../content-model/catalogue.ts';
import { getPracticeCatalogue } from '../content-model/practice-catalogue.ts';
import { getPosts } from '../content-model/site-posts.ts';

export const prerender = true;

/** /sitemap.xml: every public page: static pages, tracks, all 155 lessons, problems and posts. */
export const GET: APIRoute = ({ site }) => {
  const base = site?.href ?? 'http://localhost:4321/';
  const catalogue = getCatalogue();
  const paths = [
    '/',
    '/learn',
    '/practice',
    '/features',
    '/blog',
    '/terms',
    '/privacy',
    ...catalogue.tracks.map((t) => t.path),
    ...catalogue.lessons.map((l) => l.path),
    ...getPracticeCatalogue(catalogue).map((p) => p.path),
    ...getPosts().map((p) => p.path),
  ];
  const urls = paths.map((p) => `  <url><loc>${new URL(p, base).href}</loc></url>`).join('\n');
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`,
    { headers: { 'content-type': 'application/xml; charset=utf-8' } },
  );
};
