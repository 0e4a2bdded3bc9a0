import type { SourceLocation } from '../../schemas/common.ts';
import { checkQuotations, type EnglishParagraph } from './quotations.ts';
import { comparable, rendering } from './text.ts';
import { problem, where, type Problem } from './types.ts';

/** A glossary entry as the check needs it (`content/data/glossary.yaml`). */
export interface GlossaryTermInput {
  id: string;
  zh: string;
  /** The rendering the translation uses for the term. */
  en: string;
  /** Other accepted renderings; each marked paragraph needs `en` or one of these. */
  variants?: readonly string[];
  /** The note; its “…” quotations must occur in the English of the text. */
  note: string;
  /** Where the entry starts in the glossary file. */
  at: SourceLocation;
}

/** A paragraph with its English and the glossary terms marked in its Chinese. */
export interface MarkedParagraph extends EnglishParagraph {
  id: string;
  en: string;
  /** IDs of the glossary entries marked in the paragraph's Chinese (repeats allowed). */
  terms: readonly string[];
  /** Where the paragraph's translation is authored. */
  at: SourceLocation;
}

/**
 * Check the glossary against the translation.
 *
 * - Every paragraph in which a term is marked has the entry's `en`, or one of
 *   its `variants`, in its English: case-insensitive, curly and straight
 *   quotes alike, a leading “the”, “a” or “an” of the rendering ignored.
 * - Every quotation in a note (text inside “…”) occurs in the English of some
 *   paragraph, and notes use no straight double quotes (see
 *   {@link checkQuotations} for the convention).
 * - Every term a paragraph marks has a glossary entry.
 *
 * Pure: reads nothing, changes nothing.
 *
 * @param entries the glossary, each entry with its location
 * @param paragraphs every paragraph of the edition (the notes' quotations are looked up in all of them)
 * @returns the disagreements; empty when glossary and translation agree
 */
export function checkGlossaryRenderings(entries: readonly GlossaryTermInput[], paragraphs: readonly MarkedParagraph[]): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(entries.map((e) => [e.id, e]));

  for (const e of entries) {
    for (const r of [e.en, ...(e.variants ?? [])]) {
      if (rendering(r) === '') problems.push(problem(e.at, `“${e.id}”: the rendering “${r}” is empty once its article is set aside`));
    }
  }

  for (const p of paragraphs) {
    const english = comparable(p.en);
    for (const id of new Set(p.terms)) {
      const e = byId.get(id);
      if (!e) {
        problems.push(problem(p.at, `${p.id} marks the glossary term “${id}”, which the glossary does not have`));
        continue;
      }
      const accepted = [e.en, ...(e.variants ?? [])];
      if (accepted.some((r) => rendering(r) !== '' && english.includes(rendering(r)))) continue;
      const listed = accepted.map((r) => `“${r}”`).join(' or ');
      problems.push(
        problem(
          e.at,
          `“${e.id}” (${e.zh}) is marked in ${p.id}, but its English (${where(p.at)}) has neither ${listed}; use the glossary's rendering there, or list the translation's wording under variants`,
        ),
      );
    }
  }

  problems.push(...checkQuotations(entries.map((e) => ({ text: e.note, what: `the note of “${e.id}”`, at: e.at })), paragraphs));
  return problems;
}
