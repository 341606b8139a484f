import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunOutcome, RunResult } from '../../src/server/runner/run-types.ts';
import { runCold } from '../../src/server/runner/cold-run.ts';
import { closeRunner, run, runnerPool } from '../../src/server/runner/runner.ts';

function ok(outcome: RunOutcome): RunResult {
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

const SECRET = 'project-secret-7f3a';
const secretFiles = [
  join(process.cwd(), 'data', 'runner-test-secret.txt'),
  join(process.cwd(), 'runner-test-secret.txt'),
];

describe('the warm runner pool (bubblewrap sandbox)', () => {
  beforeAll(async () => {
    await runnerPool().warm();
    mkdirSync('data', { recursive: true });
    for (const f of secretFiles) writeFileSync(f, SECRET, { mode: 0o600 });
  });
  afterAll(() => {
    closeRunner();
    for (const f of secretFiles) rmSync(f, { force: true });
  });

  it('runs numpy and reports stdout, stderr, exit code and duration', async () => {
    const r = ok(
      await run({ code: 'import numpy as np, sys\nprint(np.arange(4).sum())\nprint("note", file=sys.stderr)' }),
    );
    expect(r).toMatchObject({ stdout: '6\n', stderr: 'note\n', exitCode: 0, timedOut: false, truncated: false });
    expect(r.durationMs).toBeGreaterThan(0);
  });

  it('uses the repeatable environment and a fixed script name and directory', async () => {
    const r = ok(
      await run({
        code: 'import os, sys\nprint(os.getcwd(), sys.argv[0], os.environ["PYTHONHASHSEED"], os.environ["OPENBLAS_NUM_THREADS"], hash("a") == hash("a"))\nraise SystemExit(3)',
      }),
    );
    expect(r.stdout).toBe('/sandbox/run main.py 0 1 True\n');
    expect(r.exitCode).toBe(3);
  });

  it('runs as an unprivileged user with no capabilities', async () => {
    const r = ok(
      await run({
        code: 'import os\nprint(os.getuid() != 0, open("/proc/self/status").read().split("CapEff:")[1].split()[0])',
      }),
    );
    expect(r.stdout).toBe('True 0000000000000000\n');
  });

  it('stops a CPU-bound loop at the CPU limit', async () => {
    const r = ok(await run({ code: 'while True:\n    pass', limits: { cpuSeconds: 1, wallSeconds: 10 } }));
    expect(r.signal).toBe('SIGXCPU');
    expect(r.exitCode).toBe(152);
    expect(r.timedOut).toBe(false);
  });

  it('stops a program that uses more memory than its cap', async () => {
    const r = ok(await run({ code: 'x = bytearray(2 * 1024**3)\nprint(len(x))', limits: { memoryMb: 512 } }));
    expect(r.exitCode).not.toBe(0);
    expect(r.stderr).toContain('MemoryError');
    expect(r.stdout).toBe('');
    if (runnerPool().cgroupMode !== 'none') expect(r.memoryExceeded).toBe(true);
  });

  it('cuts output at the output cap and marks it truncated', async () => {
    const r = ok(await run({ code: 'while True:\n    print("x" * 99)', limits: { outputBytes: 4096 } }));
    expect(r.truncated).toBe(true);
    expect(r.stdout.length + r.stderr.length).toBe(4096);
  });

  it('kills a sleeping program at the wall-clock limit', async () => {
    const r = ok(await run({ code: 'import time\ntime.sleep(60)', limits: { wallSeconds: 1 } }));
    expect(r.timedOut).toBe(true);
    expect(r.durationMs).toBeLessThan(5000);
  });

  it('caps the number of processes', async () => {
    const code = [
      'import os, time',
      'n = 0',
      'try:',
      '    while n < 1000:',
      '        if os.fork() == 0:',
      '            time.sleep(3); os._exit(0)',
      '        n += 1',
      'except OSError as e:',
      '    print("fork refused after", n, type(e).__name__)',
    ].join('\n');
    const r = ok(await run({ code, limits: { processes: 16 } }));
    expect(r.stdout).toMatch(/^fork refused after (1[0-5]) BlockingIOError\n$/);
  });

  it('sees no network', async () => {
    const r = ok(await run({ code: 'import socket\nprint([n for _, n in socket.if_nameindex()])' }));
    expect(r.stdout).toBe("['lo']\n");
  });

  it('cannot see root-only files, the project checkout or data/', async () => {
    const paths = ['/root', '/etc/shadow', process.cwd(), join(process.cwd(), 'data'), ...secretFiles];
    const code = `import os\nfor p in ${JSON.stringify(paths)}:\n    print(os.path.exists(p))\nprint(sorted(os.listdir("/")))`;
    const r = ok(await run({ code }));
    const lines = r.stdout.trim().split('\n');
    expect(lines.slice(0, paths.length)).toEqual(paths.map(() => 'False'));
    expect(lines.at(-1)).toBe(
      "['bin', 'dev', 'etc', 'lib', 'lib64', 'mplconfig', 'proc', 'sandbox', 'sbin', 'tmp', 'usr']",
    );
    expect(r.stdout).not.toContain(SECRET);
  });

  it('cannot write outside its tmpfs', async () => {
    const r = ok(await run({ code: 'open("/usr/evil", "w")' }));
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/Read-only file system|Permission denied/);
  });

  it('runs a program in a cold sandbox too (the benchmark baseline), with the same paths', async () => {
    const r = ok(await runCold({ code: 'import os, sys\nprint(os.getcwd(), sys.argv[0])\nraise ValueError("x")' }));
    expect(r.stdout).toBe('/sandbox/run main.py\n');
    expect(r.stderr).toContain('File "/sandbox/run/main.py", line 3');
    expect(r.exitCode).toBe(1);
  });

  it('returns a typed runner_unavailable result naming what to install', async () => {
    const saved = process.env['RUNNER_PYTHON'];
    process.env['RUNNER_PYTHON'] = '/nonexistent/python3';
    try {
      const r = await runCold({ code: 'print(1)' });
      expect(r.ok).toBe(false);
      if (r.ok || r.code !== 'runner_unavailable')
        throw new Error(`expected runner_unavailable, got ${JSON.stringify(r)}`);
      expect(r.install).toContain('python3-numpy');
      expect(r.message).toContain('sudo scripts/install-system-deps.sh');
    } finally {
      if (saved === undefined) delete process.env['RUNNER_PYTHON'];
      else process.env['RUNNER_PYTHON'] = saved;
    }
  });
});
