import { z } from 'zod';

/**
 * Zod schemas of the authored data files under `content/data/`.
 * They are the single definition of what an editor may write there.
 */

const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) });
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug is lower-case words joined by hyphens');

export const conferenceSchema = z.object({
  speaker: z.object({ zh: z.string().min(1), en: z.string().min(1), roleZh: z.string().min(1), roleEn: z.string().min(1) }),
  title: z.object({ en: z.string().min(1) }),
  event: bilingual,
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  dateZh: z.string().min(1),
  dateEn: z.string().min(1),
  venue: bilingual,
  sources: z.object({
    full: z.object({ file: z.string(), zh: z.string(), en: z.string(), descriptionEn: z.string() }),
    digest: z.object({ file: z.string(), zh: z.string(), en: z.string(), descriptionEn: z.string() }),
  }),
});
export type ConferenceData = z.infer<typeof conferenceSchema>;

export const outletKinds = ['broadcaster', 'news-agency', 'newspaper'] as const;
export const outletSchema = z.object({
  en: z.string().min(1),
  country: z.string().min(1),
  countryZh: z.string().min(1),
  region: z.string().min(1),
  kind: z.enum(outletKinds),
});
export const outletsSchema = z.record(z.string().min(1), outletSchema);
export type OutletData = z.infer<typeof outletSchema>;

const topicEntry = z.object({
  slug,
  titleZh: z.string().min(1).optional(),
  titleEn: z.string().min(1),
  summaryEn: z.string().min(1),
});
export type TopicEntry = z.infer<typeof topicEntry>;

export const topicsSchema = z.object({
  opening: topicEntry.extend({ titleZh: z.string().min(1) }),
  questions: z.record(z.string().regex(/^\d+$/, 'questions are keyed by their number'), topicEntry),
  digestOnly: z.record(z.string().min(1), topicEntry),
});
export type TopicsData = z.infer<typeof topicsSchema>;
