import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/server/app.ts';
import { backupSqlite, integrityCheck, restoreSqlite } from '../../src/server/db/backup.ts';
import { saveAttempt } from '../../src/server/quiz/save-attempt.ts';

const dir = mkdtempSync(join(tmpdir(), 'leetllm-backup-'));
const dbFile = join(dir, 'app.db');
let app: App;
let userId: string;
const passed = { score: 7, total: 7, percent: 100, passed: true, results: [] };

function count(file: string, table: string): number {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    return (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  process.env['BETTER_AUTH_SECRET'] = 'test-secret-test-secret-test-secret-1234';
  app = await createApp(dbFile);
  const res = await app.auth.api.signUpEmail({
    body: { email: 'backup@example.com', password: 'correct horse battery staple', name: 'backup' },
  });
  userId = res.user.id;
});
afterAll(async () => {
  await app.db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('SQLite durability settings', () => {
  it('runs in WAL with synchronous=FULL, foreign keys and a busy timeout', async () => {
    const pragma = async (name: string): Promise<unknown> =>
      Object.values((await sql.raw(`PRAGMA ${name}`).execute(app.db.kysely)).rows[0] as object)[0];
    expect(await pragma('journal_mode')).toBe('wal');
    expect(await pragma('synchronous')).toBe(2); // FULL
    expect(await pragma('foreign_keys')).toBe(1);
    expect(await pragma('busy_timeout')).toBe(5000);
  });
});

describe('backup and restore', () => {
  it('copies a live database while writes continue, and the copy passes integrity_check', async () => {
    for (let i = 0; i < 200; i += 1) await saveAttempt(app.db.kysely, userId, `basics/before-${i}`, [], passed);
    const before = count(dbFile, 'lesson_completion');
    let writing = true;
    const writer = (async () => {
      let i = 0;
      while (writing) {
        await saveAttempt(app.db.kysely, userId, `basics/during-${(i += 1)}`, [], passed);
        // node:sqlite is synchronous: yield so the backup's steps (on the event loop) can run too.
        await new Promise((resolve) => setImmediate(resolve));
      }
      return i;
    })();
    const copy = join(dir, 'copy.db');
    const { pages } = await backupSqlite(dbFile, copy);
    writing = false;
    const during = await writer;
    expect(pages).toBeGreaterThan(0);
    expect(during).toBeGreaterThan(0);
    expect(integrityCheck(copy)).toBe('ok');
    expect(count(copy, 'lesson_completion')).toBeGreaterThanOrEqual(before);
    await expect(backupSqlite(dbFile, copy)).rejects.toThrow(/exists/);
  });

  it('restores a backup in place, keeping the old file, and refuses a damaged one', () => {
    const copy = join(dir, 'copy.db');
    const target = join(dir, 'restored.db');
    copyFileSync(dbFile, target);
    const { kept } = restoreSqlite(copy, target);
    expect(kept).toBe(`${target}.before-restore`);
    expect(existsSync(kept!)).toBe(true);
    expect(integrityCheck(target)).toBe('ok');
    expect(count(target, 'lesson_completion')).toBe(count(copy, 'lesson_completion'));

    const damaged = join(dir, 'damaged.db');
    writeFileSync(damaged, 'SQLite format 3\0 but not really a database'.repeat(100));
    expect(() => restoreSqlite(damaged, target)).toThrow();
    expect(count(target, 'lesson_completion')).toBe(count(copy, 'lesson_completion'));
  });

  it('works as npm run backup and npm run restore, with clear errors', () => {
    const file = join(dir, 'cli.db');
    const backup = spawnSync(process.execPath, ['scripts/backup.ts', file], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: dbFile },
    });
    expect(backup.stdout).toMatch(/integrity_check ok/);
    expect(backup.status).toBe(0);
    const again = spawnSync(process.execPath, ['scripts/backup.ts', file], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: dbFile },
    });
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/exists/);
    const target = join(dir, 'cli-restored.db');
    const restore = spawnSync(process.execPath, ['scripts/restore.ts', file], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: target },
    });
    expect(restore.status).toBe(0);
    expect(integrityCheck(target)).toBe('ok');
    const pg = spawnSync(process.execPath, ['scripts/backup.ts', file], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: 'postgres://x@localhost/y' },
    });
    expect(pg.stderr).toMatch(/pg_dump/);
  });
});
