import { z } from 'zod';

/** A work a lesson cites: who, what, when, and where to find it (a venue, an arXiv id or a URL). */
export const ReferenceSchema = z
  .strictObject({
    authors: z.string().min(1),
    title: z.string().min(1),
    year: z.number().int().min(1800).max(2100),
    venue: z.string().min(1).optional(),
    arxiv: z
      .string()
      .regex(/^\d{4}\.\d{4,5}$/, 'an arXiv id looks like 1706.03762')
      .optional(),
    url: z.url().optional(),
  })
  .refine((r) => r.venue !== undefined || r.arxiv !== undefined || r.url !== undefined, {
    message: 'a reference needs a venue, an arxiv id or a url',
  });

export type Reference = z.infer<typeof ReferenceSchema>;
