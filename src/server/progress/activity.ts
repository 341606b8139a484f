import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/** How far back a streak is computed from: longer than a year, so "longest" covers one. */
export const ACTIVITY_DAYS = 400;

/**
 * The UTC hours ("YYYY-MM-DDTHH") in which a learner completed a lesson, submitted a mastery check or a
 * practice solution, or reviewed a card, oldest first. Hours rather than days because a day is local: the
 * browser turns each hour into its own date (zones with a 30- or 45-minute offset can land an activity
 * near midnight on the neighbouring day). Hours also bound the answer: at most 24 a day.
 */
export async function activeHours(db: Kysely<Database>, userId: string, now = new Date()): Promise<string[]> {
  const since = new Date(now.getTime() - ACTIVITY_DAYS * 86_400_000).toISOString();
  const { rows } = await sql<{ hour: string }>`
    select substr(completed_at, 1, 13) as hour from lesson_completion where user_id = ${userId} and completed_at >= ${since}
    union select substr(created_at, 1, 13) from quiz_attempt where user_id = ${userId} and created_at >= ${since}
    union select substr(created_at, 1, 13) from practice_submission where user_id = ${userId} and created_at >= ${since}
    union select substr(reviewed_at, 1, 13) from review_log where user_id = ${userId} and reviewed_at >= ${since}
    order by hour`.execute(db);
  return rows.map((r) => r.hour);
}
