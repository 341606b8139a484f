import { SqliteAdapter, sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';

/**
 * A transaction that reads and then writes. On SQLite it starts with BEGIN IMMEDIATE, taking the write
 * lock up front: a deferred transaction that reads first can fail with SQLITE_BUSY when it later tries
 * to write while another connection (a backup, a second process) holds the lock, whereas IMMEDIATE
 * waits for the busy timeout instead. PostgreSQL gets an ordinary transaction.
 */
export async function writeTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return db.transaction().execute(work);
  return db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    try {
      const result = await work(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (e) {
      await sql`rollback`.execute(conn);
      throw e;
    }
  });
}
