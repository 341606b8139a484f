/** Per-run limits. Every run gets all of them; callers override some. */
export interface RunLimits {
  /** CPU seconds before SIGXCPU. */
  cpuSeconds: number;
  /** Wall-clock seconds before the whole sandbox is killed. */
  wallSeconds: number;
  /** Memory the program may use on top of the preloaded modules, in MiB. */
  memoryMb: number;
  /** Processes and threads the program may have at once. */
  processes: number;
  /** Bytes of stdout + stderr kept; past it the run is stopped and marked truncated. */
  outputBytes: number;
  /** Largest file, and the size of the work directory, in MiB. */
  fileSizeMb: number;
  /** Open file descriptors. */
  openFiles: number;
}

export const DEFAULT_LIMITS: RunLimits = {
  cpuSeconds: 10,
  wallSeconds: 15,
  memoryMb: 1024,
  processes: 64,
  outputBytes: 64 * 1024,
  fileSizeMb: 16,
  openFiles: 256,
};

export interface RunResult {
  ok: true;
  stdout: string;
  stderr: string;
  /** The program's exit code; 128 + n when signal n ended it (SIGXCPU from the CPU limit is 152). */
  exitCode: number;
  /** The signal that ended the program, if one did. */
  signal: string | null;
  timedOut: boolean;
  truncated: boolean;
  /** The kernel killed the program for using more memory than its cap (cgroup hosts). */
  memoryExceeded?: boolean;
  durationMs: number;
}

/** The runner cannot run code on this machine; `install` says what to install. */
export interface RunnerUnavailable {
  ok: false;
  code: 'runner_unavailable';
  message: string;
  install: string[];
}

/** Every slot is busy and the queue is full: try again shortly (HTTP 503). */
export interface RunnerBusy {
  ok: false;
  code: 'runner_busy';
  message: string;
  retryAfterSeconds: number;
}

export type RunOutcome = RunResult | RunnerUnavailable | RunnerBusy;
