import { z } from 'zod';

/**
 * `content/translations/<slug>.yaml`: one paragraph's English, keyed by its
 * paragraph ID. Either the text, or an object with a translator's flag where
 * the source is faulty.
 */
export const translationEntrySchema = z.union([
  z.string(),
  z
    .object({
      en: z.string(),
      /** What the source reads and how it was read, shown to the reader as a translator's note. */
      flag: z.string().min(1).optional(),
      /** Chinese characters the English may keep (e.g. a name shown in both scripts). */
      allowChinese: z.string().min(1).optional(),
    })
    .strict(),
]);
export type TranslationEntry = z.infer<typeof translationEntrySchema>;
