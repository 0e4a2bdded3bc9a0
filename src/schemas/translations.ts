import { z } from 'zod';

/** One printed span, or several (one per correction of the paragraph, in the same order as `readAs`). */
const readingsSchema = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

/**
 * The fingerprint of the Chinese an entry was made for: 12 hexadecimal digits of the
 * SHA-256 of the paragraph's simplified text, a space and its first characters
 * (`3f9a0c12be47 中美关系关乎两国人民福祉…`). Written by `npm run translations:stamp`.
 */
/** The form of a fingerprint field: hash, then optionally a space and the excerpt. */
export const FINGERPRINT_PATTERN = /^([0-9a-f]{12})(?: (.*))?$/su;

export const fingerprintFieldSchema = z.string().regex(FINGERPRINT_PATTERN, 'expected a fingerprint: 12 hexadecimal digits, a space and the opening of the Chinese (written by npm run translations:stamp)');

/** The Chinese sentences a group renders: one number (`2`) or an inclusive range (`2-3`), 1-based. */
export const sentenceRefSchema = z.union([
  z.number().int().positive(),
  z.string().regex(/^\s*\d+\s*-\s*\d+\s*$/, 'expected a sentence number (2) or range (2-3)'),
]);

/**
 * One sentence group of a paragraph's English: the Chinese sentence(s) it
 * renders (`zh`, numbered from 1 as splitSentences cuts the paragraph) and
 * their English — one English sentence or several (1:1, 1:n), or one English
 * sentence for several Chinese ones (n:1, `zh: 2-3`).
 */
export const sentenceGroupSchema = z.object({ zh: sentenceRefSchema, en: z.string() }).strict();
export type SentenceGroupEntry = z.infer<typeof sentenceGroupSchema>;

/**
 * A paragraph's English: a list of sentence groups covering its Chinese
 * sentences in order, or — for a paragraph of one Chinese sentence — the
 * English as one string.
 */
export const englishSchema = z.union([z.string(), z.array(sentenceGroupSchema).min(1)]);

const count = (v: string | string[] | undefined) => (v === undefined ? 0 : typeof v === 'string' ? 1 : v.length);

/**
 * `content/translations/<slug>.yaml`: one paragraph's English, keyed by its
 * paragraph ID. An object with `fingerprint` (of the Chinese the English was
 * made for, see fingerprintFieldSchema) and `en` (sentence groups, see
 * englishSchema), and a translator's flag where the source is faulty. A bare
 * string (the English alone) is still read, but the build rejects it as unstamped.
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
      /** The fingerprint of the paragraph's Chinese this English renders: a changed paragraph makes the English stale. */
      fingerprint: fingerprintFieldSchema.optional(),
      /** The English, as sentence groups (see englishSchema). */
      en: englishSchema,
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
