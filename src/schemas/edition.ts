import { z } from 'zod';
import {
  CERTAINTIES,
  CORRECTION_KINDS,
  DIFF_OPS,
  FURNITURE_KINDS,
  GLOSSARY_CATEGORIES,
  OUTLET_KINDS,
  REGIONS,
  SOURCE_ROLES,
  TOPIC_KINDS,
  slugSchema,
} from './common.ts';

/**
 * The edition document: everything the site shows, computed once by the
 * content build and validated here. Pages, client scripts, downloads, the
 * search index and the preview images only render or read it. The topic
 * Markdown collection's frontmatter is its `topics[]`, the same objects.
 */

/**
 * A Chinese string as the site shows it: simplified, traditional (Taiwan
 * standard) and Hong Kong forms — each exactly as long as the simplified
 * text, so offsets carry over — its pinyin, and its words.
 */
export const zhStringSchema = z
  .object({
    hans: z.string(),
    hant: z.string(),
    hk: z.string(),
    /** One syllable per character (code point), space-separated, tone marks; `-` where a character has no reading. */
    pinyin: z.string(),
    /** Word lengths in characters, in order (they sum to the text's length): the unit of pinyin grouping. */
    words: z.array(z.number().int().positive()),
  })
  .strict();
export type ZhString = z.infer<typeof zhStringSchema>;

/** English prose that may quote Chinese: plain runs and converted Chinese runs. */
export const mixedSchema = z.array(z.union([z.string(), zhStringSchema]));
export type Mixed = z.infer<typeof mixedSchema>;

export const provenanceSchema = z
  .object({
    source: z.enum(SOURCE_ROLES),
    file: z.string(),
    lines: z.array(z.number().int().positive()).min(1),
    /** The file of each entry of `lines`, where a paragraph runs across two parts of the transcript. */
    files: z.array(z.string()).optional(),
    rejoined: z.boolean(),
  })
  .strict();
export type Provenance = z.infer<typeof provenanceSchema>;

const codePointRange = { from: z.number().int().min(0), to: z.number().int().positive() };

export const termMarkSchema = z.object({ term: slugSchema, ...codePointRange }).strict();
export type TermMark = z.infer<typeof termMarkSchema>;

/** A glossary term's rendering in a paragraph's English: UTF-16 code-unit range of `en` (not code points, as in the Chinese). */
export const enTermMarkSchema = z.object({ term: slugSchema, from: z.number().int().min(0), to: z.number().int().positive() }).strict();
export type EnTermMark = z.infer<typeof enTermMarkSchema>;

export const correctionMarkSchema = z
  .object({
    id: slugSchema,
    ...codePointRange,
    source: zhStringSchema,
    corrected: zhStringSchema,
    kind: z.enum(CORRECTION_KINDS),
    certainty: z.enum(CERTAINTIES),
    evidence: mixedSchema,
    note: mixedSchema,
  })
  .strict();
export type CorrectionMark = z.infer<typeof correctionMarkSchema>;

/**
 * A sentence group of a paragraph: Chinese sentence(s) and the English that renders them, with the group's anchor
 * (`<paragraph-id>-s<n>`, n from 1), its code-point range of the Chinese and its UTF-16 range of the English.
 * A paragraph's groups cover its Chinese and its English in order (the English groups are joined by single spaces).
 */
export const sentenceGroupSchema = z
  .object({
    id: slugSchema,
    zh: z.object(codePointRange).strict(),
    en: z.object({ from: z.number().int().min(0), to: z.number().int().positive() }).strict(),
  })
  .strict();
export type SentenceGroup = z.infer<typeof sentenceGroupSchema>;

export const paragraphSchema = z
  .object({
    id: slugSchema,
    zh: zhStringSchema,
    /** This edition's English translation. */
    en: z.string().min(1),
    /** Translator's note where the source is faulty: what it reads and how it was read. */
    flag: mixedSchema.nullable(),
    provenance: provenanceSchema,
    /** Glossary terms in the text (code-point ranges), longest match first, never overlapping a correction. */
    terms: z.array(termMarkSchema),
    /** The same terms in the English: the first occurrence of each term's rendering (glossary `en` or a variant), never overlapping. */
    enTerms: z.array(enTermMarkSchema),
    /** Editorial corrections: the printed span and the corrected reading. */
    corrections: z.array(correctionMarkSchema),
    /** The sentence groups: each Chinese sentence (or run of them) with its English, in order. */
    sentences: z.array(sentenceGroupSchema).min(1),
  })
  .strict();
export type EditionParagraph = z.infer<typeof paragraphSchema>;

export const diffPieceSchema = z.object({ op: z.enum(DIFF_OPS), text: zhStringSchema }).strict();

export const digestParagraphSchema = paragraphSchema
  .extend({
    /** The parts of the full answer this digest paragraph abridges (answer paragraph IDs, code-unit ranges). */
    spans: z.array(z.object({ paragraph: slugSchema, from: z.number().int().min(0), to: z.number().int().positive() }).strict()),
    coverage: z.number().min(0).max(1),
    /** Character-level comparison with the answer (empty for digest-only topics). */
    diff: z.array(diffPieceSchema),
  })
  .strict();
