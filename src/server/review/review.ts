import { z } from 'zod';
import { MAX_RETENTION, MIN_RETENTION, RATINGS } from './scheduler.ts';

export const REVIEW_MODES = ['missed', 'all'] as const;
export type ReviewMode = (typeof REVIEW_MODES)[number];

export interface ReviewSettings {
  mode: ReviewMode;
  desiredRetention: number;
}

export const DueQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(0).max(100).default(20),
});

const choice = z.number({ error: 'choice must be a choice index (0-3)' }).int().min(0).max(3);

/** Without a rating: check the answer only (nothing is stored). With one: check, then schedule. */
export const ReviewBodySchema = z.strictObject({ choice, rating: z.enum(RATINGS).optional() });

const lessonKey = z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'expected "<track>/<slug>"');
const questionId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const CheckBodySchema = z.strictObject({ lesson: lessonKey, questionId, choice });

export const QuestionsBodySchema = z.strictObject({
  items: z.array(z.strictObject({ lesson: lessonKey, questionId })).max(200),
});

const isoDate = z.iso.datetime({ offset: true });
const CardStateSchema = z.strictObject({
  due: isoDate,
  stability: z.number().min(0).max(1e6),
  difficulty: z.number().min(0).max(11),
  elapsedDays: z.number().int().min(0).max(1e5),
  scheduledDays: z.number().int().min(0).max(1e5),
  learningSteps: z.number().int().min(0).max(100),
  reps: z.number().int().min(0).max(1e5),
  lapses: z.number().int().min(0).max(1e5),
  state: z.number().int().min(0).max(3),
  lastReview: isoDate.nullable(),
});

export const MergeDeckSchema = z.strictObject({
  cards: z.array(z.strictObject({ lesson: lessonKey, questionId, state: CardStateSchema })).max(2000),
  reviews: z
    .array(
      z.strictObject({
        lesson: lessonKey,
        questionId,
        rating: z.enum(RATINGS),
        correct: z.boolean(),
        stateBefore: z.number().int().min(0).max(3),
        at: isoDate,
      }),
    )
    .max(20_000),
});
export type MergeDeck = z.infer<typeof MergeDeckSchema>;

export const SettingsBodySchema = z.strictObject({
  mode: z.enum(REVIEW_MODES),
  desiredRetention: z.number().min(MIN_RETENTION).max(MAX_RETENTION),
});

/** A due card as the page receives it: the question without its answer or explanation. */
export interface DueCard {
  id: string;
  lesson: string;
  lessonTitle: string;
  lessonPath: string;
  questionId: string;
  prompt: string;
  choices: string[];
  /** Plain text of each choice: a math-only choice otherwise gives its radio no accessible name. */
  choicesText: string[];
  state: string;
  reps: number;
}
