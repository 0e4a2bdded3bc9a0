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
  /** The file the line is in, when the text comes from several parts (continuation pages). */
  file?: string;
}

/** Where a paragraph comes from in its source. */
export interface Provenance {
  source: SourceRole;
  file: string;
  /** Source line numbers of every piece of the paragraph, in order. */
  lines: number[];
  /** True when the paragraph was rebuilt from pieces split by a page break. */
  rejoined: boolean;
  /**
   * Only for a paragraph that runs on from one full-transcript part into the
   * next (a continuation page): the file of each entry of `lines`.
   */
  files?: string[];
}

/** A paragraph rebuilt from one or more source lines. */
export interface Paragraph {
  text: string;
  provenance: Provenance;
}

/**
 * Which rule recognised a furniture line, where `kind` alone does not say it:
 * `continued-from` (`(上接第一版)`, kind continuation-marker), `end-mark`
 * (`(完)`), `editor` (`【责任编辑：…】`), `source-line` (`来源：…`) (all kind
 * source-tag), `credit-without-slash` (`新华社记者 刘续摄`, kind photo-credit).
 */
export type FurnitureRule = 'continued-from' | 'end-mark' | 'editor' | 'source-line' | 'credit-without-slash';

/** Non-text material of a newspaper page: kept as metadata, never as answer text. */
export interface Furniture {
  kind: FurnitureKind;
  source: SourceRole;
  file: string;
  line: number;
  text: string;
  rule?: FurnitureRule;
}

/** A speaker label as printed, with its place (every one, repeated labels included). */
export interface SpeakerLabel {
  file: string;
  line: number;
  text: string;
  /** Whether this label repeats the speaker of the paragraph before (a layout that labels every paragraph). */
  repeated: boolean;
}

/** How the full transcript's speaker labels are laid out. */
export interface LabelLayout {
  /** `inline` (`王毅：各位…`) or `own-line` (`王毅：` alone, text below), or `mixed`. */
  placement: 'inline' | 'own-line' | 'mixed';
  /** Whether every paragraph of a turn repeats the label. */
  repeated: boolean;
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
  /** The first (or only) part's file. */
  file: string;
  /** Every part's file, in order (one entry for a single source). */
  files: string[];
  title: Furniture;
  dateline: Furniture;
  lede: Paragraph;
  openingLabel: string;
  opening: Paragraph[];
  units: QaUnit[];
  /** The last part's `(下转第四版)` marker: the source breaks off here. */
  continuation: Furniture | null;
  /** The end mark or web footer (`(完)`, `【责任编辑：…】`) that closes a complete text. */
  endMark: Furniture | null;
  furniture: Furniture[];
  /** Every speaker label printed, in order. */
  labels: SpeakerLabel[];
  labelLayout: LabelLayout;
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
  /**
   * The normalised sources (for the character accounting at the end of the
   * build). With several full-transcript parts, `normalised.full` holds all
   * their lines in order under the joined file names (for counting only: its
   * line numbers are not any file's); `fullParts` has each part.
   */
  normalised: Record<SourceRole, NormalisedSource>;
  fullParts: NormalisedSource[];
}
