/**
 * Screenshots pages at 375 px and 1366 px, light and dark, for a visual review.
 *   node scripts/screenshots.ts http://127.0.0.1:4321 /learn /learn/x/y  -> screenshots/*.png
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from '../tests/e2e/browser.ts';

const [base, ...paths] = process.argv.slice(2);
if (!base || paths.length === 0) {
  console.error('usage: node scripts/screenshots.ts <base-url> <path> [path...]');
  process.exit(2);
}
mkdirSync('screenshots', { recursive: true });
const browser = await launchChromium();
for (const path of paths) {
  for (const width of [375, 1366]) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      await page.goto(base + path, { waitUntil: 'networkidle' });
      const name = `${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${width}-${scheme}.png`;
      await page.screenshot({ path: `screenshots/${name}`, fullPage: process.env['FULL'] === '1' });
      console.log(`screenshots/${name}`);
      await page.close();
    }
  }
}
await browser.close();
