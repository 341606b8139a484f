/**
 * npm run restore -- <backup-file>: replaces the SQLite database (DATABASE_URL or ./data/app.db) with a
 * backup made by npm run backup. Stop the server first. The backup is checked before anything changes and
 * the current database is kept as <db>.before-restore.
 */
import { resolve } from 'node:path';
import { DEFAULT_SQLITE_PATH, isPostgresUrl } from '../src/server/db/database.ts';
import { restoreSqlite } from '../src/server/db/backup.ts';

const backupFile = process.argv[2];
const url = process.env['DATABASE_URL'];
if (!backupFile) {
  console.error('usage: npm run restore -- <backup-file>   (stop the server first)');
  process.exit(2);
}
if (url && isPostgresUrl(url)) {
  console.error(
    'DATABASE_URL is PostgreSQL: restore with pg_restore, e.g. pg_restore --clean -d "$DATABASE_URL" leetllm.dump',
  );
  process.exit(2);
}
const target = resolve(url ? url.replace(/^(sqlite|file):/, '') : DEFAULT_SQLITE_PATH);
try {
  const { kept } = restoreSqlite(resolve(backupFile), target);
  console.log(
    `Restored ${target} from ${resolve(backupFile)}.${kept ? ` The previous database is kept as ${kept}.` : ''}`,
  );
} catch (e) {
  console.error(`restore failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
