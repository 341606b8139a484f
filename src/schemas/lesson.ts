import { z } from 'zod';
import { ReferenceSchema } from './reference.ts';

export const DIFFICULTIES = ['Easy', 'Medium', 'Hard'] as const;

/** The frontmatter of content/lessons/<track>/<slug>/index.mdx. Step, track and neighbours are derived. */
export const LessonFrontmatterSchema = z.strictObject({
  title: z.string().min(1),
  summary: z.string().min(20).max(300),
  difficulty: z.enum(DIFFICULTIES),
  tag: z.string().min(2).max(40),
  updated: z.coerce.date(),
  references: z.array(ReferenceSchema).min(3).max(8),
});

export type LessonFrontmatter = z.infer<typeof LessonFrontmatterSchema>;
