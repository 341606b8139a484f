import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** How process and memory caps are enforced on this host. */
export type CgroupMode = 'v2' | 'v1' | 'none';

export interface SlotCgroup {
  /** cgroup.procs files the slot's first process writes its pid into before dropping privileges. */
  procsFiles: string[];
  /** Reads how many times the kernel's OOM killer fired in this cgroup so far. */
  oomKills: () => number;
  remove: () => void;
}

const ROOT = '/sys/fs/cgroup';
const GROUP = 'leetllm-runner';

function writable(path: string): boolean {
  try {
    mkdirSync(path, { recursive: true });
    return true;
  } catch {
    return false;
  }
}

/** Which cgroup version we can use: creating groups needs root (RUNNER_CGROUPS=off forces rlimits). */
export function detectCgroups(): CgroupMode {
  if (process.getuid?.() !== 0 || process.env['RUNNER_CGROUPS'] === 'off') return 'none';
  if (existsSync(join(ROOT, 'cgroup.controllers'))) {
    const controllers = readFileSync(join(ROOT, 'cgroup.controllers'), 'utf8');
    if (controllers.includes('pids') && controllers.includes('memory') && writable(join(ROOT, GROUP))) {
      try {
        writeFileSync(join(ROOT, 'cgroup.subtree_control'), '+pids +memory');
        writeFileSync(join(ROOT, GROUP, 'cgroup.subtree_control'), '+pids +memory');
        return 'v2';
      } catch {
        return 'none';
      }
    }
    return 'none';
  }
  if (existsSync(join(ROOT, 'pids', 'cgroup.procs')) && existsSync(join(ROOT, 'memory', 'cgroup.procs'))) {
    return writable(join(ROOT, 'pids', GROUP)) && writable(join(ROOT, 'memory', GROUP)) ? 'v1' : 'none';
  }
  return 'none';
}

function countOomKills(file: string): number {
  try {
    const match = /^oom_kill (\d+)$/m.exec(readFileSync(file, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

function removeDir(path: string): void {
  try {
    rmdirSync(path);
  } catch {
    // still has processes (it is emptied when they exit) or already gone
  }
}

/** Creates the cgroup of one pool slot with its process and memory caps. */
export function createSlotCgroup(
  mode: CgroupMode,
  name: string,
  maxProcesses: number,
  memoryBytes: number,
): SlotCgroup | undefined {
  if (mode === 'v2') {
    const dir = join(ROOT, GROUP, name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'pids.max'), String(maxProcesses));
    writeFileSync(join(dir, 'memory.max'), String(memoryBytes));
    if (existsSync(join(dir, 'memory.swap.max'))) writeFileSync(join(dir, 'memory.swap.max'), '0');
    return {
      procsFiles: [join(dir, 'cgroup.procs')],
      oomKills: () => countOomKills(join(dir, 'memory.events')),
      remove: () => removeDir(dir),
    };
  }
  if (mode === 'v1') {
    const pids = join(ROOT, 'pids', GROUP, name);
    const memory = join(ROOT, 'memory', GROUP, name);
    mkdirSync(pids, { recursive: true });
    mkdirSync(memory, { recursive: true });
    writeFileSync(join(pids, 'pids.max'), String(maxProcesses));
    if (existsSync(join(memory, 'memory.memsw.limit_in_bytes'))) {
      try {
        // v1 refuses a memory limit above memsw's: raise memsw first when the group already existed.
        writeFileSync(join(memory, 'memory.memsw.limit_in_bytes'), String(memoryBytes));
      } catch {
        // swap accounting off
      }
    }
    writeFileSync(join(memory, 'memory.limit_in_bytes'), String(memoryBytes));
    if (existsSync(join(memory, 'memory.memsw.limit_in_bytes'))) {
      try {
        writeFileSync(join(memory, 'memory.memsw.limit_in_bytes'), String(memoryBytes));
      } catch {
        // swap accounting off: nothing to cap
      }
    }
    return {
      procsFiles: [join(pids, 'cgroup.procs'), join(memory, 'cgroup.procs')],
      oomKills: () => countOomKills(join(memory, 'memory.oom_control')),
      remove: () => {
        removeDir(pids);
        removeDir(memory);
      },
    };
  }
  return undefined;
}
