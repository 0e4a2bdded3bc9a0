/**
 * What the parse stage makes of the two transcripts: plain structures with
 * every paragraph's provenance. Nothing here knows about this event or Astro.
 */

import type { FurnitureKind, SourceRole } from '../../schemas/common.ts';

export type { FurnitureKind, SourceRole };

/** A source file after normalisation, with 1-based line numbers preserved. */
export interface NormalisedSource {
  role: SourceRole;
  /** Path as given to the pipeline, used in every error and provenance note. */
  file: string;
  /** Lines after normalisation; `lines[0]` is line 1. */
  lines: string[];
  /** What normalisation changed, for the record (BOM, CRLF, spaces). */
  changes: string[];
}

/** One non-empty line that carries running text (not furniture). */
export interface TextLine {
  line: number;
  text: string;
}

/** Where a paragraph comes from in its source. */
export interface Provenance {
  source: SourceRole;
  file: string;
  /** Source line numbers of every piece of the paragraph, in order. */
  lines: number[];
  /** True when the paragraph was rebuilt from pieces split by a page break. */
  rejoined: boolean;
}

/** A paragraph rebuilt from one or more source lines. */
export interface Paragraph {
  text: string;
  provenance: Provenance;
}

/** Non-text material of a newspaper page: kept as metadata, never as answer text. */
export interface Furniture {
  kind: FurnitureKind;
  source: SourceRole;
  file: string;
  line: number;
  text: string;
}

/** A question and the minister's answer, as numbered in the full transcript. */
export interface QaUnit {
  /** 1-based order of the question in the press conference. */
  number: number;
  /** Outlet name exactly as the source prints it before `记者：`. */
  outlet: string;
  /** The speaker label as printed, e.g. `彭博社记者：`. */
  questionLabel: string;
  question: Paragraph[];
  /** The answer's speaker label as printed (`王毅：`). */
  answerLabel: string;
  answer: Paragraph[];
}

/** The full transcript, parsed. */
export interface FullTranscript {
  file: string;
  title: Furniture;
  dateline: Furniture;
  lede: Paragraph;
  openingLabel: string;
  opening: Paragraph[];
  units: QaUnit[];
  /** The `(下转第四版)` marker: the source breaks off here. */
  continuation: Furniture | null;
  furniture: Furniture[];
}

/** One `谈…` section of the digest. */
export interface DigestSection {
  /** 1-based position among the digest's sections, duplicates included. */
  position: number;
  heading: string;
  headingLine: number;
  paragraphs: Paragraph[];
}

/** The digest, parsed. */
export interface Digest {
  file: string;
  title: Furniture;
  lede: Paragraph;
  sections: DigestSection[];
  furniture: Furniture[];
}

/** Both sources, parsed. */
export interface Parsed {
  full: FullTranscript;
  digest: Digest;
  /** What normalisation changed in each source. */
  normalisation: Record<SourceRole, string[]>;
  /** The normalised sources (for the character accounting at the end of the build). */
  normalised: Record<SourceRole, NormalisedSource>;
}
