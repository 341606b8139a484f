import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Matplotlib rebuilds its font list on every import into an empty config dir (~1 s, plus a warning on
 * stderr). We build it once per machine, outside the sandbox, and mount it read-only into every run.
 */
export function prepareMplCache(python: string): string[] {
  const dir = join(tmpdir(), `leetllm-mplconfig-${process.getuid?.() ?? 0}`);
  const existing = (): string[] => {
    try {
      return readdirSync(dir)
        .filter((f) => /^fontlist-.*\.json$/.test(f))
        .map((f) => join(dir, f));
    } catch {
      return [];
    }
  };
  if (existing().length > 0) return existing();
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  chmodSync(dir, 0o755);
  try {
    execFileSync(python, ['-I', '-c', 'import matplotlib.font_manager'], {
      env: { PATH: '/usr/bin:/bin', MPLCONFIGDIR: dir, MPLBACKEND: 'Agg', HOME: dir },
      stdio: 'ignore',
      timeout: 60_000,
    });
  } catch {
    return [];
  }
  const files = existing();
  for (const f of files) chmodSync(f, 0o644);
  return files;
}