export type EditionDigestParagraph = z.infer<typeof digestParagraphSchema>;

export const furnitureSchema = z
  .object({
    kind: z.enum(FURNITURE_KINDS),
    source: z.enum(SOURCE_ROLES),
    file: z.string(),
    line: z.number().int().positive(),
    text: zhStringSchema,
    /** English, for furniture a reader sees (the photo caption). */
    en: z.string().nullable(),
  })
  .strict();
export type EditionFurniture = z.infer<typeof furnitureSchema>;

export const outletSchema = z
  .object({ zh: zhStringSchema, en: z.string(), country: z.string(), countryZh: zhStringSchema, region: z.enum(REGIONS), kind: z.enum(OUTLET_KINDS) })
  .strict();

const partSchema = z.object({ id: slugSchema, label: zhStringSchema, paragraphs: z.array(paragraphSchema).min(1) }).strict();

export const topicSchema = z
  .object({
    slug: slugSchema,
    order: z.number().int().min(0),
    kind: z.enum(TOPIC_KINDS),
    number: z.number().int().positive().nullable(),
    title: z.object({ zh: zhStringSchema, en: z.string(), zhFrom: z.enum(['digest-heading', 'authored']) }).strict(),
    summaryEn: z.string(),
    outlet: outletSchema.nullable(),
    question: partSchema.nullable(),
    answer: partSchema.nullable(),
    digest: z
      .object({
        id: slugSchema,
        heading: zhStringSchema,
        headingLine: z.number().int().positive(),
        score: z.number().min(0).max(1).nullable(),
        paragraphs: z.array(digestParagraphSchema).min(1),
        duplicate: z.object({ lines: z.tuple([z.number().int(), z.number().int()]), position: z.number().int() }).strict().nullable(),
      })
      .strict()
      .nullable(),
    sources: z.array(z.enum(SOURCE_ROLES)).min(1),
  })
  .strict();
export type EditionTopic = z.infer<typeof topicSchema>;

export const glossaryTermSchema = z
  .object({
    id: slugSchema,
    zh: zhStringSchema,
    also: z.array(zhStringSchema),
    /** The authored pinyin of the whole term (dictionary orthography). */
    pinyin: z.string(),
    en: z.string(),
    note: mixedSchema,
    category: z.enum(GLOSSARY_CATEGORIES),
    /** Where the term is marked: topic slug and paragraph ID, in reading order. */
    occurrences: z.array(z.object({ topic: slugSchema, paragraph: slugSchema }).strict()),
  })
  .strict();
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

const bilingual = z.object({ zh: zhStringSchema, en: z.string() }).strict();
const sourceFacts = z.object({ file: z.string(), zh: zhStringSchema, en: z.string(), descriptionEn: mixedSchema }).strict();

/** The authored facts about the event (content/data/conference.yaml), Chinese converted. */
export const factsSchema = z
  .object({
    speaker: z.object({ zh: zhStringSchema, en: z.string(), roleZh: zhStringSchema, roleEn: z.string(), region: z.enum(REGIONS) }).strict(),
    title: z.object({ en: z.string() }).strict(),
    shortTitle: bilingual,
    event: bilingual,
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    dateZh: zhStringSchema,
    dateEn: z.string(),
    venue: bilingual,
    publisher: bilingual.extend({ short: z.string() }),
    sources: z.object({ full: sourceFacts, digest: sourceFacts }).strict(),
  })
  .strict();
export type Facts = z.infer<typeof factsSchema>;

/** An interface string: its Chinese (converted), if it has one, and its English. */
export const uiEntrySchema = z.object({ zh: zhStringSchema.nullable(), en: z.string() }).strict();
export type UiEntry = z.infer<typeof uiEntrySchema>;

const ledgerSchema = z
  .object({
    source: z.number().int(),
    paragraphs: z.number().int(),
    headings: z.number().int(),
    'speaker-labels': z.number().int(),
    furniture: z.number().int(),
    duplicates: z.number().int(),
  })
  .strict();

export const editionSchema = z
  .object({
    facts: factsSchema,
    title: z.object({ zh: zhStringSchema, digestZh: zhStringSchema, en: z.string() }).strict(),
    lede: paragraphSchema,
    digestLede: paragraphSchema,
    furniture: z.array(furnitureSchema),
    /** The number of the last question of the full transcript when it breaks off, else null. */
    truncatedAfterQuestion: z.number().int().nullable(),
    continuation: furnitureSchema.nullable(),
    normalisation: z.object({ full: z.array(z.string()), digest: z.array(z.string()) }).strict(),
    accounting: z.object({ full: ledgerSchema, digest: ledgerSchema }).strict(),
    topics: z.array(topicSchema).min(1),
    glossary: z.array(glossaryTermSchema),
    ui: z.record(z.string(), uiEntrySchema),
    /** Renamed anchors: page path → old ID → new ID. */
    anchorAliases: z.record(z.string(), z.record(z.string(), z.string())),
    /** Chinese runs of the authored prose pages (content/pages), converted: simplified text → its forms. */
    prose: z.record(z.string(), zhStringSchema),
  })
  .strict();
export type Edition = z.infer<typeof editionSchema>;
