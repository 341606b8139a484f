import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { constants as osConstants } from 'node:os';
import { checkRunner, runnerPython, runnerUser } from './availability.ts';
import { prepareMplCache } from './mpl-cache.ts';
import { DEFAULT_LIMITS, type RunLimits, type RunOutcome, type RunResult } from './run-types.ts';
import { sandboxCommand } from './sandbox-command.ts';

export interface RunRequest {
  code: string;
  limits?: Partial<RunLimits>;
}

interface RunnerSetup {
  launcherSource: string;
  mplCacheFiles: string[];
}

let setup: RunnerSetup | undefined;

function runnerDir(): string {
  return process.env['RUNNER_DIR'] ?? join(process.cwd(), 'runner');
}

/** Processes the current user already has: RLIMIT_NPROC counts them too when we cannot switch user. */
function processesOfCurrentUser(): number {
  const uid = process.getuid?.() ?? 0;
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

function signalNumber(signal: NodeJS.Signals): number {
  return osConstants.signals[signal];
}

/**
 * Runs one Python program in a fresh sandbox: an unprivileged user, bubblewrap with every namespace
 * unshared (no network), a read-only system, a tmpfs work dir, a scrubbed environment and hard limits.
 * A machine without the sandbox's parts gets a typed `runner_unavailable` result, never an exception.
 */
export async function run(request: RunRequest): Promise<RunOutcome> {
  const unavailable = checkRunner();
  if (unavailable) return unavailable;
  setup ??= {
    launcherSource: readFileSync(join(runnerDir(), 'launch.py'), 'utf8'),
    mplCacheFiles: prepareMplCache(runnerPython()),
  };
  const limits: RunLimits = { ...DEFAULT_LIMITS, ...request.limits };
  const asRoot = process.getuid?.() === 0;
  const argv = sandboxCommand({
    python: runnerPython(),
    launcherSource: setup.launcherSource,
    limits,
    runAs: asRoot ? runnerUser() : undefined,
    nproc: asRoot ? limits.processes : processesOfCurrentUser() + limits.processes,
    mplCacheFiles: setup.mplCacheFiles,
  });
  return spawnSandbox(argv, request.code, limits);
}

function spawnSandbox(argv: string[], code: string, limits: RunLimits): Promise<RunResult> {
  const [command, ...args] = argv;
  if (command === undefined) throw new Error('empty sandbox command');
  const started = performance.now();
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], detached: true, env: {} });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  let kept = 0;
  let truncated = false;
  let timedOut = false;

  const kill = (): void => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  const collect = (into: Buffer[]) => (chunk: Buffer) => {
    if (truncated) return;
    const room = limits.outputBytes - kept;
    if (chunk.length > room) {
      into.push(chunk.subarray(0, room));
      kept = limits.outputBytes;
      truncated = true;
      kill();
      return;
    }
    into.push(chunk);
    kept += chunk.length;
  };
  child.stdout.on('data', collect(out));
  child.stderr.on('data', collect(err));
  child.stdin.on('error', () => {
    // the sandbox may exit before reading all of stdin (e.g. killed); its result says why
  });
  child.stdin.end(code);
  const timer = setTimeout(() => {
    timedOut = true;
    kill();
  }, limits.wallSeconds * 1000);

  return new Promise((resolve, reject) => {
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      // bwrap reports a program killed by signal n as exit status 128 + n.
      const exitCode = status ?? 128 + (signal ? signalNumber(signal) : 0);
      const killedBy = exitCode > 128 && exitCode < 160 ? signalName(exitCode - 128) : null;
      resolve({
        ok: true,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        exitCode,
        signal: signal ?? killedBy,
        timedOut,
        truncated,
        durationMs: Math.round(performance.now() - started),
      });
    });
  });
}

function signalName(n: number): string | null {
  const entry = Object.entries(osConstants.signals).find(([, v]) => v === n);
  return entry ? entry[0] : null;
}
