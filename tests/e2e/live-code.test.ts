import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadCurriculum, loadLessonSource } from '../../src/content-model/lessons.ts';
import { launchChromium } from './browser.ts';

const baseUrl = inject('baseUrl');
const lesson = loadCurriculum(process.cwd()).lessons[16]!;
const firstBlock = loadLessonSource(process.cwd(), lesson).blocks.find((b) => b.runnable)!;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

async function openFirstCell(page: Page): Promise<void> {
  await page.getByRole('button', { name: `Edit & Run ${firstBlock.meta.title}` }).click();
  await page.locator('.code-cell .cm-content').waitFor();
}

const editorText = (page: Page) =>
  page.locator('.code-cell .cm-line').evaluateAll((lines) => lines.map((l) => l.textContent ?? '').join('\n'));

describe('live code on a lesson page', () => {
  it('loads no editor code until a learner asks for it', async () => {
    const page = await browser.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(baseUrl + lesson.path);
    expect(scripts.some((s) => s.includes('mount'))).toBe(false);
    await openFirstCell(page);
    expect(scripts.some((s) => s.includes('mount'))).toBe(true);
    await page.close();
  });

  it('opens the exact block source; running it unchanged prints the committed output', async () => {
    const page = await browser.newPage();
    await page.goto(baseUrl + lesson.path);
    await openFirstCell(page);
    expect(await editorText(page)).toBe(firstBlock.code);
    await page.getByRole('button', { name: /^Run/ }).click();
    await page.getByText('Output of your run').waitFor();
    const printed = await page.locator('.code-cell__output samp').first().textContent();
    expect(printed?.trimEnd()).toBe(firstBlock.output?.value.trimEnd());
    await expect(page.getByText(/Exit status 0 · \d+ ms/).isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('runs an edit with Ctrl+Enter, shows stderr apart, disables Run while running, and resets', async () => {
    const page = await browser.newPage();
    await page.goto(baseUrl + lesson.path);
    await openFirstCell(page);
    await page.locator('.code-cell .cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(
      '\nimport sys, time\ntime.sleep(0.5)\nprint("learner line")\nprint("careful", file=sys.stderr)',
    );
    await page.keyboard.press('Control+Enter');
    const run = page.locator('.code-cell__run');
    await expect(run.isDisabled()).resolves.toBe(true);
    await page.getByText('Output of your run').waitFor();
    expect(await run.isDisabled()).toBe(false);
    expect(await page.locator('.code-cell__output').innerText()).toContain('learner line');
    expect((await page.locator('.code-cell__stderr').innerText()).trim()).toBe('careful');
    await page.getByRole('button', { name: 'Reset' }).click();
    expect(await editorText(page)).toBe(firstBlock.code);
    await page.getByRole('button', { name: 'Close' }).click();
    expect(await page.locator('.code-cell').count()).toBe(0);
    await page.close();
  });

  it('says when the runner is unavailable and still shows the committed output', async () => {
    const page = await browser.newPage();
    await page.route('**/api/run', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'runner_unavailable', message: 'missing bubblewrap (bwrap).' } }),
      }),
    );
    await page.goto(baseUrl + lesson.path);
    await openFirstCell(page);
    await page.getByRole('button', { name: /^Run/ }).click();
    await expect(page.getByRole('alert').innerText()).resolves.toContain('Live runs are unavailable here');
    const shown = await page.locator('.code-cell__output samp').textContent();
    expect(shown?.trimEnd()).toBe(firstBlock.output?.value.trimEnd());
    await page.close();
  });

  it('works on a phone without scrolling the page sideways', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 }, hasTouch: true });
    await page.goto(baseUrl + lesson.path);
    await openFirstCell(page);
    await page.getByRole('button', { name: /^Run/ }).click();
    await page.getByText('Output of your run').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.close();
  });
});
