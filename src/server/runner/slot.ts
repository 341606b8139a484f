import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSlotCgroup, type CgroupMode, type SlotCgroup } from './cgroups.ts';
import { encodeFrame, FrameReader } from './framing.ts';
import type { RunLimits, RunResult } from './run-types.ts';
import { processesOfUser, runnerSetup } from './runner-setup.ts';
import { mplMountPath, sandboxCommand } from './sandbox-command.ts';

const MiB = 1024 * 1024;
/** Processes of the slot besides the program's own: the fork server and the per-run supervisor. */
const SLOT_OVERHEAD_PROCESSES = 2;
/** Seconds past the wall-clock limit after which we stop waiting for the fork server itself. */
const WATCHDOG_GRACE_SECONDS = 10;

interface Pending {
  resolve: (result: RunResult) => void;
  watchdog: NodeJS.Timeout;
  limits: RunLimits;
  oomBefore: number;
}

/**
 * One warm sandbox: a fork server with numpy, torch and matplotlib imported, serving one run at a time.
 * A slot whose run misbehaved, or whose server died, is discarded by the pool and a new one started.
 */
export class Slot {
  readonly ready: Promise<void>;
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly reader = new FrameReader();
  private readonly cgroup: SlotCgroup | undefined;
  private pending: Pending | undefined;
  private nextId = 0;
  private baselineMemory = 0;
  private stderrTail = '';
  dead = false;
  readonly name: string;
  private readonly cgroupMode: CgroupMode;
  private readonly onDeath: (slot: Slot) => void;

  constructor(name: string, cgroupMode: CgroupMode, onDeath: (slot: Slot) => void) {
    this.name = name;
    this.cgroupMode = cgroupMode;
    this.onDeath = onDeath;
    const setup = runnerSetup();
    this.cgroup = createSlotCgroup(cgroupMode, name, 1024, 2 ** 40);
    const program = ['-c', setup.forkServerSource, ...setup.spec.mplCacheFiles.map(mplMountPath)];
    const sandbox = sandboxCommand(setup.spec, program, 17);
    // The first process joins the slot's cgroups by itself, before dropping privileges, so nothing
    // started later (bwrap, the fork server, every run) escapes them.
    const argv = this.cgroup
      ? [
          '/bin/sh',
          '-c',
          'while [ "$1" != -- ]; do echo $$ > "$1"; shift; done; shift; exec "$@"',
          'sh',
          ...this.cgroup.procsFiles,
          '--',
          ...sandbox,
        ]
      : sandbox;
    const [command, ...args] = argv;
    this.child = spawn(command ?? 'false', args, { stdio: ['pipe', 'pipe', 'pipe'], detached: true, env: {} });
    this.child.stderr.on('data', (chunk: Buffer) => {
      this.stderrTail = (this.stderrTail + chunk.toString('utf8')).slice(-2000);
    });
    this.child.stdin.on('error', () => this.die());
    this.ready = new Promise((resolve, reject) => {
      let started = false;
      this.child.stdout.on('data', (chunk: Buffer) => {
        for (const frame of this.reader.push(chunk)) {
          if (!started) {
            started = true;
            this.baselineMemory = this.memoryUsage();
            resolve();
            continue;
          }
          this.finish(frame as Omit<RunResult, 'ok'> & { id: number });
        }
      });
      this.child.on('exit', () => {
        if (!started) reject(new Error(`the fork server did not start: ${this.stderrTail.trim() || 'no output'}`));
        this.die();
      });
      this.child.on('error', (e) => reject(e));
    });
  }

  get busy(): boolean {
    return this.pending !== undefined;
  }

  /** Runs one program; resolves with its result (never rejects: a dead server is a killed run). */
  run(code: string, limits: RunLimits): Promise<RunResult> {
    if (this.pending) throw new Error(`slot ${this.name} is busy`);
    this.applyLimits(limits);
    return new Promise((resolve) => {
      const watchdog = setTimeout(() => this.kill(), (limits.wallSeconds + WATCHDOG_GRACE_SECONDS) * 1000);
      this.pending = { resolve, watchdog, limits, oomBefore: this.cgroup?.oomKills() ?? 0 };
      const byCgroup = this.cgroup !== undefined;
      this.child.stdin.write(
        encodeFrame({
          id: (this.nextId += 1),
          code,
          limits: {
            cpu: limits.cpuSeconds,
            wall: limits.wallSeconds,
            memory: limits.memoryMb * MiB,
            memoryByRlimit: !byCgroup,
            output: limits.outputBytes,
            fsize: limits.fileSizeMb * MiB,
            nofile: limits.openFiles,
            // Without a pids cgroup, RLIMIT_NPROC is the fallback; it counts every process of the user.
            nproc: byCgroup ? 0 : processesOfUser(this.runnerUid()) + limits.processes,
          },
        }),
      );
    });
  }

