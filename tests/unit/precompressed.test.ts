import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acceptedEncodings, staticFileFor } from '../../src/server/http/precompressed.ts';

describe('Accept-Encoding', () => {
  it('prefers Brotli, then gzip, and honours q=0', () => {
    expect(acceptedEncodings('gzip, deflate, br, zstd')).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('gzip')).toEqual(['gzip']);
    expect(acceptedEncodings('br;q=0, gzip;q=0.5')).toEqual(['gzip']);
    expect(acceptedEncodings('BR ; q=1.0')).toEqual(['br']);
    expect(acceptedEncodings('identity')).toEqual([]);
    expect(acceptedEncodings(undefined)).toEqual([]);
    expect(acceptedEncodings('*')).toEqual([]);
  });
});

describe('the built file of a URL path', () => {
  const client = '/srv/dist/client';
  it('resolves pages the way the Node adapter does', () => {
    expect(staticFileFor(client, '/')).toBe(join(client, 'index.html'));
    expect(staticFileFor(client, '/learn/')).toBe(join(client, 'learn/index.html'));
    expect(staticFileFor(client, '/learn')).toBe(join(client, 'learn/index.html'));
    expect(staticFileFor(client, '/_astro/app.abc123.js')).toBe(join(client, '_astro/app.abc123.js'));
    expect(staticFileFor(client, '/blog/caf%C3%A9/')).toBe(join(client, 'blog/café/index.html'));
  });

  it('never leaves the client directory or serves a dotfile', () => {
    expect(staticFileFor(client, '/../server/entry.mjs')).toBeUndefined();
    expect(staticFileFor(client, '/%2e%2e/server/entry.mjs')).toBeUndefined();
    expect(staticFileFor(client, '/learn/%2e%2e/%2e%2e/%2e%2e/etc/passwd')).toBeUndefined();
    expect(staticFileFor(client, '/.env')).toBeUndefined();
    expect(staticFileFor(client, '/a/%00.html')).toBeUndefined();
    expect(staticFileFor(client, '/%E0%A4%A')).toBeUndefined();
  });
});
