import type { EditionParagraph } from '../../schemas/edition.ts';
import { topicParagraphs } from '../../schemas/topic-model.ts';
import type { SourceLocation } from '../../schemas/common.ts';
import type { Annotated } from '../annotate/annotate.ts';
import {
  checkCorrectionsAgainstFlags,
  checkGlossaryRenderings,
  checkQuotations,
  checkStandingTerms,
  type Problem,
} from '../consistency/index.ts';
import type { Authored } from '../load/authored.ts';

/**
 * The editorial apparatus checked against itself (see src/lib/consistency):
 * glossary renderings and the quotations in notes and summaries against the
 * English, corrections against the translators' flags, standing terms against
 * every paragraph that has them.
 *
 * @returns every disagreement, each at the authored line to fix
 */
export function consistencyProblems(a: Annotated, authored: Authored): Problem[] {
  const located: { topic: string | null; paragraph: EditionParagraph }[] = [
    { topic: null, paragraph: a.lede },
    { topic: null, paragraph: a.digestLede },
    ...a.topics.flatMap((t) => topicParagraphs(t).map(({ paragraph }) => ({ topic: t.slug, paragraph }))),
  ];
  const at = (id: string): SourceLocation => {
    const t = authored.translations.get(id)!;
    return { file: t.file, line: t.line };
  };
  const paragraphs = located.map(({ paragraph: p }) => ({ id: p.id, zh: p.zh.hans, en: p.en, terms: p.terms.map((m) => m.term), role: p.provenance.source, at: at(p.id) }));

  const { glossary, corrections, standingTerms, topics } = authored;
  const glossaryInput = glossary.data.map((e, i) => ({ id: e.id, zh: e.zh, en: e.en, variants: e.variants ?? [], note: e.note, at: { file: glossary.file, line: glossary.lineOf([i]) } }));
  const correctionInput = corrections.data.map((c, i) => ({
    id: c.id,
    paragraph: c.paragraph,
    source: c.source,
    corrected: c.corrected,
    certainty: c.certainty,
    witness: c.witness,
    at: { file: corrections.file, line: corrections.lineOf([i]) },
  }));
  const flags = [...authored.translations].map(([id, t]) => {
    const entry = typeof t.entry === 'string' ? null : t.entry;
    return { paragraph: id, flag: t.flag, reads: entry?.reads, readAs: entry?.readAs, at: { file: t.file, line: t.line } };
  });
  const terms = standingTerms.data.map(({ exceptions, ...term }, i) => ({ ...term, ...(exceptions ? { exceptions } : {}), at: { file: standingTerms.file, line: standingTerms.lineOf([i]) } }));
  const summaries = a.topics.map((t) => {
    const key = t.kind === 'opening' ? ['opening', 'summaryEn'] : t.kind === 'qa' ? ['questions', String(t.number), 'summaryEn'] : ['digestOnly', t.title.zh.hans, 'summaryEn'];
    return {
      text: t.summaryEn,
      what: `the summary of “${t.slug}”`,
      at: { file: topics.file, line: topics.lineOf(key) },
      within: located.filter((l) => l.topic === t.slug).map((l) => l.paragraph.id),
    };
  });

  return [
    ...checkGlossaryRenderings(glossaryInput, paragraphs),
    ...checkCorrectionsAgainstFlags(correctionInput, flags, paragraphs),
    ...checkStandingTerms(terms, paragraphs),
    ...checkQuotations(summaries, paragraphs),
  ];
}
