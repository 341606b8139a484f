import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteUrl } from '../../src/site-url.ts';

const INPUTS = ['src', 'content', 'public', 'runner', 'astro.config.ts', 'package-lock.json'];
const STAMP = join('dist', '.build-stamp');

function* files(path: string): Generator<string> {
  if (!existsSync(path)) return;
  const stat = statSync(path);
  if (!stat.isDirectory()) {
    yield path;
    return;
  }
  for (const entry of readdirSync(path).sort()) yield* files(join(path, entry));
}

/** A fingerprint of everything the build reads, plus SITE_URL (canonical URLs are baked into pages). */
export function buildFingerprint(root: string): string {
  const hash = createHash('sha256').update(siteUrl());
  for (const input of INPUTS) {
    for (const file of files(join(root, input))) {
      const s = statSync(file);
      hash.update(`${file}\0${s.size}\0${s.mtimeMs}\0`);
    }
  }
  return hash.digest('hex');
}

/** Builds the site unless dist/ already holds a build of exactly these inputs. Returns whether it built. */
export function ensureBuilt(root: string): boolean {
  const fingerprint = buildFingerprint(root);
  const stamp = join(root, STAMP);
  if (
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8') === fingerprint &&
    existsSync(join(root, 'dist/server/entry.mjs'))
  ) {
    return false;
  }
  execFileSync('astro', ['build'], { cwd: root, stdio: 'inherit' });
  writeFileSync(stamp, fingerprint);
  return true;
}
