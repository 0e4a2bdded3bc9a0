import { z } from 'zod';

/**
 * `content/data/word-joins.yaml`: authored corrections to `Intl.Segmenter`'s
 * word boundaries. `word` is a string of the text with `|` where the words
 * divide: without a bar it is one word the segmenter splits (习近平, not
 * 习|近平); with bars it is a free combination the segmenter takes as one word
 * although no dictionary lists it (更|多). Each occurrence that starts and ends
 * on a segment boundary is re-cut so.
 */
export const wordJoinSchema = z
  .object({
    word: z.string().regex(/^\p{Script=Han}+(\|\p{Script=Han}+)*$/u, 'Chinese characters, with | between words'),
    reason: z.string().min(1),
  })
  .strict();
export type WordJoin = z.infer<typeof wordJoinSchema>;
export const wordJoinsSchema = z.array(wordJoinSchema);
