import { betterAuth } from 'better-auth';
import { APIError, createAuthMiddleware } from 'better-auth/api';
import { siteUrl } from '../../site-url.ts';
import type { Db } from '../db/database.ts';
import { authSecret } from './auth-secret.ts';
import { isCommonPassword } from './common-passwords.ts';

/** The header our auth route sets from the connection's address; any client-sent value is replaced. */
export const CLIENT_ADDRESS_HEADER = 'x-leetllm-client-address';
export const MIN_PASSWORD = 8;
export const MAX_PASSWORD = 128;

function socialProviders(env: Record<string, string | undefined>) {
  const providers: Record<string, { clientId: string; clientSecret: string }> = {};
  if (env['GITHUB_CLIENT_ID'] && env['GITHUB_CLIENT_SECRET']) {
    providers['github'] = { clientId: env['GITHUB_CLIENT_ID'], clientSecret: env['GITHUB_CLIENT_SECRET'] };
  }
  if (env['GOOGLE_CLIENT_ID'] && env['GOOGLE_CLIENT_SECRET']) {
    providers['google'] = { clientId: env['GOOGLE_CLIENT_ID'], clientSecret: env['GOOGLE_CLIENT_SECRET'] };
  }
  return providers;
}

/** Which social sign-in buttons to show: only providers whose env vars are set. */
export function enabledSocialProviders(env: Record<string, string | undefined> = process.env): string[] {
  return Object.keys(socialProviders(env));
}

/**
 * Origins allowed to call the auth routes from a browser: SITE_URL's, any in TRUSTED_ORIGINS (comma
 * separated), and with no SITE_URL set, both local spellings of the default address.
 */
export function trustedOrigins(env: Record<string, string | undefined> = process.env): string[] {
  const origins = [new URL(siteUrl(env)).origin];
  if (!env['SITE_URL']) origins.push('http://127.0.0.1:4321');
  for (const extra of (env['TRUSTED_ORIGINS'] ?? '').split(','))
    if (extra.trim()) origins.push(new URL(extra.trim()).origin);
  return origins;
}

/** better-auth over the app's database: e-mail + password, database-backed rate limits, optional social sign-in. */
export function createAuth(db: Db, env: Record<string, string | undefined> = process.env) {
  const baseURL = siteUrl(env);
  return betterAuth({
    baseURL,
    basePath: '/api/auth',
    secret: authSecret(),
    trustedOrigins: trustedOrigins(env),
    database: { db: db.kysely, type: db.engine === 'postgres' ? 'postgres' : 'sqlite' },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: MIN_PASSWORD,
      maxPasswordLength: MAX_PASSWORD,
      // No session from sign-up itself: better-auth then answers a sign-up for an existing e-mail exactly
      // like a new one (same body, a dummy hash for the same timing), so sign-up cannot enumerate accounts.
      // The form signs in right after.
      autoSignIn: false,
    },
    socialProviders: socialProviders(env),
    user: { deleteUser: { enabled: true } },
    rateLimit: {
      enabled: true,
      storage: 'database',
      window: 60,
      max: 100,
      customRules: {
        '/sign-in/email': { window: 60, max: 5 },
        '/sign-up/email': { window: 60, max: 5 },
        // Every page and API route checks the session; limiting (and logging) that would sign out a busy
        // learner, or a classroom behind one address, after 100 requests a minute.
        '/get-session': false,
      },
    },
    advanced: {
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
      useSecureCookies: baseURL.startsWith('https://'),
    },
    hooks: {
      before: createAuthMiddleware((ctx) => {
        if (ctx.path === '/sign-up/email')
          assertPasswordAllowed((ctx.body as { password?: unknown } | undefined)?.password);
        return Promise.resolve();
      }),
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;

/** Refuses a well-known password at sign-up with a clear message (400). */
export function assertPasswordAllowed(password: unknown): void {
  if (typeof password === 'string' && isCommonPassword(password)) {
    throw new APIError('BAD_REQUEST', {
      message: 'This password is one of the most common ones and is easy to guess. Choose another.',
    });
  }
}
