import { existsSync, readdirSync } from 'node:fs';
import { checkRunner, INSTALL_HINT } from '../../src/server/runner/availability.ts';

/** Finds Debian's PostgreSQL server binaries (initdb, pg_ctl), newest version first. */
export function postgresBinDir(): string | undefined {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base)
    .filter((v) => existsSync(`${base}/${v}/bin/initdb`))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? `${base}/${versions[0]}/bin` : undefined;
}

/** Everything the full test suite needs from the system, as a list of what is missing. */
export function missingSystemParts(): string[] {
  const missing: string[] = [];
  const runner = checkRunner();
  if (runner)
    missing.push(
      runner.message.replace(/^Live code runs are unavailable: missing /, '').replace(/\. Install with:.*$/, ''),
    );
  const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) missing.push(`Chromium at ${chromium}`);
  if (!postgresBinDir()) missing.push('the PostgreSQL server (initdb, pg_ctl)');
  return missing;
}

export function systemCheckMessage(missing: string[]): string {
  return `Missing system prerequisites: ${missing.join('; ')}.\nInstall them with: ${INSTALL_HINT}`;
}
