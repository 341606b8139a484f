import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postgresBinDir } from '../../scripts/lib/system-check.ts';
import { freePort } from './free-port.ts';

export interface Postgres {
  url: string;
  stop: () => void;
}

/**
 * A throwaway PostgreSQL cluster for tests: initdb into a temp dir, pg_ctl start on a free port, trust
 * auth on 127.0.0.1. PostgreSQL refuses to run as root, so as root it runs as the postgres user. Tests
 * run it with fsync off for speed; `durable` keeps PostgreSQL's own default (fsync on every commit) for
 * benchmarks whose figures should hold in production.
 */
export async function startPostgres({ durable = false }: { durable?: boolean } = {}): Promise<Postgres> {
  const bin = postgresBinDir();
  if (!bin) throw new Error('PostgreSQL server binaries not found: sudo scripts/install-system-deps.sh');
  const dir = mkdtempSync(join(tmpdir(), 'leetllm-pg-'));
  const asRoot = process.getuid?.() === 0;
  const run = (command: string, args: string[]): void => {
    const argv = asRoot ? ['runuser', '-u', 'postgres', '--', command, ...args] : [command, ...args];
    const r = spawnSync(argv[0] ?? command, argv.slice(1), { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${command} failed: ${r.stderr || r.stdout}`);
  };
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const port = await freePort();
  run(join(bin, 'initdb'), ['-D', join(dir, 'db'), '-A', 'trust', '-U', 'postgres', '--no-sync']);
  run(join(bin, 'pg_ctl'), [
    '-D',
    join(dir, 'db'),
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1${durable ? '' : ' -c fsync=off'}`,
    '-l',
    join(dir, 'log'),
    '-w',
    'start',
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      try {
        run(join(bin, 'pg_ctl'), ['-D', join(dir, 'db'), '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
