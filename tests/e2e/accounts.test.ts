import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadCheck, loadCurriculum } from '../../src/content-model/lessons.ts';
import { launchChromium } from './browser.ts';
import { answerQuiz, PASSWORD, signUp } from './learner-actions.ts';

const root = process.cwd();
const curriculum = loadCurriculum(root);
const lesson17 = curriculum.lessons[16]!;
const lesson1 = curriculum.lessons[0]!;
const key17 = loadCheck(root, lesson17).questions.map((q) => q.answer);
const key1 = loadCheck(root, lesson1).questions.map((q) => q.answer);
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

async function signIn(page: Page, base: string, email: string): Promise<void> {
  await page.goto(`${base}/login`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', disabled: false }).click();
  await page.waitForURL(`${base}/account`);
}

const sidebarLink = (page: Page, path: string) => page.locator(`nav.sidebar a[href="${path}"]`);

for (const [engine, base] of [
  ['SQLite', inject('baseUrl')],
  ['PostgreSQL', inject('baseUrlPostgres')],
] as const) {
  describe(`the learner's journey on ${engine}`, () => {
    let context: BrowserContext;
    afterAll(async () => {
      await context.close();
    });

    it('signs up, fails then passes a mastery check, and keeps the completion across reloads and sign-ins', async () => {
      context = await browser.newContext();
      const page = await context.newPage();
      const email = `journey-${engine.toLowerCase()}@example.com`;
      await signUp(page, base, email);
      await page.getByText('0 of 155 lessons completed').waitFor();

      await page.goto(base + lesson17.path);
      const failing = Math.floor(key17.length * 0.75);
      const fail = await answerQuiz(page, key17, failing);
      expect(fail).toContain(`${failing} of ${key17.length} right`);
      expect(fail).toContain('Not passed yet');
      expect(await page.locator('.question__feedback').count()).toBe(key17.length);

      await page.getByRole('button', { name: 'Try again' }).click();
      const pass = await answerQuiz(page, key17, failing + 1);
      expect(pass).toContain('Passed: this lesson is complete.');
      await sidebarLink(page, lesson17.path).and(page.locator('.is-done')).waitFor();

      await page.reload();
      await page.getByText(/You completed this lesson on/).waitFor();
      await sidebarLink(page, lesson17.path).and(page.locator('.is-done')).waitFor();
      expect(await page.locator('nav.sidebar [data-progress-label]').innerText()).toBe('1 of 155 completed');

      await page.goto(`${base}/account`);
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL(`${base}/`);
      await page.goto(base + lesson17.path);
      expect(await page.getByText(/You completed this lesson on/).count()).toBe(0);

      await signIn(page, base, email);
      await page.getByText('1 of 155 lessons completed').waitFor();
      await page.goto(base + lesson17.path);
      await page.getByText(/You completed this lesson on/).waitFor();
    });

    it('moves an anonymous learner’s completion into the account made afterwards', async () => {
      const anon = await browser.newContext();
      const page = await anon.newPage();
      await page.goto(base + lesson1.path);
      const result = await answerQuiz(page, key1, key1.length);
      expect(result).toContain('Passed');
      await page.goto(`${base}/learn`);
      await page.locator(`a[data-lesson-link][href="${lesson1.path}"].is-done`).waitFor();

      await signUp(page, base, `anon-${engine.toLowerCase()}@example.com`);
      await page.getByText('1 of 155 lessons completed').waitFor();
      expect(await page.locator('.account-tracks').innerText()).toContain('Computing Foundations\n1/6');
      await anon.close();
    });

    it('refuses a common password with a message on the form', async () => {
      const page = await browser.newPage();
      await page.goto(`${base}/signup`);
      await page.getByLabel('E-mail').fill(`weak-${engine.toLowerCase()}@example.com`);
      await page.getByLabel('Password').fill('password123');
      await page.getByRole('button', { name: 'Create account' }).click();
      await expect(page.getByRole('alert').innerText()).resolves.toMatch(/common/);
      await page.close();
    });
  });
}
