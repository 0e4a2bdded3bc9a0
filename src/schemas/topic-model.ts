import type { OutletKind, Region, SourceRole, TopicKind } from './common.ts';

/**
 * The shape of a topic at every stage of the build, generic in what a
 * paragraph is (`P`, `D` for digest paragraphs) and what a Chinese string is
 * (`Z`: plain text before the annotate stage, `ZhString` after). The edition
 * schema's topic is this shape with its final types; the helpers below serve
 * the pipeline, the pages and the tests alike.
 */
export interface TopicShape<P, D, Z> {
  slug: string;
  /** Position in the press conference (0 = opening remarks). */
  order: number;
  kind: TopicKind;
  /** The question's number in the full transcript; null for the opening remarks and digest-only topics. */
  number: number | null;
  title: { zh: Z; en: string; zhFrom: 'digest-heading' | 'authored' };
  summaryEn: string;
  outlet: { zh: Z; en: string; country: string; countryZh: Z; region: Region; kind: OutletKind } | null;
  question: PartShape<P, Z> | null;
  answer: PartShape<P, Z> | null;
  digest: DigestShape<D, Z> | null;
  sources: SourceRole[];
}

/** A question or an answer: its anchor, its speaker label as printed, its paragraphs. */
export interface PartShape<P, Z> {
  id: string;
  label: Z;
  paragraphs: P[];
}

/** The digest's section for a topic. */
export interface DigestShape<D, Z> {
  id: string;
  heading: Z;
  headingLine: number;
  /** Similarity of the section to the answer it abridges (0..1); null for digest-only topics. */
  score: number | null;
  paragraphs: D[];
  /** A second printing of the same section that was dropped. */
  duplicate: { lines: [number, number]; position: number } | null;
}

/** Which part of a topic a paragraph belongs to. */
export type PartName = 'question' | 'answer' | 'digest';

/** Every paragraph of a topic in reading order (question, answer, digest), with its part and 1-based number. */
export function topicParagraphs<P, D, Z>(topic: TopicShape<P, D, Z>): { part: PartName; number: number; paragraph: P | D }[] {
  return [
    ...(topic.question?.paragraphs ?? []).map((paragraph, i) => ({ part: 'question' as const, number: i + 1, paragraph })),
    ...(topic.answer?.paragraphs ?? []).map((paragraph, i) => ({ part: 'answer' as const, number: i + 1, paragraph })),
    ...(topic.digest?.paragraphs ?? []).map((paragraph, i) => ({ part: 'digest' as const, number: i + 1, paragraph })),
  ];
}

/** How each stage turns a topic's paragraphs and Chinese strings into the next stage's. */
export interface TopicMapper<P, D, Z, P2, D2, Z2> {
  paragraph(p: P): P2;
  digestParagraph(d: D): D2;
  zh(text: Z): Z2;
}

/** A new topic with every paragraph and Chinese string mapped (the input is not changed). */
export function mapTopic<P, D, Z, P2, D2, Z2>(topic: TopicShape<P, D, Z>, f: TopicMapper<P, D, Z, P2, D2, Z2>): TopicShape<P2, D2, Z2> {
  const part = (p: PartShape<P, Z> | null): PartShape<P2, Z2> | null => (p ? { id: p.id, label: f.zh(p.label), paragraphs: p.paragraphs.map((x) => f.paragraph(x)) } : null);
  return {
    ...topic,
    title: { ...topic.title, zh: f.zh(topic.title.zh) },
    outlet: topic.outlet ? { ...topic.outlet, zh: f.zh(topic.outlet.zh), countryZh: f.zh(topic.outlet.countryZh) } : null,
    question: part(topic.question),
    answer: part(topic.answer),
    digest: topic.digest
      ? { ...topic.digest, heading: f.zh(topic.digest.heading), paragraphs: topic.digest.paragraphs.map((d) => f.digestParagraph(d)) }
      : null,
    sources: [...topic.sources],
  };
}
