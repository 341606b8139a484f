/**
 * npm run backup -- <file>: a consistent online copy of the SQLite database (DATABASE_URL or
 * ./data/app.db) via SQLite's backup API, verified with PRAGMA integrity_check. The server may keep
 * running. For PostgreSQL, use pg_dump (see the README).
 */
import { resolve } from 'node:path';
import { DEFAULT_SQLITE_PATH, isPostgresUrl } from '../src/server/db/database.ts';
import { backupSqlite } from '../src/server/db/backup.ts';

const target = process.argv[2];
const url = process.env['DATABASE_URL'];
if (!target) {
  console.error('usage: npm run backup -- <backup-file>');
  process.exit(2);
}
if (url && isPostgresUrl(url)) {
  console.error(
    'DATABASE_URL is PostgreSQL: back it up with pg_dump, e.g. pg_dump --format=custom "$DATABASE_URL" > leetllm.dump',
  );
  process.exit(2);
}
const source = resolve(url ? url.replace(/^(sqlite|file):/, '') : DEFAULT_SQLITE_PATH);
try {
  const { pages, bytes } = await backupSqlite(source, resolve(target));
  console.log(`Backed up ${source} to ${resolve(target)}: ${pages} pages, ${bytes} bytes, integrity_check ok.`);
} catch (e) {
  console.error(`backup failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
