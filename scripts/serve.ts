/**
 * The production server: the Node adapter's handler (static files, pages and the API) behind one step of
 * our own, which sends the build's precompressed copy of a text file when the browser accepts it. The
 * adapter's standalone server cannot compress. Same environment as the adapter's: PORT, HOST,
 * SERVER_CERT_PATH and SERVER_KEY_PATH for HTTPS, ASTRO_NODE_LOGGING=disabled for silence.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { servePrecompressed } from '../src/server/http/precompressed.ts';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'dist/server/entry.mjs');
const clientDir = join(root, 'dist/client');

if (!existsSync(entry)) {
  console.error(`No build at ${entry}. Run npm start (it builds when needed) or npm run build first.`);
  process.exit(1);
}
process.env['ASTRO_NODE_AUTOSTART'] = 'disabled';
const { handler } = (await import(pathToFileURL(entry).href)) as { handler: Handler };

const listener: Handler = (req, res) => {
  if (!servePrecompressed(req, res, clientDir)) handler(req, res);
};
const cert = process.env['SERVER_CERT_PATH'];
const key = process.env['SERVER_KEY_PATH'];
const server =
  cert && key
    ? createHttpsServer({ cert: readFileSync(cert), key: readFileSync(key) }, listener)
    : createHttpServer(listener);
const port = Number(process.env['PORT'] ?? 4321);
const host = process.env['HOST'] ?? 'localhost';
server.on('error', (e: NodeJS.ErrnoException) => {
  const why = e.code === 'EADDRINUSE' ? `port ${port} is in use; set PORT to another` : e.message;
  console.error(`LeetLLM could not listen on ${host}:${port}: ${why}.`);
  process.exit(1);
});
server.listen(port, host, () => {
  if (process.env['ASTRO_NODE_LOGGING'] !== 'disabled') {
    console.log(`LeetLLM is listening on ${cert && key ? 'https' : 'http'}://${host}:${port}`);
  }
});
