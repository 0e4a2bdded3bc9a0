import { describe, expect, it } from 'vitest';
import { diffChars } from '../../src/lib/pipeline/apparatus.ts';
import { placeCorrections, type Correction } from '../../src/lib/pipeline/corrections.ts';
import { checkGlossary, findTerms, type GlossaryEntry } from '../../src/lib/pipeline/glossary.ts';
import { runPipeline } from '../../src/lib/pipeline/run.ts';
import { readPinyin } from '../../src/lib/reading/pinyin.ts';
import { rubyHtml, wordRanges } from '../../src/utils/ruby.ts';
import { content } from '../helpers/content.ts';
import { inputWithEditedData } from '../helpers/pipeline.ts';

const entry = (id: string, zh: string, also?: string[]): GlossaryEntry => ({ id, zh, pinyin: 'x', en: 'x', note: 'x', category: 'concept', ...(also ? { also } : {}) });
const marked = (text: string, marks: { from: number; to: number; term: string }[]) => marks.map((m) => `${m.term}:${[...text].slice(m.from, m.to).join('')}`);


describe('marking glossary terms', () => {
  const glossary = [entry('community', '人类命运共同体', ['命运共同体']), entry('bri', '一带一路'), entry('forum', '“一带一路”国际合作高峰论坛')];

  it('takes the longest match first and never overlaps', () => {
    const text = '构建人类命运共同体，建设命运共同体，举办“一带一路”国际合作高峰论坛，共建一带一路';
    expect(marked(text, findTerms(text, glossary))).toEqual(['community:人类命运共同体', 'community:命运共同体', 'forum:“一带一路”国际合作高峰论坛', 'bri:一带一路']);
  });

  it('never marks a term inside another annotation such as a correction', () => {
    const text = '今年是和乎共处五项原则发表70周年';
    const terms = [entry('five', '和平共处五项原则', ['五项原则'])];
    expect(marked(text, findTerms(text, terms, [{ from: 3, to: 7 }]))).toEqual(['five:五项原则']);
    expect(findTerms(text, terms, [{ from: 3, to: 9 }])).toEqual([]);
  });

  it('wraps the same term in the traditional rendering, with its pinyin', () => {
    const text = '构建人类命运共同体。';
    const [mark] = findTerms(text, glossary);
    const wraps = [{ from: mark!.from, to: mark!.to, open: '<a class="term">', close: '</a>' }];
    const html = rubyHtml('構建人類命運共同體。', readPinyin(text), wordRanges(text), wraps).replace(/<rt[^>]*>[^<]*<\/rt>/g, '');
    expect(html).toMatch(/<a class="term">(<ruby>[^<]+<\/ruby>)+<\/a>/);
    expect(html.replace(/<\/?ruby>/g, '')).toContain('<a class="term">人類命運共同體</a>');
  });

  it('refuses a form claimed by two entries', () => {
    expect(() => checkGlossary([entry('a', '一带一路'), entry('b', '共建', ['一带一路'])], 'g.yaml')).toThrow(/g\.yaml:1: “一带一路” belongs to both “a” and “b”/);
  });

  it('fails the build for an entry that matches nothing in the text', () => {
    const input = inputWithEditedData('glossary.yaml', (t) => `${t}\n- id: not-there\n  zh: 不存在的术语\n  pinyin: x\n  en: x\n  note: x\n  category: concept\n`);
    expect(() => runPipeline(input)).toThrow(/glossary\.yaml:\d+: “不存在的术语” \(not-there\) does not occur in the text/);
  });

  it('marks every one of the real entries at least once and lists where', () => {
    expect(content.glossary.length).toBeGreaterThanOrEqual(40);
    for (const g of content.glossary) expect(g.occurrences.length, g.id).toBeGreaterThan(0);
    const community = content.glossary.find((g) => g.zh === '人类命运共同体')!;
    expect(community.hant).toBe('人類命運共同體');
    expect(community.occurrences.map((o) => o.topic)).toContain('community-with-a-shared-future');
  });
});

