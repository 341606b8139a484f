import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunLimits, RunOutcome, RunResult } from '../../src/server/runner/run-types.ts';
import { RunnerPool } from '../../src/server/runner/pool.ts';

/** Adversarial programs against the warm pool; each test asserts the safe outcome. */
let pool: RunnerPool;
let tcp: Server;
let tcpPort = 0;
const SECRET = 'leetllm-secret-3b1d';
const secretFile = join(process.cwd(), 'data', 'security-test-secret.txt');

async function run(code: string, limits: Partial<RunLimits> = {}): Promise<RunResult> {
  const outcome: RunOutcome = await pool.run(code, limits);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

const py = (...lines: string[]): string => lines.join('\n');

beforeAll(async () => {
  process.env['LEETLLM_SERVER_SECRET'] = SECRET;
  mkdirSync('data', { recursive: true });
  writeFileSync(secretFile, SECRET, { mode: 0o600 });
  tcp = createServer((socket) => socket.end(SECRET));
  await new Promise<void>((resolve) => tcp.listen(0, '127.0.0.1', resolve));
  const address = tcp.address();
  tcpPort = typeof address === 'object' && address ? address.port : 0;
  pool = new RunnerPool({ size: 2 });
  await pool.warm();
});

afterAll(() => {
  pool.close();
  tcp.close();
  rmSync(secretFile, { force: true });
  delete process.env['LEETLLM_SERVER_SECRET'];
});

describe('reading what is not the program’s', () => {
  it('cannot read /etc/shadow', async () => {
    const r = await run('print(open("/etc/shadow").read())');
    expect(r.stderr).toMatch(/FileNotFoundError|PermissionError/);
    expect(r.stdout).toBe('');
  });

  it('cannot see the project checkout, home directories or the data directory', async () => {
    const paths = [process.cwd(), join(process.cwd(), 'data'), secretFile, '/root', '/home', '/work', '/var'];
    const r = await run(`import os\nprint([os.path.exists(p) for p in ${JSON.stringify(paths)}])`);
    expect(r.stdout).toBe(`[${paths.map(() => 'False').join(', ')}]\n`);
  });

  it('cannot see the server’s environment variables', async () => {
    const r = await run('import os\nprint(sorted(os.environ))\nprint(open("/proc/1/environ", "rb").read())');
    expect(r.stdout).not.toContain('LEETLLM_SERVER_SECRET');
    expect(r.stdout).not.toContain(SECRET);
  });

  it('cannot read its parent’s environ or memory (the runner is non-dumpable); its cmdline holds no secret', async () => {
    const r = await run(
      py(
        'import os',
        'for name in ("environ", "mem"):',
        '    try:',
        '        open(f"/proc/{os.getppid()}/{name}", "rb").read(64)',
        '        print(name, "read")',
        '    except OSError as e:',
        '        print(name, type(e).__name__)',
        'print(open(f"/proc/{os.getppid()}/cmdline", "rb").read().decode(errors="replace"))',
      ),
    );
    expect(r.stdout.startsWith('environ PermissionError\nmem PermissionError\n')).toBe(true);
    expect(r.stdout).not.toContain(SECRET);
    expect(r.stdout).not.toContain(process.cwd());
  });

  it('sees only the sandbox’s own processes in /proc', async () => {
    const r = await run('import os\nprint(len([p for p in os.listdir("/proc") if p.isdigit()]))');
    expect(Number(r.stdout)).toBeLessThanOrEqual(4);
  });

  it('cannot read another run’s files, nor import a module a previous run planted', async () => {
    await run(
      py(
        'import os',
        'for d in ("/tmp", "/sandbox", "/sandbox/run", "/dev/shm", "/mplconfig"):',
        '    try:',
        '        open(os.path.join(d, "planted.py"), "w").write("print(\\"PLANTED\\")")',
        '    except OSError:',
        '        pass',
        'os.makedirs("/tmp/.cache/x", exist_ok=True)',
      ),
    );
    for (let i = 0; i < 2; i += 1) {
      const r = await run(
        py(
          'import os, sys',
          'sys.path[:0] = ["/tmp", "/sandbox", "/dev/shm", "/mplconfig"]',
          'print(sorted(os.listdir("/tmp")), sorted(os.listdir("/sandbox")), sorted(os.listdir("/sandbox/run")))',
          'try:',
          '    import planted',
          'except ImportError:',
          '    print("no planted module")',
        ),
      );
      expect(r.stdout).toBe("[] ['run'] ['main.py']\nno planted module\n");
    }
  });

  it('does not leak seeds, globals or module state into the next run', async () => {
    await run(
      py(
        'import builtins, random, sys, numpy as np, torch',
        'builtins.leaked = 1',
        'random.seed(1); np.random.seed(1); torch.manual_seed(1)',
        'np.set_printoptions(precision=1)',
        'sys.modules["leaky"] = sys',
      ),
    );
    const probe = py(
      'import builtins, random, sys, numpy as np, torch',
      'print(hasattr(builtins, "leaked"), "leaky" in sys.modules, np.get_printoptions()["precision"])',
      'print(random.random(), np.random.rand(), torch.rand(1).item())',
    );
    const a = await run(probe);
    const b = await run(probe);
    expect(a.stdout.split('\n')[0]).toBe('False False 8');
    const first = a.stdout.split('\n')[1];
    expect(first).not.toBe(b.stdout.split('\n')[1]);
    // Seeded with 1, random.random() would print 0.13436424411240122; fresh entropy gives another value.
    expect(first).not.toContain('0.13436424411240122');
  });
});

describe('reaching out', () => {
  it('cannot open a TCP connection, even to 127.0.0.1', async () => {
    const r = await run(
      py('import socket', `s = socket.create_connection(("127.0.0.1", ${tcpPort}), timeout=2)`, 'print(s.recv(100))'),
    );
    expect(r.stdout).not.toContain(SECRET);
    expect(r.stderr).toMatch(/ConnectionRefusedError|OSError/);
  });

  it('cannot send UDP or resolve names', async () => {
    const r = await run(
      py(
        'import socket',
        'u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)',
        'try:',
        '    u.sendto(b"x", ("8.8.8.8", 53)); print("udp sent")',
        'except OSError as e:',
        '    print("udp", type(e).__name__)',
        'try:',
        '    socket.getaddrinfo("example.com", 80); print("resolved")',
        'except OSError as e:',
        '    print("dns", type(e).__name__)',
        'print([n for _, n in socket.if_nameindex()])',
      ),
    );
    expect(r.stdout).toBe("udp OSError\ndns gaierror\n['lo']\n");
  });
});

describe('exhausting resources', () => {
  it('survives a fork bomb', async () => {
    const r = await run('import os\nwhile True:\n    os.fork()', { wallSeconds: 5 });
    expect(r.exitCode).not.toBe(0);
  });

  it('stops a memory bomb without touching the server', async () => {
    const r = await run('chunks = []\nwhile True:\n    chunks.append(bytearray(50 * 1024 * 1024))', { memoryMb: 256 });
    expect(r.exitCode).not.toBe(0);
    expect(r.stderr).toContain('MemoryError');
    expect(process.memoryUsage().rss).toBeLessThan(2 * 1024 ** 3);
  });

  it('stops an infinite loop at the CPU limit', async () => {
    const r = await run('while True:\n    pass', { cpuSeconds: 1 });
    expect(r.signal).toBe('SIGXCPU');
  });

  it('stops CPU spinning in threads (CPU time counts every thread)', async () => {
    const r = await run(
      py(
        'import threading',
        'def spin():',
        '    while True:',
        '        pass',
        'for _ in range(4):',
        '    threading.Thread(target=spin, daemon=True).start()',
        'spin()',
      ),
      { cpuSeconds: 1, wallSeconds: 8 },
    );
    expect(r.signal === 'SIGXCPU' || r.timedOut).toBe(true);
    expect(r.durationMs).toBeLessThan(8000);
  });

  it('cuts 100 MB of output at the output cap', async () => {
    const r = await run('import sys\nfor _ in range(1000):\n    sys.stdout.write("x" * 100_000)');
    expect(r.truncated).toBe(true);
    expect(r.stdout.length + r.stderr.length).toBeLessThanOrEqual(64 * 1024);
  });

  it('cannot fill the disk with a huge file in /tmp or the work dir', async () => {
    const r = await run(
      py(
        'import os',
        'for path in ("/tmp/big", "/sandbox/run/big"):',
        '    try:',
        '        with open(path, "wb") as f:',
        '            for _ in range(200):',
        '                f.write(b"\\0" * 1024 * 1024)',
        '    except OSError as e:',
        '        print(path, type(e).__name__)',
        '    print(path, os.path.getsize(path))',
      ),
    );
    expect(r.stdout).toBe('/tmp/big OSError\n/tmp/big 16777216\n/sandbox/run/big OSError\n/sandbox/run/big 16777216\n');
  });

  it('kills a program sleeping past the wall clock', async () => {
    const r = await run('import time\ntime.sleep(60)', { wallSeconds: 1 });
    expect(r.timedOut).toBe(true);
  });

  it('kills a background grandchild that outlives the run', async () => {
    const r = await run(
      py(
        'import os, time',
        'if os.fork() == 0:',
        '    os.setsid()',
        '    if os.fork() == 0:',
        '        time.sleep(2)',
        '        open("/tmp/survivor", "w").write("alive")',
        '    os._exit(0)',
        'print("parent done")',
      ),
    );
    expect(r.stdout).toBe('parent done\n');
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const after = await run(
      'import os\nprint(os.path.exists("/tmp/survivor"), len([p for p in os.listdir("/proc") if p.isdigit()]))',
    );
    expect(after.stdout.split(' ')[0]).toBe('False');
    expect(Number(after.stdout.split(' ')[1])).toBeLessThanOrEqual(4);
  });

  it('limits open files and threads', async () => {
    const r = await run(
      py(
        'import threading, time',
        'files = []',
        'try:',
        '    for _ in range(10_000):',
        '        files.append(open("/dev/null"))',
        'except OSError as e:',
        '    print("files stopped at", len(files) < 10_000, type(e).__name__)',
        'threads = 0',
        'try:',
        '    for _ in range(10_000):',
        '        threading.Thread(target=time.sleep, args=(5,), daemon=True).start()',
        '        threads += 1',
        'except RuntimeError as e:',
        '    print("threads stopped at", threads < 10_000)',
      ),
    );
    expect(r.stdout).toContain('files stopped at True OSError');
    expect(r.stdout).toContain('threads stopped at True');
  });
});

describe('attacking the runner', () => {
  it('killing its parent only costs the run; the slot is replaced', async () => {
    const r = await run('import os, signal\nos.kill(os.getppid(), signal.SIGKILL)\nimport time\ntime.sleep(1)');
    expect(r.exitCode).not.toBe(0);
    expect((await run('print(6 * 7)')).stdout).toBe('42\n');
  });

  it('signalling every process it can reach stays inside the sandbox', async () => {
    const r = await run('import os, signal\nos.kill(-1, signal.SIGKILL)');
    expect(r.exitCode).not.toBe(0);
    expect((await run('print("still here")')).stdout).toBe('still here\n');
  });

  it('cannot ptrace its parent', async () => {
    const r = await run(
      py(
        'import ctypes, os',
        'libc = ctypes.CDLL(None, use_errno=True)',
        'PTRACE_ATTACH = 16',
        'print(libc.ptrace(PTRACE_ATTACH, os.getppid(), 0, 0), ctypes.get_errno() != 0)',
      ),
    );
    expect(r.stdout).toBe('-1 True\n');
  });

  it('cannot write to /usr or overwrite a file of numpy', async () => {
    const r = await run(
      py(
        'import numpy, os',
        'for path in ("/usr/evil", os.path.join(os.path.dirname(numpy.__file__), "__init__.py")):',
        '    try:',
        '        open(path, "a").write("x")',
        '        print("wrote", path)',
        '    except OSError as e:',
        '        print(type(e).__name__)',
      ),
    );
    expect(r.stdout).not.toContain('wrote');
  });

  it('symlinks in the work dir do not make the clean-up touch anything outside it', async () => {
    await run(
      py(
        'import os',
        'os.symlink("/usr/lib/python3/dist-packages/numpy", "/sandbox/run/numpy-link")',
        'os.symlink("/usr", "/tmp/usr-link")',
        'os.symlink("/proc/1/root", "/sandbox/root-link")',
        'os.chmod("/sandbox/run", 0o000)',
      ),
    );
    const r = await run(
      'import numpy, os\nprint(numpy.arange(3).sum(), os.path.exists("/usr/bin/python3"), os.listdir("/tmp"))',
    );
    expect(r.stdout).toBe('3 True []\n');
  });

  it('reports an os._exit in the middle of output with what was printed', async () => {
    const r = await run('print("before")\nimport os\nos._exit(3)\nprint("after")');
    expect(r).toMatchObject({ stdout: 'before\n', exitCode: 3 });
  });

  it('passes non-UTF-8 output on safely', async () => {
    const r = await run('import sys\nsys.stdout.buffer.write(b"ok \\xff\\xfe end\\n")');
    expect(r.stdout).toBe('ok \uFFFD\uFFFD end\n');
  });

  it('handles a program that closes its own stdout', async () => {
    const r = await run('import os\nos.close(1)\nprint("lost")');
    expect(r.exitCode).not.toBe(0);
    expect(r.stdout).toBe('');
  });
});

describe('after the suite', () => {
  it('the pool is healthy and a benign run returns correct output', async () => {
    const results = await Promise.all([1, 2, 3, 4].map((n) => run(`import numpy as np\nprint(np.arange(${n}).sum())`)));
    expect(results.map((r) => r.stdout)).toEqual(['0\n', '1\n', '3\n', '6\n']);
  });
});
