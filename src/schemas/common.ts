import { z } from 'zod';

/**
 * Building blocks shared by the schemas of the authored data files and of the
 * edition document. Each enumeration of the project is defined once, here,
 * and reused by the pipeline, `content.config.ts` and the JSON Schema download.
 */

/** Lower-case words joined by hyphens: topic slugs, glossary and correction IDs, anchors. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is lower-case words joined by hyphens');

/** Which of the two sources a piece of text comes from. */
export const SOURCE_ROLES = ['full', 'digest'] as const;
export type SourceRole = (typeof SOURCE_ROLES)[number];

/** Newspaper or web furniture: kept as metadata, never as running text. */
export const FURNITURE_KINDS = ['title', 'dateline', 'photo-caption', 'photo-credit', 'source-tag', 'continuation-marker'] as const;
export type FurnitureKind = (typeof FURNITURE_KINDS)[number];

/** Kinds of news organisation whose reporters asked questions. */
export const OUTLET_KINDS = ['broadcaster', 'news-agency', 'newspaper'] as const;
export type OutletKind = (typeof OUTLET_KINDS)[number];

/** World regions the overview chart colours outlets by. */
export const REGIONS = ['China', 'Americas', 'Europe', 'Asia-Pacific', 'Middle East and Africa'] as const;
export type Region = (typeof REGIONS)[number];

/** Categories of glossary entries. */
export const GLOSSARY_CATEGORIES = ['concept', 'slogan', 'framework', 'institution', 'event', 'initiative', 'place'] as const;
export type GlossaryCategory = (typeof GLOSSARY_CATEGORIES)[number];

/** What kind of fault an editorial correction repairs. */
export const CORRECTION_KINDS = ['typo', 'garble', 'omission', 'duplication'] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

/**
 * How sure the edition is of a corrected reading:
 * - `certain`: a witness prints the corrected reading (the digest, or a named
 *   published text of the press conference) and the print cannot stand; a
 *   correction marked certain must name its `witness`;
 * - `probable`: the print is faulty and the corrected reading is the evident
 *   repair (a fixed expression, a parallel clause, or a published text that may
 *   have edited the sentence);
 * - `uncertain`: the repair is a guess. Such a conjecture is better given as a
 *   translator's note on the paragraph, with the English following the print.
 */
export const CERTAINTIES = ['certain', 'probable', 'uncertain'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

/** Kinds of topic: the opening remarks, a question and answer, a topic known only from the digest. */
export const TOPIC_KINDS = ['opening', 'qa', 'digest-only'] as const;
export type TopicKind = (typeof TOPIC_KINDS)[number];

/** Pieces of the character-level comparison of a digest paragraph with the answer. */
export const DIFF_OPS = ['same', 'omit', 'add'] as const;
export type DiffOp = (typeof DIFF_OPS)[number];

/** Where an authored entry stands in its file, for error messages. */
export interface SourceLocation {
  file: string;
  line: number;
}
