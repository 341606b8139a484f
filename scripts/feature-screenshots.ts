/**
 * Takes the Features page's screenshots, and the default social image, from a running LeetLLM:
 *   node scripts/feature-screenshots.ts http://127.0.0.1:4321   -> public/features/*.jpg, public/og.png
 * The server must accept sign-ups from this address (SITE_URL set to it). Light theme, 1280 x 800.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { loadCheck, loadCurriculum } from '../src/content-model/lessons.ts';
import { launchChromium } from '../tests/e2e/browser.ts';
import { answerQuiz, signUp } from '../tests/e2e/learner-actions.ts';

const base = process.argv[2];
if (!base) {
  console.error('usage: node scripts/feature-screenshots.ts <base-url>');
  process.exit(2);
}
const lesson = loadCurriculum(process.cwd()).lessons[16]!;
const key = loadCheck(process.cwd(), lesson).questions.map((q) => q.answer);
mkdirSync('public/features', { recursive: true });
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
const page = await context.newPage();

async function shot(name: string): Promise<void> {
  await page.waitForTimeout(300);
  await page.screenshot({ path: `public/features/${name}.jpg`, type: 'jpeg', quality: 78 });
  console.log(`public/features/${name}.jpg`);
}

async function scrollTo(
  target: Page['locator'] extends (s: string) => infer L ? L : never,
  offset: number,
): Promise<void> {
  await target.evaluate((el, dy) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - dy), offset);
}

await page.goto(base + lesson.path);
const firstCode = page.locator('.expressive-code').first();
await scrollTo(firstCode, 360);
await shot('lesson');

await page
  .getByRole('button', { name: /^Edit & Run/ })
  .first()
  .click();
await page.locator('.code-cell .cm-content').waitFor();
await page.locator('.code-cell__run').click();
await page.getByText('Output of your run').waitFor();
await scrollTo(page.locator('.code-cell'), 80);
await shot('live-code');

await page.goto(`${base}/practice/stable-softmax`);
await page.locator('.workbench .cm-content').waitFor();
await page.getByRole('button', { name: /^Submit/ }).click();
await page.locator('[data-verdict]').waitFor();
await shot('practice');

await signUp(page, base, `features-${Date.now()}@example.com`);
await page.goto(base + lesson.path);
await answerQuiz(page, key, key.length - 3);
await page.goto(`${base}/review`);
await page.locator('.review-card').waitFor();
await page.keyboard.press('1');
await page.keyboard.press('Enter');
await page.locator('.review-result').waitFor();
await page.keyboard.press('1');
await page.getByText('Card 2 of 3').waitFor();
await page.keyboard.press('2');
await page.keyboard.press('Enter');
await page.locator('.review-result').waitFor();
await scrollTo(page.locator('.review-card'), 24);
await shot('review');

await page.goto(`${base}/account`);
await page.locator('.account-review').waitFor();
await scrollTo(page.locator('#review-title'), 120);
await shot('account');

// The default social image: the brand and the promise, in the site's own fonts and colours.
const og = await browser.newPage({ viewport: { width: 1200, height: 630 }, colorScheme: 'light' });
await og.goto(`${base}/`);
await og.evaluate(() => {
  document.body.innerHTML = `
    <div style="box-sizing:border-box;width:1200px;height:630px;padding:88px;background:var(--bg);
      display:flex;flex-direction:column;justify-content:center;gap:28px;border-top:16px solid var(--accent)">
      <div style="font:700 44px var(--font-ui);color:var(--accent)">LeetLLM</div>
      <div style="font:600 64px/1.15 var(--font-prose);color:var(--text);max-width:980px">
        Learn AI and LLM engineering by running the code.</div>
      <div style="font:400 30px var(--font-ui);color:var(--muted)">
        155 lessons · practice graded by hidden tests · spaced review · open source</div>
    </div>`;
});
await og.waitForTimeout(300);
await og.screenshot({ path: 'public/og.png' });
console.log('public/og.png');
await browser.close();
