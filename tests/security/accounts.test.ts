import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/server/app.ts';
import { withClientAddress } from '../../src/server/auth/client-address-header.ts';
import { handleGetProgress } from '../../src/server/progress/progress-api.ts';
import { cookieFrom, getRequest, jsonRequest, signUp } from '../support/test-app.ts';

/** Attacks on accounts, each asserting the safe outcome (SQLite file; the engines share the code paths). */
let dir: string;
let app: App;
const dbFile = (): string => join(dir, 'app.db');

beforeAll(async () => {
  process.env['CONTENT_ROOT'] = join(process.cwd(), 'tests/fixtures/project');
  process.env['BETTER_AUTH_SECRET'] = 'test-secret-test-secret-test-secret-1234';
  dir = mkdtempSync(join(tmpdir(), 'leetllm-sec-'));
  app = await createApp(dbFile());
});
afterAll(async () => {
  await app.db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A sign-in as it reaches the server from `peer`, optionally with a spoofed X-Forwarded-For. */
function signInFrom(target: App, peer: string, email: string, password: string, forwardedFor?: string) {
  const request = jsonRequest(
    '/api/auth/sign-in/email',
    { email, password },
    forwardedFor ? { headers: { 'x-forwarded-for': forwardedFor } } : {},
  );
  return target.auth.handler(withClientAddress(request, peer));
}

describe('sign-in rate limiting', () => {
  it('answers 429 within 20 wrong passwords, and still 429 when X-Forwarded-For rotates', async () => {
    await signUp(app, 'victim@example.com');
    const statuses: number[] = [];
    for (let i = 0; i < 20; i += 1) {
      statuses.push(
        (await signInFrom(app, '203.0.113.7', 'victim@example.com', `wrong-password-${i}`, `198.51.100.${i}`)).status,
      );
    }
    expect(statuses.slice(0, 3).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(-10).every((s) => s === 429)).toBe(true);
  });

  it('holds across a restart and across a second server process (the store is the database)', async () => {
    const restarted = await createApp(dbFile());
    const second = await createApp(dbFile());
    try {
      expect((await signInFrom(restarted, '203.0.113.7', 'victim@example.com', 'again-wrong')).status).toBe(429);
      expect((await signInFrom(second, '203.0.113.7', 'victim@example.com', 'again-wrong')).status).toBe(429);
      // another address is not locked out by the attacker
      expect(
        (await signInFrom(second, '203.0.113.8', 'victim@example.com', 'correct horse battery staple')).status,
      ).toBe(200);
    } finally {
      await restarted.db.close();
      await second.db.close();
    }
  });
});

describe('accounts', () => {
  it('answers a sign-up for an existing e-mail exactly like a new one (no enumeration)', async () => {
    await signUp(app, 'taken@example.com');
    const attempt = async (email: string) => {
      const res = await app.auth.handler(
        withClientAddress(
          jsonRequest('/api/auth/sign-up/email', { email, password: 'another good passphrase', name: 'x' }),
          '192.0.2.50',
        ),
      );
      const body = (await res.json()) as { token: unknown; user: Record<string, unknown> };
      return {
        status: res.status,
        keys: Object.keys(body).sort(),
        userKeys: Object.keys(body.user).sort(),
        token: body.token,
        cookies: res.headers.getSetCookie().length,
      };
    };
    const existing = await attempt('taken@example.com');
    const fresh = await attempt('fresh@example.com');
    expect(existing).toEqual(fresh);
  });

  it('refuses a 7-character password and does not truncate a 100-character one', async () => {
    const short = await app.auth.handler(
      jsonRequest('/api/auth/sign-up/email', { email: 'short@example.com', password: 'abcdefg', name: 's' }),
    );
    expect(short.status).toBe(400);
    const long = 'a long passphrase '.repeat(6).slice(0, 100);
    expect(long).toHaveLength(100);
    await signUp(app, 'long@example.com', long);
    expect((await signInFrom(app, '192.0.2.60', 'long@example.com', long)).status).toBe(200);
    expect((await signInFrom(app, '192.0.2.61', 'long@example.com', long.slice(0, 72))).status).toBe(401);
    expect((await signInFrom(app, '192.0.2.62', 'long@example.com', `${long.slice(0, 99)}X`)).status).toBe(401);
  });

  it('stores salted hashes: the same password gives different hashes', async () => {
    await signUp(app, 'salt1@example.com', 'identical passphrase here');
    await signUp(app, 'salt2@example.com', 'identical passphrase here');
    const hashes = (await app.db.kysely
      .selectFrom('account' as never)
      .select('password' as never)
      .execute()) as Array<{ password: string | null }>;
    const values = hashes.map((h) => h.password).filter((p): p is string => typeof p === 'string');
    expect(new Set(values).size).toBe(values.length);
    expect(values.every((v) => !v.includes('identical'))).toBe(true);
  });

  it('rejects a forged session cookie and one replayed after sign-out', async () => {
    const forged = await handleGetProgress(
      app,
      getRequest('/api/progress', 'better-auth.session_token=forged.c2lnbmF0dXJl'),
    );
    expect(forged.status).toBe(401);
    const cookie = await signUp(app, 'replay@example.com');
    expect((await handleGetProgress(app, getRequest('/api/progress', cookie))).status).toBe(200);
    const out = await app.auth.handler(jsonRequest('/api/auth/sign-out', {}, { cookie }));
    expect(out.status).toBe(200);
    expect((await handleGetProgress(app, getRequest('/api/progress', cookie))).status).toBe(401);
  });

  it('does not keep a cookie planted before sign-in as the session after it', async () => {
    await signUp(app, 'fixation@example.com');
    const planted = 'better-auth.session_token=attacker-chosen-value';
    const res = await app.auth.handler(
      withClientAddress(
        jsonRequest(
          '/api/auth/sign-in/email',
          { email: 'fixation@example.com', password: 'correct horse battery staple' },
          { cookie: planted },
        ),
        '192.0.2.70',
      ),
    );
    expect(res.status).toBe(200);
    const issued = cookieFrom(res);
    expect(issued).toMatch(/better-auth\.session_token=/);
    expect(issued).not.toContain('attacker-chosen-value');
    expect((await handleGetProgress(app, getRequest('/api/progress', planted))).status).toBe(401);
  });

  it('sets the session cookie HttpOnly and SameSite=Lax, and Secure when served over https', async () => {
    const res = await signInFrom(app, '192.0.2.80', 'fixation@example.com', 'correct horse battery staple');
    const cookie = res.headers.getSetCookie().find((c) => c.includes('session_token')) ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const saved = process.env['SITE_URL'];
    process.env['SITE_URL'] = 'https://learn.example.org';
    const secureApp = await createApp(dbFile());
    try {
      const secureRes = await secureApp.auth.handler(
        withClientAddress(
          new Request('https://learn.example.org/api/auth/sign-in/email', {
            method: 'POST',
            headers: { 'content-type': 'application/json', origin: 'https://learn.example.org' },
            body: JSON.stringify({ email: 'fixation@example.com', password: 'correct horse battery staple' }),
          }),
          '192.0.2.81',
        ),
      );
      const secureCookie = secureRes.headers.getSetCookie().find((c) => c.includes('session_token')) ?? '';
      expect(secureCookie).toMatch(/; Secure/);
      expect(secureCookie).toMatch(/^__Secure-/);
    } finally {
      await secureApp.db.close();
      if (saved === undefined) delete process.env['SITE_URL'];
      else process.env['SITE_URL'] = saved;
    }
  });
});
