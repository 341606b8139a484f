import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { LessonFrontmatterSchema } from './schemas/lesson.ts';

/** Lessons: content/lessons/<track>/<slug>/index.mdx, with id "<track>/<slug>". */
const lessons = defineCollection({
  loader: glob({
    pattern: '*/*/index.mdx',
    base: './content/lessons',
    generateId: ({ entry }) => entry.replace(/\/index\.mdx$/, ''),
  }),
  schema: LessonFrontmatterSchema,
});

export const collections = { lessons };
