import { createReadStream, statSync, type Stats } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

/** Text files the build compresses (src/integrations/precompress.ts), with the type they are served as. */
export const COMPRESSIBLE_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

type Encoding = 'br' | 'gzip';
const SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

/** The encodings of an Accept-Encoding header we can serve, best first ("br;q=0" refuses Brotli). */
export function acceptedEncodings(header: string | undefined): Encoding[] {
  const accepted = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (q === undefined || Number(q.slice(2)) > 0) accepted.add(name.trim());
  }
  return (['br', 'gzip'] as const).filter((e) => accepted.has(e));
}

/**
 * The built file a URL path names, as the Node adapter resolves it ("/x/" and "/x" are /x/index.html),
 * or undefined for paths outside the client directory, dotfiles and undecodable paths.
 */
export function staticFileFor(clientDir: string, pathname: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\0') || path.split('/').some((segment) => segment.startsWith('.'))) return undefined;
  const root = resolve(clientDir);
  const file = resolve(root, `.${path.endsWith('/') ? `${path}index.html` : path}`);
  if (!file.startsWith(root + sep)) return undefined;
  return extname(file) === '' ? join(file, 'index.html') : file;
}

function statFile(path: string): Stats | undefined {
  try {
    const stat = statSync(path);
    return stat.isFile() ? stat : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Answers a GET or HEAD for a built text file with its precompressed copy when the browser accepts one
 * (Brotli first, then gzip), with ETag revalidation. Returns false to leave the request to the adapter:
 * no such copy, no accepted encoding, a Range request, or any other method.
 */
export function servePrecompressed(req: IncomingMessage, res: ServerResponse, clientDir: string): boolean {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || req.headers.range !== undefined) return false;
  const encodings = acceptedEncodings(req.headers['accept-encoding']);
  if (encodings.length === 0) return false;
  const pathname = (req.url ?? '/').split(/[?#]/)[0] ?? '/';
  const file = staticFileFor(clientDir, pathname);
  const type = file === undefined ? undefined : COMPRESSIBLE_TYPES[extname(file)];
  if (file === undefined || type === undefined) return false;
  for (const encoding of encodings) {
    const compressed = file + SUFFIX[encoding];
    const stat = statFile(compressed);
    if (!stat) continue;
    const etag = `W/"${encoding}-${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
    const common = {
      etag,
      vary: 'Accept-Encoding',
      // Astro's hashed assets never change under the same name.
      'cache-control': pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0',
    };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, common);
      res.end();
      return true;
    }
    res.writeHead(200, {
      ...common,
      'content-type': type,
      'content-encoding': encoding,
      'content-length': stat.size,
      'last-modified': stat.mtime.toUTCString(),
    });
    if (req.method === 'HEAD') res.end();
    else
      createReadStream(compressed)
        .on('error', () => res.destroy())
        .pipe(res);
    return true;
  }
  return false;
}
