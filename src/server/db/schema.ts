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

/** One question in a learner's spaced-repetition deck, with its FSRS state. */
export interface ReviewCardTable {
  id: string;
  user_id: string;
  lesson: string;
  /** The question's stable id in check.yaml */
  question_id: string;
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  /** FSRS State: 0 new, 1 learning, 2 review, 3 relearning */
  state: number;
  last_review: string | null;
  created_at: string;
  /** Set when the question left its lesson; a retired card is never due. */
  retired_at: string | null;
}

export interface ReviewLogTable {
  id: string;
  user_id: string;
  card_id: string;
  /** 1 Again, 2 Hard, 3 Good, 4 Easy */
  rating: number;
  correct: number;
  state_before: number;
  reviewed_at: string;
}

export interface ReviewSettingsTable {
  user_id: string;
  /** "missed": only missed questions; "all": every question of completed lessons too */
  mode: string;
  desired_retention: number;
}

export interface Database {
  lesson_completion: LessonCompletionTable;
  quiz_attempt: QuizAttemptTable;
  completion_receipt: CompletionReceiptTable;
  practice_submission: PracticeSubmissionTable;
  review_card: ReviewCardTable;
  review_log: ReviewLogTable;
  review_settings: ReviewSettingsTable;
  kysely_migration: { name: string; timestamp: Generated<string> };
}