  /** Kills the whole sandbox; every descendant goes with it (PID namespace, --die-with-parent). */
  kill(): void {
    try {
      if (this.child.pid !== undefined) process.kill(-this.child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    this.die();
  }

  private finish(frame: Omit<RunResult, 'ok'> & { id: number }): void {
    const { id, ...result } = frame;
    const pending = this.pending;
    if (!pending || id !== this.nextId) return;
    clearTimeout(pending.watchdog);
    this.pending = undefined;
    const memoryExceeded = (this.cgroup?.oomKills() ?? 0) > pending.oomBefore;
    const stderr = memoryExceeded
      ? `${result.stderr}${result.stderr.endsWith('\n') || result.stderr === '' ? '' : '\n'}MemoryError: the program used more than its ${pending.limits.memoryMb} MiB memory limit and was stopped\n`
      : result.stderr;
    pending.resolve({ ok: true, ...result, stderr, ...(memoryExceeded ? { memoryExceeded } : {}) });
  }

  private die(): void {
    if (this.dead) return;
    this.dead = true;
    const pending = this.pending;
    this.pending = undefined;
    if (pending) {
      clearTimeout(pending.watchdog);
      pending.resolve({
        ok: true,
        stdout: '',
        stderr: 'The sandbox stopped during this run (the program ended its own runner); it has been restarted.\n',
        exitCode: 137,
        signal: 'SIGKILL',
        timedOut: false,
        truncated: false,
        durationMs: 0,
      });
    }
    this.cgroup?.remove();
    this.onDeath(this);
  }

  private applyLimits(limits: RunLimits): void {
    if (this.cgroupMode === 'v1') {
      const base = `/sys/fs/cgroup/pids/leetllm-runner/${this.name}`;
      writeFileSync(join(base, 'pids.max'), String(limits.processes + SLOT_OVERHEAD_PROCESSES));
      this.writeMemoryLimit(`/sys/fs/cgroup/memory/leetllm-runner/${this.name}`, 'memory.limit_in_bytes', limits);
    } else if (this.cgroupMode === 'v2') {
      const base = `/sys/fs/cgroup/leetllm-runner/${this.name}`;
      writeFileSync(join(base, 'pids.max'), String(limits.processes + SLOT_OVERHEAD_PROCESSES));
      this.writeMemoryLimit(base, 'memory.max', limits);
    }
  }

  private writeMemoryLimit(dir: string, file: string, limits: RunLimits): void {
    const bytes = String(this.baselineMemory + limits.memoryMb * MiB);
    if (file === 'memory.limit_in_bytes') {
      // v1 refuses a memory limit above memsw's, so raise memsw first when it exists.
      try {
        writeFileSync(join(dir, 'memory.memsw.limit_in_bytes'), String(2 ** 40));
      } catch {
        // no swap accounting
      }
      writeFileSync(join(dir, file), bytes);
      try {
        writeFileSync(join(dir, 'memory.memsw.limit_in_bytes'), bytes);
      } catch {
        // no swap accounting
      }
      return;
    }
    writeFileSync(join(dir, file), bytes);
  }

  private memoryUsage(): number {
    const file =
      this.cgroupMode === 'v1'
        ? `/sys/fs/cgroup/memory/leetllm-runner/${this.name}/memory.usage_in_bytes`
        : `/sys/fs/cgroup/leetllm-runner/${this.name}/memory.current`;
    try {
      return Number(readFileSync(file, 'utf8').trim()) + 64 * MiB;
    } catch {
      return 0;
    }
  }

  private runnerUid(): number {
    const setup = runnerSetup();
    if (!setup.spec.runAs) return process.getuid?.() ?? 0;
    const line = readFileSync('/etc/passwd', 'utf8')
      .split('\n')
      .find((l) => l.startsWith(`${setup.spec.runAs}:`));
    return Number(line?.split(':')[2] ?? 0);
  }
}
