import { availableParallelism } from 'node:os';
import { checkRunner } from './availability.ts';
import type { RunnerUnavailable } from './run-types.ts';
import { detectCgroups, type CgroupMode } from './cgroups.ts';
import { DEFAULT_LIMITS, type RunLimits, type RunOutcome, type RunResult } from './run-types.ts';
import { Slot } from './slot.ts';

export interface PoolOptions {
  /** Warm slots, each running one program at a time (default: one per core). */
  size?: number;
  /** Runs that may wait for a slot before new ones are refused with runner_busy. */
  maxQueue?: number;
}

interface Waiting {
  code: string;
  limits: RunLimits;
  resolve: (outcome: RunOutcome) => void;
}

/**
 * Slots started by this process, across pools: a cgroup keeps its name until its last process is gone,
 * so a pool created after another one was closed must not reuse a slot name.
 */
let slotsStarted = 0;

/** A run's result shows the slot misbehaved: it is replaced rather than reused. */
function misbehaved(r: RunResult): boolean {
  return r.timedOut || r.truncated || r.memoryExceeded === true || r.exitCode >= 128;
}

/**
 * The warm pool: `size` sandboxes, each a fork server with numpy/torch imported, and a bounded queue.
 * A full queue answers runner_busy at once instead of piling requests up.
 */
export class RunnerPool {
  readonly size: number;
  readonly maxQueue: number;
  readonly cgroupMode: CgroupMode;
  private readonly slots = new Set<Slot>();
  private readonly idle: Slot[] = [];
  private readonly queue: Waiting[] = [];
  private starting = 0;
  private failedStarts = 0;
  private closed = false;
  /** Set when this host cannot run code (what to install); the pool then starts no slots. */
  readonly unavailable: RunnerUnavailable | undefined;

  constructor(options: PoolOptions = {}) {
    this.size = options.size ?? Math.max(1, availableParallelism());
    this.maxQueue = options.maxQueue ?? this.size * 8;
    this.cgroupMode = detectCgroups();
    this.unavailable = checkRunner();
    if (!this.unavailable) for (let i = 0; i < this.size; i += 1) this.startSlot();
  }

  async run(code: string, limits: Partial<RunLimits> = {}): Promise<RunOutcome> {
    if (this.unavailable) return this.unavailable;
    const full: RunLimits = { ...DEFAULT_LIMITS, ...limits };
    const slot = this.idle.pop();
    if (slot) return this.runOn(slot, code, full);
    if (this.queue.length >= this.maxQueue) {
      return {
        ok: false,
        code: 'runner_busy',
        message: 'Every sandbox is busy and the queue is full. Try again in a few seconds.',
        retryAfterSeconds: 5,
      };
    }
    return new Promise((resolve) => this.queue.push({ code, limits: full, resolve }));
  }

  /** Waits until every slot has started (useful before measuring). */
  async warm(): Promise<void> {
    while (this.starting > 0) await new Promise((r) => setTimeout(r, 20));
  }

  close(): void {
    this.closed = true;
    for (const slot of this.slots) slot.kill();
    for (const waiting of this.queue.splice(0)) {
      waiting.resolve({
        ok: false,
        code: 'runner_busy',
        message: 'The runner is shutting down.',
        retryAfterSeconds: 5,
      });
    }
  }

  private async runOn(slot: Slot, code: string, limits: RunLimits): Promise<RunOutcome> {
    const result = await slot.run(code, limits);
    if (misbehaved(result) || slot.dead) {
      slot.kill();
    } else {
      this.release(slot);
    }
    return result;
  }

  private release(slot: Slot): void {
    const next = this.queue.shift();
    if (next) {
      void this.runOn(slot, next.code, next.limits).then(next.resolve);
    } else {
      this.idle.push(slot);
    }
  }

  private startSlot(): void {
    if (this.closed) return;
    slotsStarted += 1;
    this.starting += 1;
    let started = false;
    const slot = new Slot(`slot-${process.pid}-${slotsStarted}`, this.cgroupMode, (dead) => {
      this.slots.delete(dead);
      const at = this.idle.indexOf(dead);
      if (at !== -1) this.idle.splice(at, 1);
      // A slot that never started points at a broken host: back off instead of spinning.
      const delay = started ? 0 : Math.min(30_000, 250 * 2 ** this.failedStarts);
      setTimeout(() => this.startSlot(), delay).unref();
    });
    this.slots.add(slot);
    slot.ready.then(
      () => {
        started = true;
        this.failedStarts = 0;
        this.starting -= 1;
        this.release(slot);
      },
      (e: unknown) => {
        this.failedStarts += 1;
        this.starting -= 1;
        console.error(`runner: ${e instanceof Error ? e.message : String(e)}`);
        slot.kill();
      },
    );
  }
}
