import { readdirSync, readFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';

const baseUrl = inject('baseUrl');
const client = join(process.cwd(), 'dist/client');
const LESSON = '/learn/math-statistics/adam-momentum-schedulers/';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A request whose body comes back exactly as sent (fetch would decode it). */
function raw(path: string, headers: Record<string, string>): Promise<Raw> {
  return new Promise((resolve, reject) => {
    get(`${baseUrl}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe('compressed pages', () => {
  it('sends a lesson page as Brotli or gzip, byte for byte the built page, and plain to anyone else', async () => {
    const page = readFileSync(join(client, LESSON, 'index.html'));
    const br = await raw(LESSON, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toBe('Accept-Encoding');
    expect(br.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(brotliDecompressSync(br.body).equals(page)).toBe(true);
    expect(br.body.length).toBeLessThan(page.length / 8);

    const gz = await raw(LESSON, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(page)).toBe(true);

    const plain = await raw(LESSON, {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(page)).toBe(true);
  });

  it('revalidates with the ETag, and leaves the API and missing pages to the app', async () => {
    const first = await raw('/learn/', { 'accept-encoding': 'br' });
    const again = await raw('/learn/', { 'accept-encoding': 'br', 'if-none-match': String(first.headers['etag']) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);

    const health = await raw('/api/health', { 'accept-encoding': 'br' });
    expect(health.headers['content-encoding']).toBeUndefined();
    expect((JSON.parse(health.body.toString('utf8')) as { status: string }).status).toMatch(/^(ok|degraded)$/);
    expect((await raw('/no-such-page/', { 'accept-encoding': 'br' })).status).toBe(404);
  });

  it('has a Brotli and a gzip copy of every built page', () => {
    const pages = readdirSync(client, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(200);
    const missing = pages.filter((page) => {
      const files = readdirSync(join(client, page, '..'));
      const name = page.split('/').pop() ?? '';
      return !files.includes(`${name}.br`) || !files.includes(`${name}.gz`);
    });
    expect(missing).toEqual([]);
  });
});
