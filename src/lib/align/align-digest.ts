import { splitSentences } from '../parse/sentences.ts';
import type { Digest, DigestSection, FullTranscript, QaUnit } from '../parse/types.ts';
import { bigrams, containment } from './similarity.ts';
import type { Alignment, DuplicateSection, ParagraphAlignment, SectionAlignment, Span } from './types.ts';

/** A section must share at least this much of its wording with an answer to count as its abridgement. */
export const SECTION_THRESHOLD = 0.5;
/** A digest sentence must share at least this much wording with a sentence of the answer to be matched to it. */
export const SENTENCE_THRESHOLD = 0.5;
/** Two sections under the same heading are one section printed twice when their wording is this alike. */
const DUPLICATE_THRESHOLD = 0.9;

/**
 * Align every digest section to the Q&A answer it abridges, by text
 * similarity, and each digest paragraph to the spans of the answer it
 * corresponds to. Sections that match no answer (asked after the full
 * transcript breaks off) get `unit: null`. A section printed twice is kept
 * once: the copy whose position agrees with the order of the press
 * conference; the other is returned as a duplicate.
 */
export function alignDigest(full: FullTranscript, digest: Digest): Alignment {
  const answerGrams = full.units.map((unit) => bigrams(unit.answer.map((p) => p.text).join('')));
  const matches = digest.sections.map((section) => bestUnit(section, full.units, answerGrams));

  const dropped = new Set<number>();
  const duplicates: DuplicateSection[] = [];
  for (const group of duplicateGroups(digest.sections)) {
    const kept = keptCopy(group, digest.sections, matches);
    for (const copy of group) {
      if (copy === kept) continue;
      dropped.add(copy.position);
      const lines = copy.paragraphs.flatMap((p) => p.provenance.lines);
      duplicates.push({
        heading: copy.heading,
        keptPosition: kept.position,
        droppedPosition: copy.position,
        lines: [copy.headingLine, Math.max(...lines)],
        text: copy.heading + copy.paragraphs.map((p) => p.text).join(''),
      });
    }
  }

  const sections: SectionAlignment[] = digest.sections
    .filter((section) => !dropped.has(section.position))
    .map((section) => {
      const match = matches[section.position - 1]!;
      const unit = match.unit === null ? null : full.units[match.unit - 1]!;
      return {
        section,
        unit: match.unit,
        score: match.score,
        paragraphs: unit ? section.paragraphs.map((p, i) => alignParagraph(p.text, i, unit)) : [],
      };
    });
  return { sections, duplicates };
}

interface UnitMatch {
  unit: number | null;
  score: number;
}

function bestUnit(section: DigestSection, units: QaUnit[], answerGrams: Set<string>[]): UnitMatch {
  const grams = bigrams(section.paragraphs.map((p) => p.text).join(''));
  let best: UnitMatch = { unit: null, score: 0 };
  answerGrams.forEach((answer, i) => {
    const score = containment(grams, answer);
    if (score > best.score) best = { unit: units[i]!.number, score };
  });
  return best.score >= SECTION_THRESHOLD ? best : { unit: null, score: best.score };
}

function duplicateGroups(sections: DigestSection[]): DigestSection[][] {
  const byHeading = new Map<string, DigestSection[]>();
  for (const section of sections) byHeading.set(section.heading, [...(byHeading.get(section.heading) ?? []), section]);
  const groups: DigestSection[][] = [];
  for (const copies of byHeading.values()) {
    if (copies.length < 2) continue;
    const first = bigrams(copies[0]!.paragraphs.map((p) => p.text).join(''));
    const alike = copies.filter((c) => containment(bigrams(c.paragraphs.map((p) => p.text).join('')), first) >= DUPLICATE_THRESHOLD);
    if (alike.length > 1) groups.push(alike);
  }
  return groups;
}

/**
 * Of the copies of a repeated section, keep the one that sits best in the
 * press conference's order. A section that abridges an answer is placed by
 * that answer, so its first copy is kept. A section that matches no answer was
 * asked after the full transcript breaks off, so it belongs after every
 * matched section: the copy with the fewest matched sections after it wins;
 * ties go to the first.
 */
function keptCopy(copies: DigestSection[], sections: DigestSection[], matches: UnitMatch[]): DigestSection {
  const laterMatched = (copy: DigestSection) =>
    sections.filter((s, i) => s.position > copy.position && matches[i]!.unit !== null).length;
  const matched = matches[copies[0]!.position - 1]!.unit;
  if (matched !== null) return copies[0]!;
  return copies.reduce((best, copy) => (laterMatched(copy) < laterMatched(best) ? copy : best));
}

function alignParagraph(text: string, index: number, unit: QaUnit): ParagraphAlignment {
  const candidates = unit.answer.flatMap((p, paragraph) =>
    splitSentences(p.text).map((s) => ({ paragraph, from: s.from, to: s.to, grams: bigrams(s.text) })),
  );
  const spans: Span[] = [];
  let covered = 0;
  let wording = 0;
  for (const sentence of splitSentences(text)) {
    const grams = bigrams(sentence.text);
    wording += sentence.text.length;
    let best: (typeof candidates)[number] | null = null;
    let bestScore = 0;
    for (const candidate of candidates) {
      const score = containment(grams, candidate.grams);
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    if (!best || bestScore < SENTENCE_THRESHOLD) continue;
    covered += sentence.text.length;
    const last = spans[spans.length - 1];
    if (last && last.paragraph === best.paragraph && last.to === best.from) last.to = best.to;
    else if (!spans.some((s) => s.paragraph === best!.paragraph && s.from <= best!.from && s.to >= best!.to)) {
      spans.push({ paragraph: best.paragraph, from: best.from, to: best.to });
    }
  }
  return { digestParagraph: index, spans, coverage: wording === 0 ? 0 : covered / wording };
}
