import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { LessonFrontmatterSchema } from './schemas/lesson.ts';
import { PageFrontmatterSchema } from './schemas/page.ts';
import { PostFrontmatterSchema } from './schemas/post.ts';
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

/** Blog posts: content/posts/<slug>/index.mdx, with id "<slug>". */
const posts = defineCollection({
  loader: glob({
    pattern: '*/index.mdx',
    base: './content/posts',
    generateId: ({ entry }) => entry.replace(/\/index\.mdx$/, ''),
  }),
  schema: PostFrontmatterSchema,
});

/** Standalone pages written as markdown (terms, privacy): content/pages/<id>.md. */
const pages = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/pages' }),
  schema: PageFrontmatterSchema,
});

export const collections = { lessons, problems, posts, pages };
