import { execFileSync } from 'node:child_process';
import { checkRunner, runnerPython, runnerUser } from './availability.ts';
import { detectCgroups } from './cgroups.ts';

export interface DoctorLine {
  check: string;
  ok: boolean;
  detail: string;
}

function version(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', timeout: 10_000 }).trim().split('\n')[0] ?? '';
  } catch {
    return '';
  }
}

/** Which isolation features are active on this host, for `npm run runner -- --doctor`. */
export function doctor(): DoctorLine[] {
  const unavailable = checkRunner();
  const asRoot = process.getuid?.() === 0;
  const cgroups = detectCgroups();
  const bwrap = version('bwrap', ['--version']);
  const python = version(runnerPython(), [
    '-c',
    'import numpy, torch, matplotlib, sys; print(sys.version.split()[0], numpy.__version__, torch.__version__, matplotlib.__version__)',
  ]);
  return [
    { check: 'runner available', ok: !unavailable, detail: unavailable ? unavailable.message : 'yes' },
    { check: 'bubblewrap', ok: bwrap !== '', detail: bwrap || 'missing (apt install bubblewrap)' },
    {
      check: 'python, numpy, torch, matplotlib',
      ok: python !== '',
      detail: python ? `${runnerPython()}: ${python}` : `${runnerPython()} lacks them`,
    },
    {
      check: 'runs execute as',
      ok: true,
      detail: asRoot
        ? `${runnerUser()} (dropped from root with setpriv)`
        : `the server's own user (uid ${process.getuid?.() ?? '?'}); run as root to use ${runnerUser()}`,
    },
    {
      check: 'namespaces',
      ok: bwrap !== '',
      detail: 'user, pid, net (loopback only), ipc, uts, cgroup, mount; all capabilities dropped',
    },
    {
      check: 'process and memory caps',
      ok: cgroups !== 'none',
      detail:
        cgroups === 'none'
          ? 'rlimits only (RLIMIT_NPROC, RLIMIT_AS): run the server as root on a host with writable cgroups for pids/memory caps'
          : `cgroup ${cgroups} (pids.max and memory limit per slot)`,
    },
    {
      check: 'per-run limits',
      ok: true,
      detail: 'RLIMIT_CPU, RLIMIT_FSIZE, RLIMIT_NOFILE, no core dumps, wall clock, output cap',
    },
  ];
}
