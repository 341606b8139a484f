import { z } from 'zod';

export const MergeBodySchema = z.strictObject({
  receipts: z.array(z.string().max(1024)).max(200),
});

export interface TrackProgress {
  id: string;
  title: string;
  done: number;
  total: number;
}

export interface Progress {
  completed: Array<{ lesson: string; completedAt: string }>;
  tracks: TrackProgress[];
  done: number;
  total: number;
  percent: number;
  /** "12 of 155" */
  label: string;
}
