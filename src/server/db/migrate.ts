import type { Kysely } from 'kysely';
import { Migrator, type Migration } from 'kysely/migration';
import * as createProgress from './migrations/2026_11_28_23_40_00_create_progress.ts';
import * as createPracticeSubmission from './migrations/2026_11_29_01_40_00_create_practice_submission.ts';
import * as createReview from './migrations/2026_11_29_02_00_00_create_review.ts';

/** Every migration, by name in time order (imported statically so the server bundle carries them). */
export const MIGRATIONS: Record<string, Migration> = {
  '2026_11_28_23_40_00_create_progress': createProgress,
  '2026_11_29_01_40_00_create_practice_submission': createPracticeSubmission,
  '2026_11_29_02_00_00_create_review': createReview,
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export function migrator(db: Kysely<any>): Migrator {
  return new Migrator({ db, provider: { getMigrations: () => Promise.resolve(MIGRATIONS) } });
}

/** Brings the app's tables to the latest schema; throws with the failing migration's name. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  const { error, results } = await migrator(db).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(
      `database migration ${failed} failed: ${error instanceof Error ? error.message : JSON.stringify(error)}`,
    );
  }
}
