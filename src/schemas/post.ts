import { z } from 'zod';
import { ReferenceSchema } from './reference.ts';

/** The frontmatter of content/posts/<slug>/index.mdx. */
export const PostFrontmatterSchema = z.strictObject({
  title: z.string().min(3).max(90),
  summary: z.string().min(20).max(300),
  date: z.coerce.date(),
  author: z.string().min(2).max(60),
  tags: z.array(z.string().min(2).max(30)).min(1).max(5),
  references: z.array(ReferenceSchema).max(8).default([]),
});

export type PostFrontmatter = z.infer<typeof PostFrontmatterSchema>;
