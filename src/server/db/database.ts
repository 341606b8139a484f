import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { NodeSqliteDialect } from '@better-auth/kysely-adapter/node-sqlite-dialect';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';

export type Engine = 'sqlite' | 'postgres';

export interface Db {
  kysely: Kysely<Database>;
  engine: Engine;
  close: () => Promise<void>;
}

export const DEFAULT_SQLITE_PATH = './data/app.db';

/** True when the URL names a PostgreSQL database; anything else is a SQLite file path. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/**
 * Opens the app's database: PostgreSQL when `url` is a postgres:// URL, otherwise a SQLite file
 * (WAL, synchronous=FULL, foreign keys on, 5 s busy timeout) at `url` or ./data/app.db.
 */
export function openDatabase(url: string | undefined = process.env['DATABASE_URL']): Db {
  if (url !== undefined && isPostgresUrl(url)) {
    const pool = new pg.Pool({
      connectionString: url,
      max: 10,
      statement_timeout: 10_000,
      connectionTimeoutMillis: 5_000,
    });
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { kysely, engine: 'postgres', close: () => kysely.destroy() };
  }
  const path = resolve(url === undefined ? DEFAULT_SQLITE_PATH : url.replace(/^(sqlite|file):/, ''));
  mkdirSync(dirname(path), { recursive: true });
  const sqlite = new DatabaseSync(path);
  sqlite.exec('PRAGMA journal_mode = WAL');
  sqlite.exec('PRAGMA synchronous = FULL');
  sqlite.exec('PRAGMA foreign_keys = ON');
  sqlite.exec('PRAGMA busy_timeout = 5000');
  const kysely = new Kysely<Database>({ dialect: new NodeSqliteDialect({ database: sqlite }) });
  return { kysely, engine: 'sqlite', close: () => kysely.destroy() };
}
