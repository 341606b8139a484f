import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The secret that signs sessions and completion receipts: BETTER_AUTH_SECRET, or one generated on first
 * start and kept in data/ (mode 0600), so a self-hosted install needs no setup and survives restarts.
 */
export function authSecret(file = './data/auth-secret'): string {
  const fromEnv = process.env['BETTER_AUTH_SECRET'];
  if (fromEnv) return fromEnv;
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}
