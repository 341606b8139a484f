import type { APIRoute } from 'astro';

export const prerender = true;

/** /robots.txt: everything public may be crawled; API routes and personal pages may not. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    [
      'User-agent: *',
      'Allow: /',
      'Disallow: /api/',
      'Disallow: /account',
      'Disallow: /review',
      '',
      `Sitemap: ${new URL('/sitemap.xml', site?.href ?? 'http://localhost:4321/').href}`,
      '',
    ].join('\n'),
    { headers: { 'content-type': 'text/plain; charset=utf-8' } },
  );
