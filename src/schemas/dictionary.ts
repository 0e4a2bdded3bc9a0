import { z } from 'zod';
import { dictionaryCreditsSchema } from './dictionary-credits.ts';

/**
 * The dictionary subset: every word of this edition's Chinese (as its ruby
 * groups it) with its CC-CEDICT senses, HSK 2.0 level, frequency band, glossary
 * term and occurrences, and the entry's interface labels. Built by
 * src/lib/dictionary/build-dictionary.ts in the content build, written with
 * the edition as content/build/generated/dictionary.json, served as
 * /data/dictionary.json and fetched by the browser only on the first lookup
 * (src/client/lookup.ts).
 */

/** A measure word of a sense: simplified, traditional, tone-marked pinyin. */
export const measureWordSchema = z.tuple([z.string().min(1), z.string().min(1), z.string()]);

export const senseSchema = z
  .object({
    /** CC-CEDICT's reading, tone-marked, one syllable per character, space-separated (`zhèng dàng`). */
    p: z.string().min(1),
    /** CC-CEDICT's traditional headword of this sense. */
    t: z.string().min(1),
    /** Definitions, as CC-CEDICT words them (pinyin in brackets tone-marked). */
    d: z.array(z.string().min(1)),
    /** Measure words (CL:). */
    m: z.array(measureWordSchema),
  })
  .strict();
export type Sense = z.infer<typeof senseSchema>;

export const wordEntrySchema = z
  .object({
    /** Traditional forms this word takes in the text: [Taiwan, Hong Kong] pairs. */
    f: z.array(z.tuple([z.string(), z.string()])).min(1),
    /** CC-CEDICT senses; empty when CEDICT has no word-level entry (then `c` is set). */
    s: z.array(senseSchema),
    /** Word missing from CC-CEDICT: look up its characters. */
    c: z.boolean().optional(),
    /** HSK 2.0 level (1–6) of the word, null if it is not on the HSK word list. */
    h: z.number().int().min(1).max(6).nullable(),
    /** Frequency band (1 = most common … 5 = rare, named by the label `lookupBand<b>`) from the BCC corpus word rank, null if unlisted. */
    b: z.number().int().min(1).max(5).nullable(),
    /** Glossary term ID when the word is (a form of) a glossary term. */
    g: z.string().nullable(),
    /** Occurrences in the press conference (question, answer and lede paragraphs, and the digest-only topics). */
    n: z.number().int().min(0),
    /** Distinct paragraphs with an occurrence: indexes into `paragraphs`. */
    o: z.array(z.number().int().min(0)),
  })
  .strict();
export type WordEntry = z.infer<typeof wordEntrySchema>;

/**
 * The interface strings (content/ui.yaml) the lookup entry shows, built in the
 * browser: the frequency bands' names (`lookupBand1` … `lookupBand5`) and the
 * entry's labels. The content build copies them into the subset.
 */
export const LOOKUP_LABELS = [
  'lookupClose',
  'lookupOtherReadings',
  'lookupMeasureWords',
  'lookupHsk',
  'lookupNotHsk',
  'lookupAppears',
  'lookupAppearsOnce',
  'lookupNotInText',
  'lookupGlossary',
  'lookupCharacters',
  'lookupSource',
  'lookupKeys',
  'lookupBand1',
  'lookupBand2',
  'lookupBand3',
  'lookupBand4',
  'lookupBand5',
] as const;
export type LookupLabel = (typeof LOOKUP_LABELS)[number];

/** An interface label of the entry: its Chinese in both scripts (Taiwan and Hong Kong forms) and its English, `{name}` placeholders kept. */
export const lookupLabelSchema = z
  .object({
    zh: z.object({ hans: z.string().min(1), hant: z.string().min(1), hk: z.string().min(1) }).strict().nullable(),
    en: z.string().min(1),
  })
  .strict();
export type LookupLabelText = z.infer<typeof lookupLabelSchema>;

export const dictionarySchema = z
  .object({
    /** The credits of content/data/dictionary.yaml with the date of the CC-CEDICT snapshot. */
    attribution: dictionaryCreditsSchema.extend({ snapshot: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }).strict(),
    /** Paragraphs that occurrences point to: [topic slug, paragraph ID]. */
    paragraphs: z.array(z.tuple([z.string(), z.string()])),
    /** Simplified word (one ruby of the text) → its entry. */
    words: z.record(z.string(), wordEntrySchema),
    /** Interface labels of the entry (content/ui.yaml, converted), every key of LOOKUP_LABELS. */
    ui: z.object(Object.fromEntries(LOOKUP_LABELS.map((k) => [k, lookupLabelSchema])) as Record<LookupLabel, typeof lookupLabelSchema>).strict(),
  })
  .strict();
export type Dictionary = z.infer<typeof dictionarySchema>;
