/**
 * npm run runner: the sandbox pool as its own service, so runners scale apart from the web tier.
 *   RUNNER_SECRET=... npm run runner            (listens on RUNNER_HOST:RUNNER_PORT, default 127.0.0.1:4390)
 *   npm run runner -- --doctor                  (prints which isolation features are active here)
 * Point the web tier at it with RUNNER_URL=http://host:4390 and the same RUNNER_SECRET.
 */
import { createServer } from 'node:http';
import { doctor } from '../src/server/runner/doctor.ts';
import { RunnerPool } from '../src/server/runner/pool.ts';
import { handleServiceRequest } from '../src/server/runner/service.ts';

if (process.argv.includes('--doctor')) {
  const lines = doctor();
  for (const l of lines) console.log(`${l.ok ? '✓' : '✗'} ${l.check.padEnd(34)} ${l.detail}`);
  process.exit(lines[0]?.ok ? 0 : 1);
}

const secret = process.env['RUNNER_SECRET'];
if (!secret || secret.length < 16) {
  console.error('runner: set RUNNER_SECRET (at least 16 characters); the web tier sends it with every run.');
  process.exit(2);
}
const port = Number(process.env['RUNNER_PORT'] ?? 4390);
const host = process.env['RUNNER_HOST'] ?? '127.0.0.1';
const pool = new RunnerPool();

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
    const body = req.method === 'GET' || req.method === 'HEAD' ? null : Buffer.concat(chunks);
    const request = new Request(`http://${host}:${port}${req.url ?? '/'}`, {
      method: req.method ?? 'GET',
      headers,
      body,
    });
    void handleServiceRequest(request, pool, secret).then(async (response) => {
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    });
  });
});
server.listen(port, host, () => {
  console.log(
    `runner: ${pool.size} warm slots (${pool.cgroupMode === 'none' ? 'rlimits' : `cgroup ${pool.cgroupMode}`}) on http://${host}:${port}`,
  );
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    pool.close();
    server.close();
    process.exit(0);
  });
}
