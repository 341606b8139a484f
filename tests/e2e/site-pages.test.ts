import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isWritten, loadCurriculum } from '../../src/content-model/lessons.ts';
import { loadPosts } from '../../src/content-model/posts.ts';
import { problemSlugs } from '../../src/content-model/problems.ts';
import { seriousViolations } from './axe.ts';
import { launchChromium } from './browser.ts';

const baseUrl = inject('baseUrl');
const root = process.cwd();
const curriculum = loadCurriculum(root);
const posts = loadPosts(root);
const lessonBySlug = (slug: string) => curriculum.lessons.find((l) => l.slug === slug)!;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

async function searchFor(page: Page, query: string): Promise<string[]> {
  const input = page.locator('[data-search-input]');
  await input.fill(query);
  const status = page.locator('[data-search-status]');
  await expect.poll(() => status.innerText(), { timeout: 10_000 }).toContain(`for “${query}”.`);
  return page
    .locator('.search-result')
    .evaluateAll((options) => options.map((o) => (o as HTMLElement).dataset['href'] ?? ''));
}

describe('search', () => {
  const byTitle: Array<[string, string]> = [
    ['Training & Backpropagation', 'training-and-backpropagation'],
    ['CNNs from Scratch', 'cnns-from-scratch'],
    ['Autoencoders', 'autoencoders-and-vaes'],
    ['LLM Lifecycle', 'the-llm-lifecycle'],
    ['Scaled Dot-Product Attention', 'scaled-dot-product-attention'],
  ];
  const byBody: Array<[string, string]> = [
    ['Kestrel', 'first-ai-app-end-to-end'],
    ['reparameterization', 'autoencoders-and-vaes'],
    ['im2col', 'cnns-from-scratch'],
  ];

  it('puts the right lesson first for words of titles and of bodies', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/learn`);
    await page.keyboard.press('/');
    for (const [query, slug] of [...byTitle, ...byBody]) {
      const results = await searchFor(page, query);
      expect(results[0], query).toBe(lessonBySlug(slug).path);
    }
    await page.close();
  });

  it('filters by type and track', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/learn`);
    await page.keyboard.press('/');
    await page.locator('[data-search-type]').selectOption('Problem');
    const problems = await searchFor(page, 'softmax');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.startsWith('/practice/'))).toBe(true);
    await page.locator('[data-search-type]').selectOption('');
    await page.locator('[data-search-track]').selectOption('Math & Statistics');
    const math = await searchFor(page, 'gradient');
    expect(math.every((p) => p.startsWith('/learn/math-statistics/') || p.startsWith('/practice/'))).toBe(true);
    await page.close();
  });

  it('works by keyboard alone: Ctrl+K opens, arrows move, Enter opens, Esc closes', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/`);
    await page.keyboard.press('Control+K');
    expect(await page.locator('[data-search-dialog]').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-search-dialog]').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);

    await page.keyboard.press('/');
    await page.keyboard.type('backprop');
    await page.locator('#search-result-1').waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#search-result-1').getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('[data-search-input]').getAttribute('aria-activedescendant')).toBe('search-result-1');
    const target = await page.locator('#search-result-1').getAttribute('data-href');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === target);
    await page.close();
  });
});

describe('blog, feeds and pages', () => {
  it('serves /rss.xml as RSS 2.0 with every post, newest first', async () => {
    const res = await fetch(`${baseUrl}/rss.xml`);
    expect(res.headers.get('content-type')).toMatch(/application\/(rss\+)?xml/);
    const xml = await res.text();
    const page = await browser.newPage();
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        version: doc.documentElement.getAttribute('version'),
        titles: [...doc.querySelectorAll('channel > item > title')].map((t) => t.textContent),
        links: [...doc.querySelectorAll('channel > item > link')].map((t) => t.textContent),
      };
    }, xml);
    await page.close();
    expect(parsed.error).toBeNull();
    expect(parsed.version).toBe('2.0');
    expect(parsed.titles).toEqual(posts.map((p) => p.frontmatter.title));
    // Absolute URLs come from SITE_URL at build time; the paths must be the posts'.
    expect(parsed.links.map((l) => new URL(l ?? '').pathname)).toEqual(posts.map((p) => p.path));
  });

  it('lists every lesson, problem and post in /sitemap.xml', async () => {
    const xml = await (await fetch(`${baseUrl}/sitemap.xml`)).text();
    // Absolute URLs come from SITE_URL at build time; every page's path must be there.
    const locs = new Set([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname));
    for (const l of curriculum.lessons) expect(locs.has(l.path), l.path).toBe(true);
    for (const slug of problemSlugs(root)) expect(locs.has(`/practice/${slug}`), slug).toBe(true);
    for (const p of posts) expect(locs.has(p.path), p.path).toBe(true);
    const robots = await (await fetch(`${baseUrl}/robots.txt`)).text();
    expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);
  });

  const written = curriculum.lessons.find((l) => isWritten(root, l))!;
  const unwritten = curriculum.lessons.find((l) => !isWritten(root, l))!;
  const pageTypes = [
    '/',
    '/learn',
    curriculum.tracks[0]!.path,
    written.path,
    unwritten.path,
    '/practice',
    `/practice/${problemSlugs(root)[0]}`,
    '/review',
    '/features',
    '/blog',
    posts[0]!.path,
    '/terms',
    '/privacy',
    '/login',
    '/signup',
    '/account',
  ];

  it('gives every page type one h1, a title and a description, with JSON-LD where it describes content', async () => {
    const page = await browser.newPage();
    for (const path of pageTypes) {
      await page.goto(baseUrl + path);
      expect(await page.locator('h1').count(), path).toBe(1);
      expect((await page.title()).length, path).toBeGreaterThan(10);
      const description = await page.locator('meta[name="description"]').getAttribute('content');
      expect(description?.length ?? 0, path).toBeGreaterThan(20);
      expect(await page.locator('meta[property="og:image"]').count(), path).toBe(1);
    }
    const ld = async (path: string): Promise<string> => {
      await page.goto(baseUrl + path);
      const text = await page.locator('script[type="application/ld+json"]').textContent();
      return (JSON.parse(text ?? '{}') as { '@type': string })['@type'];
    };
    expect(await ld(curriculum.tracks[0]!.path)).toBe('Course');
    expect(await ld(written.path)).toBe('LearningResource');
    expect(await ld(posts[0]!.path)).toBe('BlogPosting');
    await page.close();
  });

  it('gives lessons, tracks, problems and posts a share image of their own, 1200x630', async () => {
    const page = await browser.newPage();
    const own = [
      curriculum.tracks[0]!.path,
      written.path,
      unwritten.path,
      `/practice/${problemSlugs(root)[0]}`,
      posts[0]!.path,
    ];
    const images = new Set<string>();
    for (const path of own) {
      await page.goto(baseUrl + path);
      const image = new URL((await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '');
      expect(image.pathname, path).toBe(`/og${path}.png`);
      expect(await page.locator('meta[name="twitter:image"]').getAttribute('content'), path).toBe(image.href);
      const res = await fetch(baseUrl + image.pathname);
      expect(res.headers.get('content-type'), path).toBe('image/png');
      const png = Buffer.from(await res.arrayBuffer());
      expect(png.subarray(1, 4).toString('latin1'), path).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([1200, 630]);
      images.add(png.toString('base64'));
    }
    expect(images.size).toBe(own.length);
    await page.goto(`${baseUrl}/blog`);
    expect(new URL((await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '').pathname).toBe(
      '/og.png',
    );
    await page.close();
  });

  it('answers a 404 with one h1 too', async () => {
    const res = await fetch(`${baseUrl}/blog/no-such-post`);
    expect(res.status).toBe(404);
    expect((await res.text()).match(/<h1/g)).toHaveLength(1);
  });

  it('lists posts newest first with date, author, reading time and tags', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/blog`);
    const titles = await page.locator('.post-list h2').allInnerTexts();
    expect(titles).toEqual(posts.map((p) => p.frontmatter.title));
    const meta = await page.locator('.post-meta').first().innerText();
    expect(meta).toMatch(/\d{1,2} \w+ 2026 · .+ · \d+ min read/);
    expect(await page.locator('.post-list .pill').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('leads every header and footer link to a finished page', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/`);
    const hrefs = await page
      .locator('header a[href^="/"], footer a[href^="/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    await page.close();
    for (const href of new Set(hrefs)) expect((await fetch(baseUrl + href)).status, href).toBe(200);
  });

  it('has no serious accessibility violations on the new pages and the open search dialog', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ colorScheme: scheme });
      for (const path of ['/features', '/blog', posts[0]!.path, '/terms', '/privacy']) {
        await page.goto(baseUrl + path);
        expect(await seriousViolations(page), `${path} (${scheme})`).toEqual([]);
      }
      await page.goto(`${baseUrl}/learn`);
      await page.keyboard.press('/');
      await searchFor(page, 'attention');
      expect(await seriousViolations(page), `search dialog (${scheme})`).toEqual([]);
      await page.close();
    }
  });

  it('requests nothing from any other origin', async () => {
    const page = await browser.newPage();
    const foreign: string[] = [];
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(baseUrl) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
    });
    for (const path of pageTypes) {
      await page.goto(baseUrl + path);
      await page.waitForTimeout(400); // late requests: fonts, islands, the session check
    }
    await page.keyboard.press('/');
    await searchFor(page, 'softmax');
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('fits a phone, with the main links behind the Menu button', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    for (const path of ['/features', '/blog', posts[0]!.path, '/terms', '/privacy']) {
      await page.goto(baseUrl + path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(375);
    }
    expect(await page.locator('a[data-nav="blog"]').isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Menu' }).click();
    expect(await page.locator('a[data-nav="blog"]').isVisible()).toBe(true);
    await page.close();
  });
});
