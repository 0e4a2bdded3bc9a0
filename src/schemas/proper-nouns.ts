import { z } from 'zod';

/**
 * `content/data/proper-nouns.yaml`: words CC-CEDICT capitalises (it lists
 * them only as names) that this text uses as common words, so their pinyin
 * stays lower case (天下大同 is the Great Harmony, not the city of Datong).
 */
export const properNounExceptionSchema = z
  .object({
    word: z.string().regex(/^\p{Script=Han}+$/u, 'Chinese characters'),
    reason: z.string().min(1),
  })
  .strict();
export type ProperNounException = z.infer<typeof properNounExceptionSchema>;
export const properNounExceptionsSchema = z.array(properNounExceptionSchema);
