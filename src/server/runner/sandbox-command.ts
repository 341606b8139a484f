import type { RunLimits } from './run-types.ts';

/** The environment every run sees, in content:check and in the page alike (repeatable output). */
export const SANDBOX_ENV: Record<string, string> = {
  PATH: '/usr/bin:/bin',
  HOME: '/sandbox',
  LANG: 'C.UTF-8',
  XDG_CACHE_HOME: '/tmp/.cache',
  PYTHONHASHSEED: '0',
  PYTHONDONTWRITEBYTECODE: '1',
  PYTHONUNBUFFERED: '1',
  OMP_NUM_THREADS: '1',
  OPENBLAS_NUM_THREADS: '1',
  MKL_NUM_THREADS: '1',
  MPLBACKEND: 'Agg',
  MPLCONFIGDIR: '/mplconfig',
};

export interface SandboxSpec {
  python: string;
  launcherSource: string;
  limits: RunLimits;
  /** Drop to this user first (required when the server runs as root). */
  runAs: string | undefined;
  /** Process budget for RLIMIT_NPROC, which counts every process of the user on the host. */
  nproc: number;
  /** Prebuilt matplotlib font cache files to mount read-only into /mplconfig. */
  mplCacheFiles: string[];
}

const MiB = 1024 * 1024;

/** argv of the sandboxed run: [setpriv ...] bwrap ... python3 -I -c <launcher> limits... */
export function sandboxCommand(spec: SandboxSpec): string[] {
  const { limits } = spec;
  const drop = spec.runAs
    ? ['setpriv', `--reuid=${spec.runAs}`, `--regid=${spec.runAs}`, '--clear-groups', '--inh-caps=-all']
    : [];
  const mpl = spec.mplCacheFiles.flatMap((f) => ['--ro-bind', f, `/mplconfig/${f.split('/').pop() ?? ''}`]);
  const env = Object.entries(SANDBOX_ENV).flatMap(([k, v]) => ['--setenv', k, v]);
  return [
    ...drop,
    'bwrap',
    '--unshare-all',
    '--cap-drop',
    'ALL',
    '--die-with-parent',
    '--new-session',
    '--hostname',
    'sandbox',
    '--ro-bind',
    '/usr',
    '/usr',
    '--symlink',
    'usr/lib',
    '/lib',
    '--symlink',
    'usr/lib64',
    '/lib64',
    '--symlink',
    'usr/bin',
    '/bin',
    '--symlink',
    'usr/sbin',
    '/sbin',
    '--ro-bind-try',
    '/etc/alternatives',
    '/etc/alternatives',
    '--ro-bind-try',
    '/etc/ld.so.cache',
    '/etc/ld.so.cache',
    '--ro-bind-try',
    '/etc/matplotlibrc',
    '/etc/matplotlibrc',
    '--ro-bind-try',
    '/etc/fonts',
    '/etc/fonts',
    '--proc',
    '/proc',
    '--dev',
    '/dev',
    '--size',
    String(64 * MiB),
    '--tmpfs',
    '/tmp',
    '--size',
    String(64 * MiB),
    '--tmpfs',
    '/sandbox',
    '--size',
    String(8 * MiB),
    '--tmpfs',
    '/mplconfig',
    ...mpl,
    '--chdir',
    '/sandbox',
    '--clearenv',
    ...env,
    spec.python,
    '-I',
    '-c',
    spec.launcherSource,
    `cpu=${limits.cpuSeconds}`,
    `as=${limits.memoryMb * MiB}`,
    `nproc=${spec.nproc}`,
    `fsize=${limits.fileSizeMb * MiB}`,
    `nofile=${limits.openFiles}`,
  ];
}
