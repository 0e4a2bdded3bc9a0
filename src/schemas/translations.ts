import { z } from 'zod';

/** One printed span, or several (one per correction of the paragraph, in the same order as `readAs`). */
const readingsSchema = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

const count = (v: string | string[] | undefined) => (v === undefined ? 0 : typeof v === 'string' ? 1 : v.length);

/**
 * `content/translations/<slug>.yaml`: one paragraph's English, keyed by its
 * paragraph ID. Either the text, or an object with a translator's flag where
 * the source is faulty.
 *
 * A paragraph with editorial corrections (content/data/corrections.yaml) needs
 * the object form with `flag`, `reads` and `readAs`: `reads` names each
 * corrected span as printed and `readAs` its corrected reading, pair by pair,
 * exactly as the corrections give them; the display string `flag` must say the
 * same (it quotes both). The content build checks this against the corrections.
 * A flag without `reads` is a translator's note only (for example a conjectured
 * reading that is not corrected).
 */
export const translationEntrySchema = z.union([
  z.string(),
  z
    .object({
      en: z.string(),
      /** What the source reads and how it was read, shown to the reader as a translator's note. */
      flag: z.string().min(1).optional(),
      /** The printed span(s) the flag corrects, exactly as printed (one per correction of the paragraph). */
      reads: readingsSchema.optional(),
      /** The corrected reading(s) the English translates, pairing with `reads` in order. */
      readAs: readingsSchema.optional(),
      /** Chinese characters the English may keep (e.g. a name shown in both scripts). */
      allowChinese: z.string().min(1).optional(),
    })
    .strict()
    .refine((e) => count(e.reads) === count(e.readAs), { message: 'reads and readAs must name the same number of readings', path: ['readAs'] })
    .refine((e) => e.reads === undefined || e.flag !== undefined, { message: 'reads and readAs need a flag that says the same to the reader', path: ['flag'] }),
]);
export type TranslationEntry = z.infer<typeof translationEntrySchema>;
