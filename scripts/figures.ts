/** npm run figures: runs every lesson's figures/*.py with Debian's Python, redrawing its SVGs in place. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runnerPython } from '../src/server/runner/availability.ts';

const root = process.cwd();
const lessons = join(root, 'content', 'lessons');
let failed = 0;
let drawn = 0;
for (const track of existsSync(lessons) ? readdirSync(lessons) : []) {
  for (const slug of readdirSync(join(lessons, track))) {
    const dir = join(lessons, track, slug, 'figures');
    if (!existsSync(dir)) continue;
    for (const script of readdirSync(dir).filter((f) => f.endsWith('.py'))) {
      const r = spawnSync(runnerPython(), [script], {
        cwd: dir,
        stdio: 'inherit',
        env: { ...process.env, PYTHONPATH: join(root, 'scripts', 'figures'), MPLBACKEND: 'Agg', PYTHONHASHSEED: '0' },
      });
      const ok = r.status === 0;
      console.log(`${ok ? 'drew' : 'FAILED'} ${track}/${slug}/figures/${script}`);
      if (ok) drawn += 1;
      else failed += 1;
    }
  }
}
console.log(`${drawn} figure scripts ran, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
