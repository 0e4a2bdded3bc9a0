import { describe, expect, it } from 'vitest';
import { findEnglishTerms, renderingPattern } from '../../src/lib/annotate/english-terms.ts';
import { comparable, rendering } from '../../src/lib/consistency/text.ts';
import { crossReferenceProblems } from '../../src/lib/edition/cross-references.ts';
import { topicParagraphList } from '../../src/schemas/edition-model.ts';
import type { Edition } from '../../src/schemas/edition.ts';
import type { GlossaryEntry } from '../../src/schemas/glossary.ts';
import { edition } from '../helpers/edition.ts';
import { dataFile } from '../helpers/authored.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';

const entry = (id: string, en: string, variants?: string[]): GlossaryEntry => ({ id, zh: id, pinyin: 'x', en, note: 'x', category: 'concept', ...(variants ? { variants } : {}) });
const marked = (en: string, marks: { term: string; from: number; to: number }[]) => marks.map((m) => `${m.term}:${en.slice(m.from, m.to)}`);

describe('marking glossary terms in the English', () => {
  it('marks the first occurrence of each term, without its article, forgiving case, quotes and spacing', () => {
    const glossary = [entry('community', 'a community with a shared future for mankind', ['a community with a shared future']), entry('south', 'the Global South'), entry('yard', '“small yard, high fence”')];
    const en = 'The global  South builds a Community with a shared future; the Global South again, and "small yard, high fence".';
    expect(marked(en, findEnglishTerms(en, ['south', 'community', 'yard', 'south'], glossary))).toEqual([
      'south:global  South',
      'community:Community with a shared future',
      'yard:"small yard, high fence"',
    ]);
  });

  it('prefers whole words, and places a short term clear of a longer one', () => {
    const glossary = [entry('bri', 'the Belt and Road'), entry('forum', 'the Belt and Road Forum'), entry('un', 'the UN')];
    const en = 'At the Belt and Road Forum, UNESCO and the UN praised the Belt and Road.';
    expect(marked(en, findEnglishTerms(en, ['bri', 'forum', 'un'], glossary))).toEqual(['forum:Belt and Road Forum', 'un:UN', 'bri:Belt and Road']);
  });

  it('gives no mark to a term whose rendering is missing, and the edition check then names paragraph and term', () => {
    const glossary = [entry('bri', 'the Belt and Road')];
    expect(findEnglishTerms('China will open a second golden decade.', ['bri'], glossary)).toEqual([]);

    const e: Edition = structuredClone(edition);
    const p = e.topics.flatMap(topicParagraphList).find((x) => x.terms.length > 0)!;
    const id = p.terms[0]!.term;
    const g = e.glossary.find((x) => x.id === id)!;
    p.en = 'A translation that leaves the term out.';
    p.enTerms = findEnglishTerms(p.en, p.terms.map((m) => m.term), glossaryData().filter((x) => x.id === id));
    expect(p.enTerms).toEqual([]);
    expect(crossReferenceProblems(e)).toContain(`${p.id}: the term ${g.id} is marked in the Chinese but its rendering has no mark in the English`);
  });

  it('reports English marks that overlap or lie outside the English', () => {
    const e: Edition = structuredClone(edition);
    const p = e.topics.flatMap(topicParagraphList).find((x) => x.enTerms.length >= 2)!;
    const [a, b] = p.enTerms as [(typeof p.enTerms)[number], (typeof p.enTerms)[number]];
    b.from = a.from;
    a.to = p.en.length + 5;
    const problems = crossReferenceProblems(e);
    expect(problems).toContain(`${p.id}: the English mark of ${a.term} lies outside the English`);
    expect(problems.some((x) => x.startsWith(`${p.id}: the English marks of`) && x.endsWith('overlap'))).toBe(true);
  });

  it('has no pattern for a rendering that is only an article', () => {
    expect(renderingPattern('the ')).toBeNull();
    expect(renderingPattern('a (b) c.d')!.test('A (B)  c.d')).toBe(true);
  });
});

describe('the English marks of the real edition', () => {
  const glossary = new Map(glossaryData().map((g) => [g.id, g]));
  const paragraphs = [edition.lede, edition.digestLede, ...edition.topics.flatMap(topicParagraphList)];

  it('marks, in every paragraph, each term marked in its Chinese, once, with one of its renderings', () => {
    const problems: string[] = [];
    let marks = 0;
    for (const p of paragraphs) {
      const zh = [...new Set(p.terms.map((m) => m.term))].sort();
      const en = p.enTerms.map((m) => m.term);
      if (JSON.stringify([...en].sort()) !== JSON.stringify(zh)) problems.push(`${p.id}: Chinese marks ${zh.join(', ')}; English marks ${en.join(', ')}`);
      for (const m of p.enTerms) {
        const g = glossary.get(m.term)!;
        const text = comparable(p.en.slice(m.from, m.to));
        if (![g.en, ...(g.variants ?? [])].some((r) => rendering(r) === text)) problems.push(`${p.id}: “${p.en.slice(m.from, m.to)}” is not a rendering of ${m.term}`);
      }
      marks += p.enTerms.length;
    }
    expect(problems).toEqual([]);
    expect(marks).toBeGreaterThan(150);
  });

  it('never lets two English marks overlap', () => {
    for (const p of paragraphs) {
      const sorted = [...p.enTerms].sort((a, b) => a.from - b.from);
      for (let k = 1; k < sorted.length; k++) expect(sorted[k]!.from, p.id).toBeGreaterThanOrEqual(sorted[k - 1]!.to);
    }
  });
});

function glossaryData(): GlossaryEntry[] {
  return dataFile('glossary.yaml', glossarySchema).data;
}
