import { z } from 'zod';
import { REGIONS } from './common.ts';

/** `content/data/conference.yaml`: the facts about the event, in both languages. */

const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();
const sourceFacts = z.object({ file: z.string().min(1), zh: z.string().min(1), en: z.string().min(1), descriptionEn: z.string().min(1) }).strict();

export const conferenceSchema = z
  .object({
    speaker: z.object({ zh: z.string().min(1), en: z.string().min(1), roleZh: z.string().min(1), roleEn: z.string().min(1), region: z.enum(REGIONS) }).strict(),
    title: z.object({ en: z.string().min(1) }).strict(),
    /** Short name of the event for running heads and the site name (`王毅记者会`, `Wang Yi’s press conference`). */
    shortTitle: bilingual,
    event: bilingual,
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD'),
    dateZh: z.string().min(1),
    dateEn: z.string().min(1),
    venue: bilingual,
    /** Who published the Chinese text (`新华社`, `Xinhua News Agency`). */
    publisher: bilingual.extend({ short: z.string().min(1) }),
    sources: z.object({ full: sourceFacts, digest: sourceFacts }).strict(),
  })
  .strict();
export type ConferenceData = z.infer<typeof conferenceSchema>;
