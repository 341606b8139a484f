import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runnerPython, runnerUser } from './availability.ts';
import { prepareMplCache } from './mpl-cache.ts';
import type { SandboxSpec } from './sandbox-command.ts';

export interface RunnerSetup {
  spec: SandboxSpec;
  /** Python sources started inside the sandbox with `python3 -I -c`, so no project file is mounted. */
  launcherSource: string;
  forkServerSource: string;
  asRoot: boolean;
}

let cached: RunnerSetup | undefined;

export function runnerDir(): string {
  return process.env['RUNNER_DIR'] ?? join(process.cwd(), 'runner');
}

/** What every sandbox of this process shares; built once (the matplotlib cache build takes ~1 s). */
export function runnerSetup(): RunnerSetup {
  if (cached) return cached;
  const asRoot = process.getuid?.() === 0;
  const python = runnerPython();
  cached = {
    spec: { python, runAs: asRoot ? runnerUser() : undefined, mplCacheFiles: prepareMplCache(python) },
    launcherSource: readFileSync(join(runnerDir(), 'launch.py'), 'utf8'),
    forkServerSource: readFileSync(join(runnerDir(), 'fork_server.py'), 'utf8'),
    asRoot,
  };
  return cached;
}

/** Processes a user already has: RLIMIT_NPROC counts them all, so a fallback budget must add them. */
export function processesOfUser(uid: number): number {
  let count = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (statSync(`/proc/${entry}`).uid === uid) count += 1;
    } catch {
      // the process ended while we looked
    }
  }
  return count;
}
