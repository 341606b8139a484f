import type { Page } from 'playwright-core';

/** What a learner does in the browser, shared by the e2e tests and scripts/feature-screenshots.ts. */
export const PASSWORD = 'correct horse battery staple';

/** Answers the quiz on the page with the first `right` questions right and the rest wrong, then submits. */
export async function answerQuiz(page: Page, key: number[], right: number): Promise<string> {
  const questions = page.locator('.quiz .question');
  for (let i = 0; i < key.length; i += 1) {
    const choice = i < right ? key[i]! : (key[i]! + 1) % 4;
    await questions.nth(i).locator('input[type="radio"]').nth(choice).check();
  }
  await page.getByRole('button', { name: 'Check my answers' }).click();
  const result = page.locator('#quiz-result');
  await result.waitFor();
  return result.innerText();
}

export async function signUp(page: Page, base: string, email: string): Promise<void> {
  await page.goto(`${base}/signup`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account', disabled: false }).click();
  await page.waitForURL(`${base}/account`);
}
