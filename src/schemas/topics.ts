import { z } from 'zod';
import { slugSchema } from './common.ts';

/** `content/data/topics.yaml`: slug, titles and summary of every topic. */

const topicEntry = z
  .object({
    slug: slugSchema,
    titleZh: z.string().min(1).optional(),
    titleEn: z.string().min(1),
    summaryEn: z.string().min(1),
  })
  .strict();
export type TopicEntry = z.infer<typeof topicEntry>;

export const topicsSchema = z
  .object({
    opening: topicEntry.extend({ titleZh: z.string().min(1) }),
    questions: z.record(z.string().regex(/^\d+$/, 'questions are keyed by their number'), topicEntry),
    digestOnly: z.record(z.string().min(1), topicEntry),
  })
  .strict();
export type TopicsData = z.infer<typeof topicsSchema>;
