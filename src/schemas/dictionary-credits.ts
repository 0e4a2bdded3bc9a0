import { z } from 'zod';

/**
 * `content/data/dictionary.yaml`: the credits of the dictionary subset (its
 * source and licence, the schemes of its HSK levels and frequency bands) and
 * the attribution line of the vocabulary downloads.
 */
export const dictionaryCreditsSchema = z
  .object({
    source: z.string().min(1),
    sourceUrl: z.string().url(),
    licence: z.string().min(1),
    licenceUrl: z.string().url(),
    /** The licence of the derived subset and lists. */
    derived: z.string().min(1),
    /** Which HSK scheme the levels follow. */
    hsk: z.string().min(1),
    /** Where the frequency bands come from. */
    frequency: z.string().min(1),
    /** The attribution line of the vocabulary downloads. */
    list: z.string().min(1),
  })
  .strict();
export type DictionaryCredits = z.infer<typeof dictionaryCreditsSchema>;
