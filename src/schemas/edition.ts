import { z } from 'zod';
import { conferenceSchema } from '../../schemas/conference.ts';

/**
 * The shape of what the pipeline emits: the frontmatter of each topic's
 * Markdown file and the conference-wide JSON record. The Astro content
 * collections validate against these same schemas, so the site and the
 * pipeline cannot disagree about the data.
 */

export const provenanceSchema = z.object({
  source: z.enum(['full', 'digest']),
  file: z.string(),
  lines: z.array(z.number().int().positive()).min(1),
  rejoined: z.boolean(),
});

const anchorId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const paragraphSchema = z.object({
  id: anchorId,
  zh: z.string().min(1),
  /** The project's English translation. */
  en: z.string().min(1),
  /** Translator's flag where the source is faulty: what it reads and how it was read. */
  flag: z.string().nullable(),
  /** Traditional characters, Taiwan standard (same length as zh). */
  hant: z.string().min(1),
  /** Traditional characters, Hong Kong standard. */
  hk: z.string().min(1),
  /** One pinyin syllable per character of zh, space-separated; `-` where a character has no reading. */
  pinyin: z.string().min(1),
  provenance: provenanceSchema,
  /** Glossary terms in the text (code-point ranges), longest match first, never overlapping a correction. */
  terms: z.array(z.object({ term: anchorId, from: z.number().int().min(0), to: z.number().int().positive() })),
  /** Editorial corrections: the printed span and the corrected reading. */
  corrections: z.array(
    z.object({
      id: anchorId,
      from: z.number().int().min(0),
      to: z.number().int().positive(),
      source: z.string(),
      corrected: z.string(),
      kind: z.enum(['typo', 'garble', 'omission', 'duplication']),
      certainty: z.enum(['certain', 'probable', 'uncertain']),
      evidence: z.string(),
      note: z.string(),
    }),
  ),
});
export type ParagraphOut = z.infer<typeof paragraphSchema>;

export const digestParagraphSchema = paragraphSchema.extend({
  /** The parts of the full answer this digest paragraph abridges. */
  spans: z.array(z.object({ paragraph: anchorId, from: z.number().int().min(0), to: z.number().int().positive() })),
  coverage: z.number().min(0).max(1),
  /** Character-level comparison with the answer's spans (empty for digest-only topics). */
  diff: z.array(z.object({ op: z.enum(['same', 'omit', 'add']), text: z.string() })),
});
export type DigestParagraphOut = z.infer<typeof digestParagraphSchema>;

export const furnitureSchema = z.object({
  kind: z.enum(['title', 'dateline', 'photo-caption', 'photo-credit', 'source-tag', 'continuation-marker']),
  source: z.enum(['full', 'digest']),
  file: z.string(),
  line: z.number().int().positive(),
  text: z.string(),
  /** English, for furniture a reader sees (the photo caption). */
  en: z.string().optional(),
});

export const outletOutSchema = z.object({
  zh: z.string(),
  en: z.string(),
  country: z.string(),
  countryZh: z.string(),
  region: z.string(),
  kind: z.enum(['broadcaster', 'news-agency', 'newspaper']),
});

export const topicSchema = z.object({
  slug: anchorId,
  order: z.number().int().min(0),
  kind: z.enum(['opening', 'qa', 'digest-only']),
  /** The question's number in the press conference (full transcript only). */
  number: z.number().int().positive().nullable(),
  title: z.object({ zh: z.string(), en: z.string(), zhFrom: z.enum(['digest-heading', 'authored']) }),
  summaryEn: z.string(),
  outlet: outletOutSchema.nullable(),
  question: z.object({ id: anchorId, label: z.string(), paragraphs: z.array(paragraphSchema).min(1) }).nullable(),
  answer: z.object({ id: anchorId, label: z.string(), paragraphs: z.array(paragraphSchema).min(1) }).nullable(),
  digest: z
    .object({
      id: anchorId,
      heading: z.string(),
      headingLine: z.number().int().positive(),
      /** Similarity of the section to the answer it abridges (0..1); null for digest-only topics. */
      score: z.number().min(0).max(1).nullable(),
      paragraphs: z.array(digestParagraphSchema).min(1),
      /** A second printing of the same section that was dropped. */
      duplicate: z.object({ lines: z.tuple([z.number().int(), z.number().int()]), position: z.number().int() }).nullable(),
    })
    .nullable(),
  sources: z.array(z.enum(['full', 'digest'])).min(1),
});
export type TopicOut = z.infer<typeof topicSchema>;

/** Non-blank characters of a source, and how many went to each place of the model. */
const ledgerSchema = z.object({
  source: z.number().int(),
  paragraphs: z.number().int(),
  headings: z.number().int(),
  'speaker-labels': z.number().int(),
  furniture: z.number().int(),
  duplicates: z.number().int(),
});

export const conferenceOutSchema = z.object({
  id: z.literal('conference'),
  /** The authored facts about the event (content/data/conference.yaml). */
  facts: conferenceSchema,
  title: z.object({ zh: z.string(), digestZh: z.string(), en: z.string() }),
  lede: paragraphSchema,
  digestLede: paragraphSchema,
  furniture: z.array(furnitureSchema),
  truncatedAfterQuestion: z.number().int().nullable(),
  continuation: furnitureSchema.nullable(),
  normalisation: z.object({ full: z.array(z.string()), digest: z.array(z.string()) }),
  accounting: z.object({ full: ledgerSchema, digest: ledgerSchema }),
  topicOrder: z.array(anchorId),
});
export type ConferenceOut = z.infer<typeof conferenceOutSchema>;

export const glossaryOutSchema = z.object({
  id: anchorId,
  zh: z.string(),
  hant: z.string(),
  also: z.array(z.string()),
  pinyin: z.string(),
  en: z.string(),
  note: z.string(),
  category: z.enum(['concept', 'slogan', 'framework', 'institution', 'event', 'initiative', 'place']),
  /** Where the term is marked: topic slug and paragraph ID, in reading order. */
  occurrences: z.array(z.object({ topic: anchorId, paragraph: anchorId })),
});
export type GlossaryOut = z.infer<typeof glossaryOutSchema>;
