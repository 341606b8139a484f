import { spawn } from 'node:child_process';
import { constants as osConstants } from 'node:os';
import { checkRunner } from './availability.ts';
import { DEFAULT_LIMITS, type RunLimits, type RunOutcome, type RunResult } from './run-types.ts';
import { runnerSetup, processesOfUser } from './runner-setup.ts';
import { sandboxCommand } from './sandbox-command.ts';
import type { RunRequest } from './runner.ts';

function signalName(n: number): string | null {
  return Object.entries(osConstants.signals).find(([, v]) => v === n)?.[0] ?? null;
}

/**
 * Runs one program in a brand-new sandbox and interpreter (no warm pool). Each run pays for starting
 * Python and importing numpy/torch; the warm pool exists to avoid exactly that. Kept as the baseline
 * of `npm run bench:runner`.
 */
export async function runCold(request: RunRequest): Promise<RunOutcome> {
  const unavailable = checkRunner();
  if (unavailable) return unavailable;
  const setup = runnerSetup();
  const limits: RunLimits = { ...DEFAULT_LIMITS, ...request.limits };
  const MiB = 1024 * 1024;
  const nproc = setup.asRoot ? limits.processes : processesOfUser(process.getuid?.() ?? 0) + limits.processes;
  const argv = sandboxCommand(
    setup.spec,
    [
      '-c',
      setup.launcherSource,
      `cpu=${limits.cpuSeconds}`,
      `memory=${limits.memoryMb * MiB}`,
      `nproc=${nproc}`,
      `fsize=${limits.fileSizeMb * MiB}`,
      `nofile=${limits.openFiles}`,
    ],
    limits.fileSizeMb + 1,
  );
  return spawnOnce(argv, request.code, limits);
}

function spawnOnce(argv: string[], code: string, limits: RunLimits): Promise<RunResult> {
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
    // the sandbox may exit before reading all of stdin; its result says why
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
      const exitCode = status ?? 128 + (signal ? osConstants.signals[signal] : 0);
      resolve({
        ok: true,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        exitCode,
        signal: signal ?? (exitCode > 128 && exitCode < 160 ? signalName(exitCode - 128) : null),
        timedOut,
        truncated,
        durationMs: Math.round(performance.now() - started),
      });
    });
  });
}
