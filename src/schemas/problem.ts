import { z } from 'zod';
import { DIFFICULTIES } from './lesson.ts';

/** The frontmatter of content/problems/<slug>/problem.md. The track is the first lesson's track. */
export const ProblemFrontmatterSchema = z.strictObject({
  title: z.string().min(3).max(80),
  summary: z.string().min(20).max(200),
  difficulty: z.enum(DIFFICULTIES),
  tags: z.array(z.string().min(2).max(30)).min(1).max(5),
  /** The lessons it practises, as "<track>/<slug>"; the first is its home. */
  lessons: z
    .array(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'expected "<track>/<slug>"'))
    .min(1)
    .max(4),
  /** The Python function the tests call. */
  function: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'expected a Python identifier'),
  /** How close a float must be: |actual - expected| <= atol + rtol * |expected|, elementwise. */
  tolerance: z.strictObject({ rtol: z.number().min(0).max(1), atol: z.number().min(0).max(1) }),
  /** Wall-clock limit of one test, in milliseconds. */
  timeLimitMs: z.number().int().min(100).max(10_000).default(2000),
});

export type ProblemFrontmatter = z.infer<typeof ProblemFrontmatterSchema>;
