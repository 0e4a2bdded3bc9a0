import type { Edition, EditionParagraph } from '../../schemas/edition.ts';
import { topicParagraphs } from '../../schemas/topic-model.ts';

/**
 * The checks a schema cannot express, made on the finished edition: topics in
 * order, paragraph IDs unique, every term mark naming a glossary entry (and
 * every term of a paragraph's Chinese marked, once, in its English), every
 * correction standing where it says with the text it quotes, every digest span
 * inside an answer paragraph of its own topic, every glossary occurrence and
 * every anchor alias pointing at an anchor the edition gives some page (that
 * it is on the alias's own page is checked on the built site, tests/site/links).
 *
 * @returns the problems found (empty when the edition is consistent)
 */
export function crossReferenceProblems(edition: Edition): string[] {
  const problems: string[] = [];
  const terms = new Set(edition.glossary.map((g) => g.id));
  const seen = new Set<string>();
  const paragraphsOf = new Map<string, Set<string>>();
  const anchors = new Set<string>();

  const check = (p: EditionParagraph) => {
    if (seen.has(p.id)) problems.push(`the paragraph ID ${p.id} is used twice`);
    seen.add(p.id);
    anchors.add(p.id);
    // A paragraph's page also carries its correction notes and its terms' entries.
    for (const c of p.corrections) anchors.add(`fix-${c.id}`);
    for (const m of p.terms) anchors.add(`term-${m.term}`);
    const chars = [...p.zh.hans];
    for (const m of p.terms) {
      if (!terms.has(m.term)) problems.push(`${p.id}: the term ${m.term} is not in the glossary`);
      if (m.to > chars.length || m.from >= m.to) problems.push(`${p.id}: the mark of ${m.term} lies outside the text`);
    }
    // The English marks: in the text, not overlapping, and one for every term of the Chinese.
    const enTerms = [...p.enTerms].sort((a, b) => a.from - b.from);
    enTerms.forEach((m, k) => {
      if (!terms.has(m.term)) problems.push(`${p.id}: the English mark of ${m.term} is not in the glossary`);
      if (m.to > p.en.length || m.from >= m.to) problems.push(`${p.id}: the English mark of ${m.term} lies outside the English`);
      if (k > 0 && m.from < enTerms[k - 1]!.to) problems.push(`${p.id}: the English marks of ${enTerms[k - 1]!.term} and ${m.term} overlap`);
    });
    for (const id of new Set(p.terms.map((m) => m.term))) {
      if (terms.has(id) && !p.enTerms.some((m) => m.term === id)) problems.push(`${p.id}: the term ${id} is marked in the Chinese but its rendering has no mark in the English`);
    }
    for (const c of p.corrections) {
      if (chars.slice(c.from, c.to).join('') !== c.source.hans) problems.push(`${p.id}: the correction ${c.id} does not quote the text at ${c.from}–${c.to}`);
    }
    problems.push(...sentenceProblems(p, chars.length));
    for (const form of [p.zh.hant, p.zh.hk]) if ([...form].length !== chars.length) problems.push(`${p.id}: a traditional form differs in length from the simplified text`);
    if (p.zh.pinyin.split(' ').length !== chars.length) problems.push(`${p.id}: the pinyin does not have one syllable per character`);
    if (p.zh.words.reduce((n, w) => n + w, 0) !== chars.length) problems.push(`${p.id}: the words do not cover the text`);
  };

  check(edition.lede);
  check(edition.digestLede);
  edition.topics.forEach((t, i) => {
    if (i > 0 && t.order <= edition.topics[i - 1]!.order) problems.push(`the topic ${t.slug} is out of order`);
    const ids = new Set<string>([edition.lede.id, edition.digestLede.id]);
    for (const { paragraph } of topicParagraphs(t)) {
      check(paragraph);
      ids.add(paragraph.id);
    }
    for (const part of [t.question, t.answer, t.digest]) if (part) anchors.add(part.id);
    const answer = new Map((t.answer?.paragraphs ?? []).map((p) => [p.id, p.zh.hans]));
    for (const d of t.digest?.paragraphs ?? []) {
      for (const s of d.spans) {
        const text = answer.get(s.paragraph);
        if (text === undefined) problems.push(`${d.id}: its span points at ${s.paragraph}, not an answer paragraph of ${t.slug}`);
        else if (s.to > text.length || s.from >= s.to) problems.push(`${d.id}: its span lies outside ${s.paragraph}`);
      }
    }
    paragraphsOf.set(t.slug, ids);
  });

  for (const g of edition.glossary) {
    for (const o of g.occurrences) {
      if (!paragraphsOf.get(o.topic)?.has(o.paragraph)) problems.push(`the glossary occurrence ${o.topic}#${o.paragraph} of ${g.id} does not exist`);
    }
  }
  for (const [page, aliases] of Object.entries(edition.anchorAliases)) {
    for (const [from, to] of Object.entries(aliases)) {
      if (!anchors.has(to)) problems.push(`the anchor alias ${page}#${from} points at ${to}, which does not exist`);
    }
  }
  return problems;
}

/**
 * A paragraph's sentence groups: their IDs `<paragraph-id>-s<n>`; their Chinese ranges
 * tiling the text; their English ranges in order, one space apart, covering the English;
 * and no glossary mark (Chinese or English) or correction crossing a group's edge, so the
 * sentence spans of the page nest with the marks.
 */
function sentenceProblems(p: EditionParagraph, length: number): string[] {
  const problems: string[] = [];
  let zhAt = 0;
  let enAt = 0;
  p.sentences.forEach((s, i) => {
    if (s.id !== `${p.id}-s${i + 1}`) problems.push(`${p.id}: its sentence group ${i + 1} has the ID ${s.id}`);
    if (s.zh.from !== zhAt || s.zh.to <= s.zh.from) problems.push(`${p.id}: the Chinese of ${s.id} does not follow the group before`);
    if (s.en.from !== (i === 0 ? 0 : enAt + 1) || s.en.to <= s.en.from) problems.push(`${p.id}: the English of ${s.id} does not follow the group before`);
    else if (i > 0 && p.en[enAt] !== ' ') problems.push(`${p.id}: the English of ${s.id} is not one space after the group before`);
    zhAt = s.zh.to;
    enAt = s.en.to;
  });
  if (zhAt !== length) problems.push(`${p.id}: its sentence groups do not cover the Chinese`);
  if (enAt !== p.en.length) problems.push(`${p.id}: its sentence groups do not cover the English`);
  // A mark outside its text is reported as such, not again here.
  const crosses = (from: number, to: number, edges: number[]) => edges.some((e) => from < e && e < to);
  const zhEdges = p.sentences.slice(1).map((s) => s.zh.from);
  const enEdges = p.sentences.slice(1).flatMap((s) => [s.en.from - 1, s.en.from]);
  for (const m of p.terms) if (m.to <= length && crosses(m.from, m.to, zhEdges)) problems.push(`${p.id}: the mark of ${m.term} crosses a sentence edge`);
  for (const c of p.corrections) if (crosses(c.from, c.to, zhEdges)) problems.push(`${p.id}: the correction ${c.id} crosses a sentence edge`);
  for (const m of p.enTerms) if (m.to <= p.en.length && crosses(m.from, m.to, enEdges)) problems.push(`${p.id}: the English mark of ${m.term} crosses a sentence edge`);
  return problems;
}
