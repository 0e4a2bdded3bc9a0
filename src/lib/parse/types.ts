/**
 * The data model shared by every stage of the transcript pipeline.
 * Nothing here knows about Astro: the pipeline turns two text files into
 * these plain objects, and the emit stage turns them into Markdown files.
 */

/** Which of the two sources a piece of text comes from. */
export type SourceRole = 'full' | 'digest';

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
export type FurnitureKind =
  | 'title'
  | 'dateline'
  | 'photo-caption'
  | 'photo-credit'
  | 'source-tag'
  | 'continuation-marker';

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

/** A digest section printed twice: the copy that was not kept. */
export interface DuplicateSection {
  heading: string;
  keptPosition: number;
  droppedPosition: number;
  /** First and last source line of the dropped copy. */
  lines: [number, number];
  /** The dropped copy's characters (for the character accounting). */
  text: string;
}

/** The digest, parsed. */
export interface Digest {
  file: string;
  title: Furniture;
  lede: Paragraph;
  sections: DigestSection[];
  furniture: Furniture[];
}

/** Part of a full-transcript paragraph: characters [from, to) of paragraph `paragraph` (0-based index in the answer). */
export interface Span {
  paragraph: number;
  from: number;
  to: number;
}

/** How one digest paragraph corresponds to the full answer. */
export interface ParagraphAlignment {
  /** 0-based index of the digest paragraph in its section. */
  digestParagraph: number;
  spans: Span[];
  /** Share of the digest paragraph's characters covered by the matched spans (0..1). */
  coverage: number;
}

/** A digest section matched to the Q&A unit it abridges. */
export interface SectionAlignment {
  section: DigestSection;
  /** Q&A number, or null for a section asked after the full transcript breaks off. */
  unit: number | null;
  /** Similarity score of the best match (0..1). */
  score: number;
  paragraphs: ParagraphAlignment[];
}

/** Result of aligning the digest to the full transcript. */
export interface Alignment {
  sections: SectionAlignment[];
  duplicates: DuplicateSection[];
}
