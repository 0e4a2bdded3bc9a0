import type { DigestSection } from '../parse/types.ts';

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