describe('editorial corrections', () => {
  const texts = new Map([['p1', '美国如果总是是一套、做一套，大国的信誉何在？'], ['p2', '一套一套']]);
  const fix = (c: Partial<Correction>): Correction => ({ id: 'says', paragraph: 'p1', source: '总是是一套', corrected: '总是说一套', kind: 'typo', certainty: 'certain', evidence: 'digest', note: 'n', ...c });

  it('places a correction at its printed text', () => {
    expect(placeCorrections([fix({})], texts, 'c.yaml').get('p1')).toEqual([expect.objectContaining({ from: 4, to: 9 })]);
  });

  it('fails for a correction whose printed text is not in its paragraph (wrong location)', () => {
    expect(() => placeCorrections([fix({ paragraph: 'p2' })], texts, 'c.yaml')).toThrow(/c\.yaml:1: “says”: “总是是一套” does not occur in p2/);
  });

  it('fails for a paragraph that does not exist, or a span that is not unique', () => {
    expect(() => placeCorrections([fix({ paragraph: 'nope' })], texts, 'c.yaml')).toThrow(/there is no paragraph “nope”/);
    expect(() => placeCorrections([fix({ paragraph: 'p2', source: '一套' })], texts, 'c.yaml')).toThrow(/occurs more than once in p2/);
  });

  it('places every real correction, including the four known source errors', () => {
    const all = content.topics.flatMap((t) => [...(t.answer?.paragraphs ?? []), ...(t.question?.paragraphs ?? []), ...(t.digest?.paragraphs ?? [])]).flatMap((p) => p.corrections.map((c) => [p.id, c.source, c.corrected]));
    expect(all).toEqual(expect.arrayContaining([
      ['china-us-a5', '总是是一套', '总是说一套'],
      ['neighbourhood-diplomacy-a6', '和乎共处', '和平共处'],
      ['ukraine-a1', '为战和谈', '为止战和谈'],
    ]));
    expect(all.some(([id, source]) => id === 'south-china-sea-a3' && source!.includes('设立'))).toBe(true);
  });

  it('fails the build when a real correction is moved to the wrong paragraph', () => {
    const input = inputWithEditedData('corrections.yaml', (t) => t.replace('paragraph: china-us-a5', 'paragraph: china-us-a4'));
    expect(() => runPipeline(input)).toThrow(/corrections\.yaml:\d+: .* does not occur in china-us-a4/);
  });
});

describe('the digest apparatus', () => {
  it('finds what the digest leaves out and where its wording differs, on the real pairs', () => {
    const diplomacy = content.topics.find((t) => t.slug === 'chinas-diplomacy')!.digest!.paragraphs;
    const d1 = diplomacy[0]!.diff;
    expect(d1.filter((d) => d.op === 'omit').map((d) => d.text)).toContain('特色大国');
    const d4 = diplomacy[3]!.diff;
    expect(d4.filter((d) => d.op !== 'same').map((d) => `${d.op}:${d.text}`)).toEqual(['omit:发展', 'add:振兴']);
  });

  it('shows the sentences of an answer paragraph the digest drops as left out', () => {
    const russia = content.topics.find((t) => t.slug === 'china-russia')!.digest!.paragraphs[0]!.diff;
    expect(russia.filter((d) => d.op === 'omit').map((d) => d.text).join('')).toContain('2400亿美元');
    expect(russia.filter((d) => d.op === 'add')).toEqual([]);
  });

  it('computes a character-level diff that rebuilds both texts', () => {
    const a = '我们所做的一切都是一个目标，就是为战和谈铺路架桥。';
    const b = '我们所做的一切都指向一个目标，就是为止战和谈铺路架桥。';
    const diff = diffChars(a, b);
    expect(diff.filter((d) => d.op !== 'add').map((d) => d.text).join('')).toBe(a);
    expect(diff.filter((d) => d.op !== 'omit').map((d) => d.text).join('')).toBe(b);
  });
});
