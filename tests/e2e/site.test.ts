import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isWritten, loadCurriculum } from '../../src/content-model/lessons.ts';
import { seriousViolations } from './axe.ts';
import { launchChromium } from './browser.ts';

const baseUrl = inject('baseUrl');
const curriculum = loadCurriculum(process.cwd());
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

describe('routes', () => {
  it('serves all 155 lesson URLs with 200; unwritten ones say "in preparation"', async () => {
    expect(curriculum.lessons).toHaveLength(155);
    let unwritten = 0;
    for (const l of curriculum.lessons) {
      const res = await fetch(baseUrl + l.path);
      expect(res.status, l.path).toBe(200);
      const html = await res.text();
      const h1 = /<h1 id="lesson-title"[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];
      expect(h1, l.path).toBe(l.title.replace(/&/g, '&amp;'));
      if (!isWritten(process.cwd(), l)) {
        unwritten += 1;
        expect(html.includes('This lesson is in preparation'), l.path).toBe(true);
      }
    }
    expect(unwritten).toBeGreaterThan(0);
  });

  it('serves the home page, the curriculum and every track page', async () => {
    for (const path of ['/', '/learn', ...curriculum.tracks.map((t) => t.path)]) {
      expect((await fetch(baseUrl + path)).status, path).toBe(200);
    }
  });

  it('answers 404 with a helpful page for made-up URLs', async () => {
    for (const path of ['/learn/computing-foundations/not-a-lesson', '/learn/not-a-track', '/nope']) {
      const res = await fetch(baseUrl + path);
      expect(res.status, path).toBe(404);
      const html = await res.text();
      expect(html.includes('We could not find that page'), path).toBe(true);
      expect(html.includes('href="/learn"'), path).toBe(true);
    }
  });

  it('gives two lessons with the same title distinct page titles', async () => {
    const twins = [curriculum.lessons[138]!, curriculum.lessons[150]!] as const;
    expect(twins[0].title).toBe(twins[1].title);
    const titles = await Promise.all(
      twins.map(async (l) => /<title>([^<]*)<\/title>/.exec(await (await fetch(baseUrl + l.path)).text())?.[1]),
    );
    expect(titles[0]).not.toBe(titles[1]);
  });

  it('makes canonical URLs absolute from SITE_URL', async () => {
    const html = await (await fetch(`${baseUrl}/learn`)).text();
    const canonical = /<link rel="canonical" href="([^"]+)">/.exec(html)?.[1];
    expect(canonical).toMatch(/^https?:\/\/[^/]+\/learn$/);
  });
});

describe('the home page and /learn', () => {
  it('lists 14 tracks with lesson counts and a start button', async () => {
    const page = await browser.newPage();
    await page.goto(baseUrl);
    await page.getByRole('link', { name: /Start with step 1/ }).click();
    await page.waitForURL(baseUrl + curriculum.lessons[0]!.path);
    await page.goto(`${baseUrl}/learn`);
    expect(await page.locator('section.track').count()).toBe(14);
    expect(await page.locator('section.track li').count()).toBe(155);
    expect(await page.getByText(/\d+\/\d+ written/).count()).toBe(14);
    await page.close();
  });
});

describe('layout and accessibility', () => {
  const paths = [
    '/',
    '/learn',
    curriculum.lessons[16]!.path,
    curriculum.lessons[86]!.path,
    curriculum.lessons[1]!.path,
  ];

  it('has no horizontal scroll at 375 px', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    for (const path of paths) {
      await page.goto(baseUrl + path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(375);
    }
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe violations in the ${scheme} theme`, async () => {
      const page = await browser.newPage({ colorScheme: scheme });
      for (const path of paths.slice(0, 3)) {
        await page.goto(baseUrl + path);
        const violations = await seriousViolations(page);
        expect(violations, `${path} (${scheme})`).toEqual([]);
      }
      await page.close();
    });
  }
});
