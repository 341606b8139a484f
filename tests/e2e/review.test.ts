import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadCheck, loadCurriculum } from '../../src/content-model/lessons.ts';
import { seriousViolations } from './axe.ts';
import { launchChromium, learnerContext } from './browser.ts';
import { answerQuiz, signUp } from './learner-actions.ts';

const baseUrl = inject('baseUrl');
const root = process.cwd();
const lesson = loadCurriculum(root).lessons[16]!;
const questions = loadCheck(root, lesson).questions;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

/** Takes the lesson's quiz with two questions wrong. */
async function missTwo(page: Page): Promise<void> {
  await page.goto(baseUrl + lesson.path);
  const key = questions.map((q) => q.answer);
  expect(await answerQuiz(page, key, key.length - 2)).toContain('joined your review deck');
}

/** The answer of the card on screen, found from its link to the question in the lesson. */
async function answerOnScreen(page: Page): Promise<number> {
  const href = (await page.locator('.review-progress a').getAttribute('href')) ?? '';
  const id = href.split('#q-')[1];
  return questions.find((q) => q.id === id)!.answer;
}

/** Reviews the card on screen with the keyboard only: a digit to choose, Enter, a digit to rate. */
async function reviewByKeyboard(page: Page, right: boolean, ratingKey: string): Promise<void> {
  const answer = await answerOnScreen(page);
  const choice = right ? answer : (answer + 1) % 4;
  await page.keyboard.press(String(choice + 1));
  await page.keyboard.press('Enter');
  await page.locator('.review-result').waitFor();
  expect(await page.locator('.review-verdict').innerText()).toMatch(right ? /^Right/ : /^Not quite/);
  await page.keyboard.press(ratingKey);
}

describe('reviewing missed questions', () => {
  it('runs a keyboard-only session from the header link to the summary (signed in)', async () => {
    const context = await learnerContext(browser);
    const page = await context.newPage();
    await signUp(page, baseUrl, `review-${Date.now()}@example.com`);
    await missTwo(page);
    const badge = page.locator('[data-review-due]');
    await expect.poll(() => badge.innerText()).toBe('2');

    await page.locator('a[data-nav="review"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/review`);
    await page.locator('.review-card').waitFor();
    expect(await page.locator('.review-progress').innerText()).toMatch(/^Card 1 of 2/);
    await reviewByKeyboard(page, true, '3');
    await page.getByText('Card 2 of 2').waitFor();
    await reviewByKeyboard(page, false, '1');

    const summary = page.locator('.review-summary');
    await summary.waitFor();
    expect(await summary.locator('[data-review-summary]').innerText()).toBe(
      'You reviewed 2 cards and answered 1 right.',
    );
    expect(await summary.innerText()).toMatch(/Your next card is due tomorrow/);
    await expect.poll(() => badge.isHidden()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`${baseUrl}/account`);
    await page
      .locator('.account-review')
      .getByText(/Measured retention: 50% of 2 reviews/)
      .waitFor();
    expect(await page.locator('[data-streak]').innerText()).toBe('1 day in a row, today included (your longest).');
    await context.close();
  });

  it('keeps an anonymous deck in the browser and merges it into a new account', async () => {
    const context = await learnerContext(browser);
    const page = await context.newPage();
    await missTwo(page);
    await page.goto(`${baseUrl}/review`);
    await page.locator('.review-card').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await reviewByKeyboard(page, true, '4');
    await page.getByText('Card 2 of 2').waitFor();

    await signUp(page, baseUrl, `review-anon-${Date.now()}@example.com`);
    await page
      .locator('.account-review')
      .getByText(/2 cards in your deck: 1 new, 0 learning, 1 in review/)
      .waitFor();
    await page.goto(`${baseUrl}/review`);
    expect(await page.locator('.review-progress').innerText()).toMatch(/^Card 1 of 1/);
    await context.close();
  });
});
