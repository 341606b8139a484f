/**
 * npm test: every check, cheapest first, stopping at the first failure. Missing system parts stop it at
 * once with the install command; nothing is skipped.
 */
import { spawnSync } from 'node:child_process';
import { ensureBuilt } from './lib/build.ts';
import { missingSystemParts, systemCheckMessage } from './lib/system-check.ts';

const missing = missingSystemParts();
if (missing.length > 0) {
  console.error(systemCheckMessage(missing));
  process.exit(1);
}

const steps: Array<[string, () => boolean]> = [
  // astro sync generates the astro:content types that typed lint needs on a fresh checkout.
  [
    'lint',
    () => sh('astro', ['sync']) && sh('eslint', ['--max-warnings', '0', '.']) && sh('prettier', ['--check', '.']),
  ],
  ['astro check', () => sh('astro', ['check'])],
  ['unit and integration tests', () => sh('vitest', ['run'])],
  ['content:check', () => sh(process.execPath, ['scripts/content-check.ts'])],
  ['build', () => (ensureBuilt(process.cwd()), true)],
  ['end-to-end tests (Chromium)', () => sh('vitest', ['run', '--config', 'vitest.e2e.config.ts'])],
];

function sh(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

const started = performance.now();
for (const [name, step] of steps) {
  const t = performance.now();
  console.log(`\n▶ ${name}`);
  if (!step()) {
    console.error(`\n✗ ${name} failed`);
    process.exit(1);
  }
  console.log(`✓ ${name} (${((performance.now() - t) / 1000).toFixed(1)} s)`);
}
console.log(`\nAll checks passed in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
