import { z } from 'zod';

const questionId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a question id is kebab-case and never changes');

export const QuestionSchema = z
  .strictObject({
    id: questionId,
    prompt: z.string().min(10),
    choices: z.array(z.string().min(1)).length(4),
    answer: z.number().int().min(0).max(3),
    explanation: z.string().min(20),
  })
  .refine((q) => new Set(q.choices).size === q.choices.length, {
    message: 'choices must be distinct',
    path: ['choices'],
  });

export const PitfallSchema = z.strictObject({
  symptom: z.string().min(1),
  cause: z.string().min(1),
  fix: z.string().min(1),
});

/** content/lessons/<track>/<slug>/check.yaml: the mastery check, answers included (server side only). */
export const CheckSchema = z.strictObject({
  keyConcepts: z.array(z.string().min(1)).min(5).max(8),
  rubric: z.strictObject({
    foundational: z.string().min(1),
    intermediate: z.string().min(1),
    advanced: z.string().min(1),
  }),
  pitfalls: z.array(PitfallSchema).min(4).max(6),
  followUps: z.array(z.string().min(1)).min(3).max(5),
  questions: z.array(QuestionSchema).min(7),
});

export type Check = z.infer<typeof CheckSchema>;
export type Question = z.infer<typeof QuestionSchema>;

/** What a page may show of a question: never its answer or explanation. */
export interface PublicQuestion {
  id: string;
  prompt: string;
  choices: string[];
}

export type PublicCheck = Omit<Check, 'questions'> & { questions: PublicQuestion[] };
