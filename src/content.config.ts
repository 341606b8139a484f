import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { LessonFrontmatterSchema } from './schemas/lesson.ts';
import { ProblemFrontmatterSchema } from './schemas/problem.ts';

/** Lessons: content/lessons/<track>/<slug>/index.mdx, with id "<track>/<slug>". */
const lessons = defineCollection({
  loader: glob({
    pattern: '*/*/index.mdx',
    base: './content/lessons',
    generateId: ({ entry }) => entry.replace(/\/index\.mdx$/, ''),
  }),
  schema: LessonFrontmatterSchema,
});

/** Practice problem statements: content/problems/<slug>/problem.md, with id "<slug>" (tests stay out). */
const problems = defineCollection({
  loader: glob({
    pattern: '*/problem.md',
    base: './content/problems',
    generateId: ({ entry }) => entry.replace(/\/problem\.md$/, ''),
  }),
  schema: ProblemFrontmatterSchema,
});

export const collections = { lessons, problems };
