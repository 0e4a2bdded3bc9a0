import type { SourceLocation } from '../../schemas/common.ts';
import { comparable } from './text.ts';
import { problem, where, type Problem } from './types.ts';

/** A standing term as the check needs it (`content/data/standing-terms.yaml`). */
export interface StandingTermInput {
  /** The Chinese forms; a paragraph whose Chinese contains any of them must render the term. */
  zh: readonly string[];
  /** The accepted English renderings. */
  en: readonly string[];
  /** Where the rendering comes from. */
  source: string;
  /** Paragraphs that render the term otherwise, with the reason. */
  exceptions?: readonly { paragraph: string; reason: string }[];
  /** Where the entry starts in the standing-terms file. */
  at: SourceLocation;
}

/** A paragraph with both its Chinese and its English. */
export interface BilingualParagraph {
  id: string;
  zh: string;
  en: string;
  /** Where the paragraph's translation is authored. */
  at: SourceLocation;
}

/**
 * Check the translation against the standing terms.
 *
 * A paragraph whose Chinese contains one of a term's Chinese forms must
 * contain one of its accepted renderings in its English (case-insensitive,
 * curly and straight quotes alike), unless the term lists the paragraph as an
 * exception with a reason. An exception must be needed: it names a paragraph
 * that exists, has the term and does not use an accepted rendering. Every
 * entry needs at least one form, one rendering and its source, and every form
 * must occur in some paragraph (a form that matches nothing checks nothing).
 *
 * Pure: reads nothing, changes nothing.
 *
 * @param terms the standing terms, each with its location
 * @param paragraphs every paragraph of the edition, with its Chinese and English
 * @returns the disagreements; empty when the translation keeps to the standing terms
 */
export function checkStandingTerms(terms: readonly StandingTermInput[], paragraphs: readonly BilingualParagraph[]): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set(paragraphs.map((p) => p.id));
  for (const term of terms) {
    const name = `“${term.zh[0] ?? '?'}”`;
    if (term.zh.length === 0 || term.zh.some((z) => z.trim() === '')) problems.push(problem(term.at, `a standing term needs its Chinese forms (zh), none empty`));
    if (term.en.length === 0 || term.en.some((e) => e.trim() === '')) problems.push(problem(term.at, `${name} needs its accepted English renderings (en), none empty`));
    if (term.source.trim() === '') problems.push(problem(term.at, `${name} needs the source of its rendering`));
    const forms = term.zh.filter((z) => z.trim() !== '');
    const renderings = term.en.map(comparable).filter((e) => e !== '');
    if (forms.length === 0 || renderings.length === 0) continue;

    for (const z of forms) {
      if (!paragraphs.some((p) => p.zh.includes(z))) problems.push(problem(term.at, `${name}: the form ${z} occurs in no paragraph (a typo, or a term the text does not have?)`));
    }

    const excepted = new Map<string, { paragraph: string; reason: string }>();
    for (const x of term.exceptions ?? []) {
      if (x.reason.trim() === '') problems.push(problem(term.at, `${name}: the exception for ${x.paragraph} needs a reason`));
      if (!ids.has(x.paragraph)) problems.push(problem(term.at, `${name}: the exception names ${x.paragraph}, which is not a paragraph of the edition`));
      if (excepted.has(x.paragraph)) problems.push(problem(term.at, `${name}: ${x.paragraph} is listed as an exception twice`));
      excepted.set(x.paragraph, x);
    }

    for (const p of paragraphs) {
      const form = forms.find((z) => p.zh.includes(z));
      const english = comparable(p.en);
      const rendered = renderings.some((r) => english.includes(r));
      const exception = excepted.get(p.id);
      if (exception) {
        if (!form) problems.push(problem(term.at, `${name}: the exception for ${p.id} is not needed, its Chinese does not have the term`));
        else if (rendered) problems.push(problem(term.at, `${name}: the exception for ${p.id} is not needed, its English uses an accepted rendering`));
        continue;
      }
      if (form && !rendered) {
        const listed = term.en.map((e) => `“${e}”`).join(' or ');
        problems.push(
          problem(p.at, `${p.id} has the standing term ${form} but its English has none of ${listed} (standing term at ${where(term.at)}); use it, or list the paragraph as an exception with a reason`),
        );
      }
    }
  }
  return problems;
}
