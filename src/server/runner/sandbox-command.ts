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
  /** Drop to this user first (required when the server runs as root). */
  runAs: string | undefined;
  /** Prebuilt matplotlib font cache files to mount read-only into /mplconfig. */
  mplCacheFiles: string[];
}

const MiB = 1024 * 1024;

/** Mount points of the sandbox that every run may write to (all tmpfs, wiped between pool runs). */
export function mplMountPath(file: string): string {
  return `/mplconfig/${file.split('/').pop() ?? ''}`;
}

/**
 * argv that starts `program` (an absolute path inside the sandbox) with `args` in a fresh sandbox:
 * [setpriv ...] bwrap ... program args...
 */
export function sandboxCommand(spec: SandboxSpec, program: string[], workSizeMb: number): string[] {
  const drop = spec.runAs
    ? ['setpriv', `--reuid=${spec.runAs}`, `--regid=${spec.runAs}`, '--clear-groups', '--inh-caps=-all']
    : [];
  const mpl = spec.mplCacheFiles.flatMap((f) => ['--ro-bind', f, mplMountPath(f)]);
  const env = Object.entries(SANDBOX_ENV).flatMap(([k, v]) => ['--setenv', k, v]);
  const roBindTry = (path: string): string[] => ['--ro-bind-try', path, path];
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
    ...['lib', 'lib64', 'bin', 'sbin'].flatMap((d) => ['--symlink', `usr/${d}`, `/${d}`]),
    ...roBindTry('/etc/alternatives'),
    ...roBindTry('/etc/ld.so.cache'),
    ...roBindTry('/etc/matplotlibrc'),
    ...roBindTry('/etc/fonts'),
    '--proc',
    '/proc',
    '--dev',
    '/dev',
    '--size',
    String(64 * MiB),
    '--tmpfs',
    '/tmp',
    '--size',
    String(workSizeMb * MiB),
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
    ...program,
  ];
}
