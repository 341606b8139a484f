import { getMigrations } from 'better-auth/db/migration';
import { createAuth, type Auth } from './auth/auth.ts';
import { openDatabase, type Db } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';

export interface App {
  db: Db;
  auth: Auth;
}

/** better-auth's tables first (ours reference user.id), then the app's own migrations. */
export async function migrateApp(app: App): Promise<void> {
  const { runMigrations } = await getMigrations(app.auth.options);
  await runMigrations();
  await migrateToLatest(app.db.kysely);
}

/** Opens the database, builds auth and migrates. */
export async function createApp(url: string | undefined = process.env['DATABASE_URL']): Promise<App> {
  const db = openDatabase(url);
  const app = { db, auth: createAuth(db) };
  await migrateApp(app);
  return app;
}

let current: Promise<App> | undefined;

/** The server process's app, created and migrated on first use. */
export function getApp(): Promise<App> {
  current ??= createApp();
  return current;
}

/** Closes the process's app if it was opened (graceful shutdown). */
export async function closeApp(): Promise<void> {
  const app = current;
  current = undefined;
  if (app) await (await app).db.close();
}
