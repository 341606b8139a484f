import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug is lowercase words joined by hyphens');

export const CurriculumLessonSchema = z.strictObject({
  step: z.number().int().positive(),
  slug,
  title: z.string().min(1),
});

export const TrackSchema = z.strictObject({
  id: slug,
  title: z.string().min(1),
  icon: z.string().min(1),
  lessons: z.array(CurriculumLessonSchema).min(1),
});

export const CurriculumSchema = z.strictObject({
  tracks: z.array(TrackSchema).min(1),
});

export type CurriculumFile = z.infer<typeof CurriculumSchema>;
