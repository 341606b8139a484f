/**
 * npm run bench:pages: gzipped bytes of JS, CSS and HTML each page ships before any interaction, and the
 * time of a full `astro build`. Budget: a lesson page ships at most 25 kB of gzipped JS.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildFingerprint } from './lib/build.ts';

const JS_BUDGET = 25 * 1024;
const client = join('dist', 'client');
const pages: Record<string, string> = {
  home: 'index.html',
  learn: 'learn/index.html',
  'lesson (step 17)': 'learn/preparation-prerequisites/training-and-backpropagation/index.html',
  'lesson (step 87)': 'learn/transformer-deep-dives/scaled-dot-product-attention/index.html',
};

rmSync(join('dist', '.build-stamp'), { force: true });
const started = performance.now();
execFileSync('astro', ['build'], { stdio: 'ignore' });
const buildSeconds = (performance.now() - started) / 1000;
writeFileSync(join('dist', '.build-stamp'), buildFingerprint(process.cwd()));

const gz = (text: string | Buffer): number => gzipSync(text, { level: 9 }).length;
const kB = (n: number): string => `${(n / 1024).toFixed(1)} kB`;

console.log(`full astro build: ${buildSeconds.toFixed(1)} s\n`);
console.log('page                 HTML (gz)   CSS (gz)    JS (gz)   JS / budget');
let overBudget = false;
for (const [name, file] of Object.entries(pages)) {
  const html = readFileSync(join(client, file), 'utf8');
  const assets = (pattern: RegExp): string[] => [...new Set([...html.matchAll(pattern)].map((m) => m[1] ?? ''))];
  const css = assets(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g).concat(
    assets(/<link[^>]+href="([^"]+\.css)"[^>]+rel="stylesheet"/g),
  );
  const js = assets(/<script[^>]+src="([^"]+)"/g);
  const inlineJs = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1] ?? '')
    .join('\n');
  const cssBytes = [...new Set(css)].reduce((n, href) => n + gz(readFileSync(join(client, href))), 0);
  const jsBytes = js.reduce((n, src) => n + gz(readFileSync(join(client, src))), 0) + gz(inlineJs);
  const ratio = jsBytes / JS_BUDGET;
  if (name.startsWith('lesson') && ratio > 1) overBudget = true;
  console.log(
    `${name.padEnd(20)} ${kB(gz(html)).padStart(9)} ${kB(cssBytes).padStart(10)} ${kB(jsBytes).padStart(10)}   ${ratio.toFixed(2)}`,
  );
}
if (overBudget) {
  console.error('\na lesson page ships more than 25 kB of gzipped JS');
  process.exit(1);
}
