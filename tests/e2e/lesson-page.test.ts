import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadCurriculum, loadLessonSource } from '../../src/content-model/lessons.ts';
import { launchChromium } from './browser.ts';

const baseUrl = inject('baseUrl');
const curriculum = loadCurriculum(process.cwd());
const step = (n: number) => curriculum.lessons[n - 1]!;
const lesson17 = step(17);
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  await page.goto(baseUrl + lesson17.path);
});
afterAll(async () => {
  await browser.close();
});

describe('the lesson page (step 17)', () => {
  it('names the lesson and its track in the title, with breadcrumb and step', async () => {
    expect(await page.title()).toBe(`${lesson17.title} · ${lesson17.trackTitle} · LeetLLM`);
    const crumbs = await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('listitem').allInnerTexts();
    expect(crumbs.map((c) => c.replace('›', '').trim())).toEqual(['Learn', lesson17.trackTitle, lesson17.title]);
    const meta = page.locator('.lesson-header .lesson-meta');
    await expect(meta.isVisible()).resolves.toBe(true);
    expect(await meta.innerText()).toMatch(/Step 17 of 155[\s\S]*\d+ min read/);
  });

  it('renders math on the server as KaTeX markup', async () => {
    expect(await page.locator('.prose .katex').count()).toBeGreaterThan(5);
    expect(await page.locator('.prose .katex-display').count()).toBeGreaterThan(0);
    expect(await page.locator('script[src*="katex"]').count()).toBe(0);
  });

  it('shows code frames with titles and line numbers, each runnable one followed by its output', async () => {
    const source = loadLessonSource(process.cwd(), lesson17);
    const runnable = source.blocks.filter((b) => b.runnable);
    const frames = page.locator('.prose .expressive-code');
    const titles = await frames.locator('.title').allInnerTexts();
    for (const b of source.blocks) expect(titles).toContain(b.meta.title);
    expect(await frames.first().locator('.ln').count()).toBeGreaterThan(3);
    const outputs = page.locator('.prose .code-output');
    expect(await outputs.count()).toBe(runnable.length);
    for (const b of runnable) {
      const attached = await page.evaluate((title) => {
        const frame = [...document.querySelectorAll('.prose .expressive-code')].find(
          (f) => f.querySelector('.title')?.textContent === title,
        );
        const next = frame?.nextElementSibling;
        return next?.classList.contains('code-output') ? next.querySelector('samp')?.textContent : null;
      }, b.meta.title ?? '');
      expect(attached?.trim()).toBe(b.output?.value.trim());
    }
  });

  it('has figures with alt text and captions', async () => {
    const figures = page.locator('figure.lesson-figure');
    expect(await figures.count()).toBeGreaterThan(0);
    for (const fig of await figures.all()) {
      const svg = fig.locator('svg[role="img"]');
      const label = await svg.evaluate((el) => {
        const id = el.getAttribute('aria-labelledby');
        return id ? document.getElementById(id)?.textContent : '';
      });
      expect(label?.length).toBeGreaterThan(20);
      expect((await fig.locator('figcaption').innerText()).length).toBeGreaterThan(10);
    }
  });

  it('shows the mastery check with at least 7 quiz questions of 4 choices', async () => {
    const quiz = page.getByRole('form', { name: /Quiz/ });
    const questions = quiz.getByRole('group');
    expect(await questions.count()).toBeGreaterThanOrEqual(7);
    expect(await questions.first().getByRole('radio').count()).toBe(4);
    for (const heading of ['Key concepts', 'Pitfalls', 'References']) {
      expect(await page.getByRole('heading', { name: heading }).count()).toBe(1);
    }
    expect(await page.locator('a.cite').count()).toBeGreaterThan(2);
    expect(await page.locator('.references li[id^="ref-"]').count()).toBeGreaterThanOrEqual(3);
  });

  it('navigates to the next and previous lessons', async () => {
    const p = await browser.newPage();
    await p.goto(baseUrl + lesson17.path);
    await p.getByRole('navigation', { name: 'Previous and next lessons' }).getByRole('link', { name: /Next/ }).click();
    await p.waitForURL(baseUrl + step(18).path);
    expect(await p.locator('h1').innerText()).toBe(step(18).title);
    await p
      .getByRole('navigation', { name: 'Previous and next lessons' })
      .getByRole('link', { name: /Previous/ })
      .click();
    await p.waitForURL(baseUrl + lesson17.path);
    await p.close();
  });

  it('offers plain share links and no third-party scripts', async () => {
    const links = page.getByRole('region', { name: 'Share this lesson' }).getByRole('link');
    expect(await links.count()).toBe(7);
    const scripts = await page.locator('script[src]').evaluateAll((els) => els.map((e) => e.getAttribute('src') ?? ''));
    for (const src of scripts) expect(src.startsWith('/')).toBe(true);
  });

  it('switches code frames and figures with the theme toggle', async () => {
    const p = await browser.newPage({ colorScheme: 'light' });
    await p.goto(baseUrl + lesson17.path);
    const colours = () =>
      p.evaluate(() => ({
        code: getComputedStyle(document.querySelector('.expressive-code pre')!).backgroundColor,
        figure: getComputedStyle(document.querySelector('.lesson-figure svg')!).color,
        page: getComputedStyle(document.body).backgroundColor,
      }));
    const light = await colours();
    await p.getByRole('button', { name: 'Switch to dark theme' }).click();
    expect(await p.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    const dark = await colours();
    expect(dark.code).not.toBe(light.code);
    expect(dark.figure).not.toBe(light.figure);
    expect(dark.page).not.toBe(light.page);
    await p.reload();
    expect(await colours()).toEqual(dark);
    await p.close();
  });
});

describe('what dist/ holds', () => {
  it('contains no explanation text from any check.yaml', async () => {
    const { execFileSync } = await import('node:child_process');
    const { parseCheck } = await import('../../src/content-model/lessons.ts');
    const files = execFileSync('find', ['dist', '-type', 'f'], { encoding: 'utf8' }).trim().split('\n');
    const contents = files.map((f) => readFileSync(f).toString('utf8'));
    let checked = 0;
    for (const l of curriculum.lessons) {
      let text: string;
      try {
        text = readFileSync(`content/lessons/${l.trackId}/${l.slug}/check.yaml`, 'utf8');
      } catch {
        continue;
      }
      for (const q of parseCheck(text, 'check.yaml').questions) {
        const probe = q.explanation.slice(0, 60);
        checked += 1;
        for (const [i, c] of contents.entries()) expect(c.includes(probe), `${files[i]} leaks ${q.id}`).toBe(false);
      }
    }
    expect(checked).toBeGreaterThanOrEqual(21);
  });
});
