import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { backup, DatabaseSync } from 'node:sqlite';

/** `PRAGMA integrity_check` of a SQLite file: "ok", or the problems it lists. */
export function integrityCheck(path: string): string {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    const rows = db.prepare('PRAGMA integrity_check').all() as Array<{ integrity_check: string }>;
    return rows.map((r) => r.integrity_check).join('\n');
  } finally {
    db.close();
  }
}

/**
 * A consistent online copy of a live SQLite database through SQLite's backup API (never a file copy,
 * which can catch the main file and its WAL at different moments), checked with integrity_check.
 * Writers keep working while it runs. Throws when the copy is not sound; the partial file is removed.
 */
export async function backupSqlite(source: string, destination: string): Promise<{ pages: number; bytes: number }> {
  if (!existsSync(source)) throw new Error(`no database at ${source}`);
  if (existsSync(destination)) throw new Error(`${destination} exists; choose a new file name`);
  const db = new DatabaseSync(source);
  let pages: number;
  try {
    db.exec('PRAGMA busy_timeout = 5000');
    pages = await backup(db, destination, { rate: 256 });
  } finally {
    db.close();
  }
  const check = integrityCheck(destination);
  if (check !== 'ok') {
    rmSync(destination, { force: true });
    throw new Error(`the copy failed its integrity check: ${check}`);
  }
  return { pages, bytes: statSync(destination).size };
}

/**
 * Puts a backup in place of the database. The server must be stopped first: the backup is checked, the
 * current file is kept beside it as <db>.before-restore, the WAL and shared-memory files are removed, and
 * the copy is moved in with one rename.
 */
export function restoreSqlite(backupFile: string, target: string): { kept: string | undefined } {
  if (!existsSync(backupFile)) throw new Error(`no backup at ${backupFile}`);
  const check = integrityCheck(backupFile);
  if (check !== 'ok') throw new Error(`${backupFile} failed its integrity check: ${check}`);
  const staged = `${target}.restoring`;
  rmSync(staged, { force: true });
  const copy = new DatabaseSync(backupFile, { readOnly: true });
  try {
    copy.exec(`VACUUM INTO '${staged.replace(/'/g, "''")}'`);
  } finally {
    copy.close();
  }
  let kept: string | undefined;
  if (existsSync(target)) {
    kept = `${target}.before-restore`;
    renameSync(target, kept);
  }
  for (const suffix of ['-wal', '-shm']) rmSync(target + suffix, { force: true });
  renameSync(staged, target);
  return { kept };
}
