import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import type { RunnerUnavailable } from './run-types.ts';

export const INSTALL_HINT = 'sudo scripts/install-system-deps.sh';

/** The unprivileged user runs execute as when the server runs as root (RUNNER_USER overrides). */
export function runnerUser(): string {
  return process.env['RUNNER_USER'] ?? 'leetllm-runner';
}

/** Debian's interpreter with numpy, torch and matplotlib (RUNNER_PYTHON overrides). */
export function runnerPython(): string {
  return process.env['RUNNER_PYTHON'] ?? '/usr/bin/python3';
}
const MODULES: Record<string, string> = {
  numpy: 'python3-numpy',
  torch: 'python3-torch',
  matplotlib: 'python3-matplotlib',
};

function onPath(command: string): boolean {
  for (const dir of (process.env['PATH'] ?? '/usr/bin:/bin').split(':')) {
    try {
      accessSync(`${dir}/${command}`, constants.X_OK);
      return true;
    } catch {
      // not in this directory
    }
  }
  return false;
}

function userExists(name: string): boolean {
  try {
    execFileSync('id', ['-u', name], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function missingModules(python: string): string[] | undefined {
  try {
    const out = execFileSync(
      python,
      [
        '-I',
        '-c',
        `import importlib.util as u; print(' '.join(m for m in ${JSON.stringify(Object.keys(MODULES))} if u.find_spec(m) is None))`,
      ],
      { encoding: 'utf8', timeout: 10_000 },
    );
    return out.trim() === '' ? [] : out.trim().split(' ');
  } catch {
    return undefined;
  }
}

/** What is missing for sandboxed runs on this machine, or undefined when nothing is. */
export function checkRunner(): RunnerUnavailable | undefined {
  const missing: string[] = [];
  const install: string[] = [];
  if (!onPath('bwrap')) {
    missing.push('bubblewrap (bwrap)');
    install.push('bubblewrap');
  }
  if (process.getuid?.() === 0) {
    if (!onPath('setpriv')) {
      missing.push('setpriv');
      install.push('util-linux');
    }
    if (!userExists(runnerUser())) {
      missing.push(`the unprivileged user ${runnerUser()}`);
      install.push(`useradd --system --no-create-home ${runnerUser()}`);
    }
  }
  const python = runnerPython();
  const modules = missingModules(python);
  if (modules === undefined) {
    missing.push(`Python at ${python}`);
    install.push('python3', ...Object.values(MODULES));
  } else {
    for (const m of modules) {
      missing.push(`the Python module ${m}`);
      install.push(MODULES[m] ?? m);
    }
  }
  if (missing.length === 0) return undefined;
  return {
    ok: false,
    code: 'runner_unavailable',
    message: `Live code runs are unavailable: missing ${missing.join(', ')}. Install with: ${INSTALL_HINT}`,
    install,
  };
}
