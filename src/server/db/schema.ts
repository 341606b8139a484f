import type { Generated } from 'kysely';

/** Row types of the tables this app owns (better-auth owns user, session, account, verification, rateLimit). */
export interface LessonCompletionTable {
  user_id: string;
  /** "<track>/<slug>" */
  lesson: string;
  /** ISO 8601 */
  completed_at: string;
}

export interface QuizAttemptTable {
  id: string;
  user_id: string;
  lesson: string;
  score: number;
  total: number;
  /** 1 when the attempt passed (percent > 75) */
  passed: number;
  /** JSON array of the chosen choice indices */
  answers: string;
  created_at: string;
}

export interface CompletionReceiptTable {
  /** A signed anonymous completion can be merged once; its nonce is remembered. */
  nonce: string;
  user_id: string;
  used_at: string;
}

export interface PracticeSubmissionTable {
  id: string;
  user_id: string;
  /** The problem's slug */
  problem: string;
  code: string;
  /** accepted | wrong_answer | error | time_limit */
  verdict: string;
  passed: number;
  total: number;
  duration_ms: number;
  created_at: string;
}

export interface Database {
  lesson_completion: LessonCompletionTable;
  quiz_attempt: QuizAttemptTable;
  completion_receipt: CompletionReceiptTable;
  practice_submission: PracticeSubmissionTable;
  kysely_migration: { name: string; timestamp: Generated<string> };
}
