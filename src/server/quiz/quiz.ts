import { z } from 'zod';

export const QuizBodySchema = z.strictObject({
  answers: z.array(
    z
      .number({ error: 'each answer must be a choice index (0-3)' })
      .int('each answer must be a whole number')
      .min(0)
      .max(3),
  ),
});

export interface QuestionResult {
  id: string;
  correct: boolean;
  /** The index of the right choice. */
  answer: number;
  explanation: string;
}

export interface QuizResult {
  score: number;
  total: number;
  percent: number;
  passed: boolean;
  results: QuestionResult[];
}

/** A lesson is passed with strictly more than 75% right (6 of 7, 7 of 8, 8 of 10). */
export const PASS_PERCENT = 75;
