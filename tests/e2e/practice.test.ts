import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadProblem, problemSlugs } from '../../src/content-model/problems.ts';
import { seriousViolations } from './axe.ts';
import { launchChromium, learnerContext } from './browser.ts';
import { PASSWORD, signUp } from './learner-actions.ts';

const baseUrl = inject('baseUrl');
const problem = loadProblem(process.cwd(), 'stable-softmax');
const PROBLEM_PATH = '/practice/stable-softmax';
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

const editorText = (page: Page) =>
  page.locator('.workbench .cm-line').evaluateAll((lines) => lines.map((l) => l.textContent ?? '').join('\n'));

async function replaceCode(page: Page, code: string): Promise<void> {
  await page.locator('.workbench .cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(code);
}

async function submit(page: Page): Promise<string> {
  await page.getByRole('button', { name: /^Submit/ }).click();
  const verdict = page.locator('[data-verdict]');
  await verdict.waitFor({ timeout: 30_000 });
  return (await verdict.getAttribute('data-verdict')) ?? '';
}

describe('practice problems', () => {
  it('lists every problem and filters by difficulty and status, with counts', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/practice`);
    const rows = page.locator('[data-problem-list] > li');
    expect(await rows.count()).toBe(problemSlugs(process.cwd()).length);
    await page.getByLabel('Difficulty').selectOption('Hard');
    const hard = await rows.evaluateAll((els) => els.filter((e) => !(e as HTMLElement).hidden).length);
    expect(hard).toBeGreaterThan(0);
    expect(await page.locator('[data-shown-count]').innerText()).toBe(
      `Showing ${hard} of ${problemSlugs(process.cwd()).length}`,
    );
    expect(page.url()).toContain('difficulty=Hard');
    await page.getByLabel('Status').selectOption('solved');
    expect(await page.locator('[data-empty]').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Clear the filters' }).click();
    expect(await page.locator('[data-shown-count]').innerText()).toMatch(/^Showing (\d+) of \1$/);
    await page.close();
  });

  it('grades the starter as Wrong answer, explaining the first visible failure, then accepts a fix', async () => {
    const page = await browser.newPage();
    await page.goto(baseUrl + PROBLEM_PATH);
    await page.locator('.workbench .cm-content').waitFor();
    expect((await editorText(page)).trimEnd()).toBe(problem.starter.trimEnd());
    expect(await submit(page)).toBe('wrong_answer');
    const failure = page.locator('.test-list details[open]');
    expect(await failure.locator('.test-list__name').innerText()).toBe('huge_equal_logits');
    expect(await failure.locator('.test-list__message').innerText()).toBe('the result[0] is nan, expected 0.5');
    expect(await page.locator('[data-test="large_batch"] .test-list__hidden').count()).toBe(1);

    await replaceCode(page, problem.solution);
    await page.keyboard.press('Control+Enter');
    await page.locator('.verdict strong', { hasText: 'Visible tests pass' }).waitFor();
    expect(await page.locator('.test-list__item').count()).toBe(problem.cases.filter((c) => c.visible).length);
    expect(await submit(page)).toBe('accepted');
    expect(await page.locator('.verdict').innerText()).toContain(
      `${problem.cases.length} of ${problem.cases.length} tests pass`,
    );

    // The draft survives a reload in this browser.
    await page.reload();
    await page.getByText('Restored your last draft from this browser.').waitFor();
    expect((await editorText(page)).trimEnd()).toBe(problem.solution.trimEnd());
    await page.close();
  });

  it('keeps a signed-in learner solved problem and submissions across reloads', async () => {
    const context = await learnerContext(browser);
    const page = await context.newPage();
    await signUp(page, baseUrl, `practice-${Date.now()}@example.com`);

    await page.goto(baseUrl + PROBLEM_PATH);
    await page.getByText('No submissions yet.').waitFor();
    await replaceCode(page, problem.solution);
    expect(await submit(page)).toBe('accepted');
    expect(await page.locator('.verdict').innerText()).toContain('saved to your submissions');
    await page.locator('.submissions__list li').first().getByText('Accepted').waitFor();

    // A fresh browser profile has no local marks: the status comes from the account.
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${baseUrl}/practice`);
    await page.reload();
    const row = page.locator('[data-problem-list] > li[data-slug="stable-softmax"]');
    await expect.poll(() => row.getAttribute('data-status')).toBe('solved');
    expect(await row.locator('[data-status-label]').innerText()).toBe('✓ Solved');
    expect(await page.locator('[data-solved-summary]').innerText()).toMatch(/You have solved 1 of \d+\./);
    await context.close();
  });

  it('keeps a problem solved without an account once the learner signs up', async () => {
    const context = await learnerContext(browser);
    const page = await context.newPage();
    await page.goto(baseUrl + PROBLEM_PATH);
    await replaceCode(page, problem.solution);
    expect(await submit(page)).toBe('accepted');

    await signUp(page, baseUrl, `practice-anonymous-${Date.now()}@example.com`);
    expect(await page.evaluate(() => localStorage.getItem('leetllm:practice-solves:v1'))).toBeNull();
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${baseUrl}/practice`);
    const row = page.locator('[data-problem-list] > li[data-slug="stable-softmax"]');
    await expect.poll(() => row.getAttribute('data-status')).toBe('solved');
    await page.goto(baseUrl + PROBLEM_PATH);
    const merged = page.locator('.submissions__list li').first();
    await merged.getByText('Accepted').waitFor();
    await context.close();
  });

  it('merges such a solve from any page when sign-in skipped the form, and the open account page updates', async () => {
    const context = await learnerContext(browser);
    const page = await context.newPage();
    await page.goto(baseUrl + PROBLEM_PATH);
    await replaceCode(page, problem.solution);
    expect(await submit(page)).toBe('accepted');

    // As after a GitHub or Google sign-in: the session exists, the form's merge never ran.
    const credentials = { email: `practice-oauth-${Date.now()}@example.com`, password: PASSWORD, name: 'oauth' };
    const headers = { origin: baseUrl };
    expect((await page.request.post(`${baseUrl}/api/auth/sign-up/email`, { data: credentials, headers })).ok()).toBe(
      true,
    );
    expect((await page.request.post(`${baseUrl}/api/auth/sign-in/email`, { data: credentials, headers })).ok()).toBe(
      true,
    );
    const serverStatus = () =>
      page.evaluate(async () => {
        const r = await fetch('/api/practice', { cache: 'no-store' });
        return ((await r.json()) as { statuses: Record<string, string> }).statuses['stable-softmax'];
      });
    expect(await serverStatus()).toBeUndefined();
    // The account page loads the account while the header merges. Hold the merge until the account has
    // loaded, so the page first shows 0 and must then show the solve without a reload.
    let accountLoaded = (): void => undefined;
    const loaded = new Promise<void>((resolve) => (accountLoaded = resolve));
    page.on('response', (r) => {
      if (new URL(r.url()).pathname === '/api/account') accountLoaded();
    });
    await page.route('**/api/practice/merge', async (route) => {
      await loaded;
      await route.continue();
    });
    await page.goto(`${baseUrl}/account`);
    await page.getByText(/^0 of \d+ practice problems solved$/).waitFor();
    await page.getByText(/^1 of \d+ practice problems solved$/).waitFor();
    expect(await serverStatus()).toBe('solved');
    expect(await page.evaluate(() => localStorage.getItem('leetllm:practice-solves:v1'))).toBeNull();
    await context.close();
  });

  it('links the lesson it practises both ways', async () => {
    const page = await browser.newPage();
    await page.goto(baseUrl + PROBLEM_PATH);
    const lessonPath = `/learn/${problem.frontmatter.lessons[0]}`;
    await page.locator(`.practice-lessons a[href="${lessonPath}"]`).click();
    await page.waitForURL(baseUrl + lessonPath);
    await page.locator(`.practice-this a[href="${PROBLEM_PATH}"]`).waitFor();
    await page.close();
  });

  it('fits a phone and has no serious accessibility violations, with results shown', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width: 375, height: 800 }, colorScheme: scheme });
      for (const path of ['/practice', PROBLEM_PATH]) {
        await page.goto(baseUrl + path);
        if (path === PROBLEM_PATH) {
          await page.locator('.workbench .cm-content').waitFor();
          await submit(page);
        }
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(375);
        expect(await seriousViolations(page), `${path} (${scheme})`).toEqual([]);
      }
      await page.close();
    }
  });
});
