/**
 * npm start: build the site if its inputs changed, then serve it (static pages + API) on
 * http://localhost:4321 (PORT and HOST override). The database (./data/app.db, or DATABASE_URL) is migrated
 * before the server starts.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createApp } from '../src/server/app.ts';
import { ensureBuilt } from './lib/build.ts';

const root = process.cwd();
if (ensureBuilt(root)) console.log('Built the site.');
mkdirSync('data', { recursive: true });
// Migrate before serving, so a schema problem stops the start with a clear message.
const app = await createApp();
await app.db.close();
console.log(`Database ready (${app.db.engine}).`);

const port = process.env['PORT'] ?? '4321';
const host = process.env['HOST'] ?? 'localhost';
const server = spawn(process.execPath, ['scripts/serve.ts'], {
  stdio: 'inherit',
  env: { ...process.env, PORT: port, HOST: host },
});
console.log(`LeetLLM is starting on http://${host}:${port}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
