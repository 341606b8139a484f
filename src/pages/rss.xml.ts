import type { APIRoute } from 'astro';
import { escapeHtml } from '../content-model/rich-text.ts';
import { getPosts } from '../content-model/site-posts.ts';

export const prerender = true;

/** /rss.xml: RSS 2.0 of the blog, newest first. */
export const GET: APIRoute = ({ site }) => {
  const base = site?.href ?? 'http://localhost:4321/';
  const abs = (path: string): string => new URL(path, base).href;
  const posts = getPosts();
  const items = posts.map(
    (p) => `    <item>
      <title>${escapeHtml(p.frontmatter.title)}</title>
      <link>${escapeHtml(abs(p.path))}</link>
      <guid isPermaLink="true">${escapeHtml(abs(p.path))}</guid>
      <pubDate>${p.frontmatter.date.toUTCString()}</pubDate>
      <author>noreply@leetllm.invalid (${escapeHtml(p.frontmatter.author)})</author>
      <description>${escapeHtml(p.frontmatter.summary)}</description>
${p.frontmatter.tags.map((t) => `      <category>${escapeHtml(t)}</category>`).join('\n')}
    </item>`,
  );
  const latest = posts[0]?.frontmatter.date ?? new Date(0);
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>LeetLLM blog</title>
    <link>${escapeHtml(abs('/blog'))}</link>
    <atom:link href="${escapeHtml(abs('/rss.xml'))}" rel="self" type="application/rss+xml" />
    <description>What is new in LeetLLM, how we build it, and deep dives into one idea at a time.</description>
    <language>en</language>
    <lastBuildDate>${latest.toUTCString()}</lastBuildDate>
${items.join('\n')}
  </channel>
</rss>
`;
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};
