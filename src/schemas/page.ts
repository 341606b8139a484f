import { z } from 'zod';

/** The frontmatter of a standalone page (content/pages/<id>.md): terms, privacy. */
export const PageFrontmatterSchema = z.strictObject({
  title: z.string().min(3).max(80),
  summary: z.string().min(20).max(200),
  updated: z.coerce.date(),
});
