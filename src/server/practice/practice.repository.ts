import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export interface SubmissionRow {
  id: string;
  userId: string;
  problem: string;
  code: string;
  verdict: string;
  passed: number;
  total: number;
  durationMs: number;
  createdAt: string;
}

/** The only module that writes SQL for practice submissions. */
export async function insertSubmission(db: Kysely<Database>, row: SubmissionRow): Promise<void> {
  await db
    .insertInto('practice_submission')
    .values({
      id: row.id,
      user_id: row.userId,
      problem: row.problem,
      code: row.code,
      verdict: row.verdict,
      passed: row.passed,
      total: row.total,
      duration_ms: row.durationMs,
      created_at: row.createdAt,
    })
    .execute();
}

/** A learner's latest submissions to one problem, newest first. */
export function listSubmissions(db: Kysely<Database>, userId: string, problem: string, limit: number) {
  return db
    .selectFrom('practice_submission')
    .select(['id', 'code', 'verdict', 'passed', 'total', 'duration_ms', 'created_at'])
    .where('user_id', '=', userId)
    .where('problem', '=', problem)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Per problem the learner submitted to: whether any submission was accepted. */
export async function submittedProblems(db: Kysely<Database>, userId: string): Promise<Map<string, boolean>> {
  const rows = await db
    .selectFrom('practice_submission')
    .select(['problem', 'verdict'])
    .where('user_id', '=', userId)
    .execute();
  const solved = new Map<string, boolean>();
  for (const r of rows) solved.set(r.problem, (solved.get(r.problem) ?? false) || r.verdict === 'accepted');
  return solved;
}

/** Every submission of a learner, oldest first (for the data export). */
export function allSubmissions(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom('practice_submission')
    .select(['problem', 'code', 'verdict', 'passed', 'total', 'duration_ms', 'created_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .execute();
}
