import { describe, expect, it, vi } from 'vitest';
import { placeCorrections } from '../../src/lib/annotate/corrections.ts';
import { diffChars } from '../../src/lib/annotate/digest-diff.ts';
import { checkGlossary, findTerms } from '../../src/lib/annotate/glossary-marks.ts';
import { createZhAnnotator } from '../../src/lib/annotate/zh-annotator.ts';
import { buildEdition } from '../../src/lib/edition/build-edition.ts';
import { parseYaml } from '../../src/lib/load/yaml.ts';
import { correctionsSchema } from '../../src/schemas/corrections.ts';
import { paragraphTexts, topicParagraphList } from '../../src/schemas/edition-model.ts';
import { glossarySchema, type GlossaryEntry } from '../../src/schemas/glossary.ts';
import { pinyinOverridesSchema, scriptOverridesSchema } from '../../src/schemas/reading-overrides.ts';
import { wrapHtml } from '../../src/utils/zh-run.ts';
import { edition } from '../helpers/edition.ts';
import { authoredWith, dataFile, dataText } from '../helpers/authored.ts';

// Two tests build a whole edition from edited data, and converting text loads the dictionaries: slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const entry = (id: string, zh: string, also?: string[]): GlossaryEntry => ({ id, zh, pinyin: 'x', en: 'x', note: 'x', category: 'concept', ...(also ? { also } : {}) });
const marked = (text: string, marks: { from: number; to: number; term: string }[]) => marks.map((m) => `${m.term}:${[...text].slice(m.from, m.to).join('')}`);
/** 1-based line of the first line of `text` that `match` matches. */
const lineWhere = (text: string, match: (line: string) => boolean) => text.split('\n').findIndex(match) + 1;
const allParagraphs = [edition.lede, edition.digestLede, ...edition.topics.flatMap(topicParagraphList)];

describe('marking glossary terms', () => {
  const glossary = [entry('community', '人类命运共同体', ['命运共同体']), entry('bri', '一带一路'), entry('forum', '“一带一路”国际合作高峰论坛')];

  it('takes the longest match first and never overlaps', () => {
    const text = '构建人类命运共同体，建设命运共同体，举办“一带一路”国际合作高峰论坛，共建一带一路';
    expect(marked(text, findTerms(text, glossary))).toEqual(['community:人类命运共同体', 'community:命运共同体', 'forum:“一带一路”国际合作高峰论坛', 'bri:一带一路']);
  });

  it('counts positions in code points', () => {
    const text = '𠮷构建一带一路';
    expect(findTerms(text, glossary)).toEqual([{ term: 'bri', from: 3, to: 7 }]);
  });

  it('never marks a term inside another annotation such as a correction', () => {
    const text = '今年是和乎共处五项原则发表70周年';
    const terms = [entry('five', '和平共处五项原则', ['五项原则'])];
    expect(marked(text, findTerms(text, terms, [{ from: 3, to: 7 }]))).toEqual(['five:五项原则']);
    expect(findTerms(text, terms, [{ from: 3, to: 9 }])).toEqual([]);
  });

  it('wraps the same term in the traditional rendering', () => {
    const zhA = createZhAnnotator(parseYaml('[]', 'p.yaml', pinyinOverridesSchema), parseYaml('[]', 's.yaml', scriptOverridesSchema));
    const z = zhA.zh('构建人类命运共同体。');
    const [mark] = findTerms(z.hans, glossary);
    const wraps = [{ from: mark!.from, to: mark!.to, open: '<a class="term">', close: '</a>' }];
    expect(wrapHtml(z.hant, wraps)).toBe('構建<a class="term">人類命運共同體</a>。');
  });

  it('refuses a form claimed by two entries, or an ID used twice, at the line of the second entry', () => {
    const two = parseYaml(
      '- { id: a, zh: 一带一路, pinyin: x, en: x, note: x, category: concept }\n# a comment\n- { id: b, zh: 共建, also: [一带一路], pinyin: x, en: x, note: x, category: concept }\n',
      'g.yaml',
      glossarySchema,
    );
    expect(() => checkGlossary(two)).toThrow(/^g\.yaml:3: “一带一路” belongs to both “a” and “b”$/);
    const twice = parseYaml('- { id: a, zh: 一带一路, pinyin: x, en: x, note: x, category: concept }\n- { id: a, zh: 共建, pinyin: x, en: x, note: x, category: concept }\n', 'g.yaml', glossarySchema);
    expect(() => checkGlossary(twice)).toThrow(/^g\.yaml:2: the id “a” is used twice$/);
  });

  it('fails the build for an entry that is never marked, or matches nothing in the text, at the entry’s line', () => {
    const entryText = (id: string, zh: string) => `\n- id: ${id}\n  zh: ${zh}\n  pinyin: x\n  en: x\n  note: x\n  category: concept\n`;
    // 命运共同 occurs only inside 人类命运共同体 and 命运共同体, which are marked first.
    for (const [id, zh, message] of [
      ['inside-longer-terms', '命运共同', '“inside-longer-terms” is never marked: every occurrence lies inside a longer term or a correction'],
      ['not-there', '不存在的术语', '“不存在的术语” (not-there) does not occur in the text'],
    ] as const) {
      const edit = (t: string) => t + entryText(id, zh);
      const authored = authoredWith({ 'data/glossary.yaml': edit });
      const line = lineWhere(edit(dataText('glossary.yaml')), (l) => l === `- id: ${id}`);
      expect(() => buildEdition(authored)).toThrow(`${authored.glossary.file}:${line}: ${message}`);
    }
  });

  it('marks the real entries in the edition, each mark quoting one of its forms, and lists where', () => {
    const glossary = dataFile('glossary.yaml', glossarySchema).data;
    expect(edition.glossary.map((g) => g.id)).toEqual(glossary.map((g) => g.id));
    const forms = new Map(glossary.map((g) => [g.id, [g.zh, ...(g.also ?? [])]]));
    for (const p of allParagraphs) {
      for (const m of p.terms) expect(forms.get(m.term), `${p.id} ${m.term}`).toContain([...p.zh.hans].slice(m.from, m.to).join(''));
    }
    const community = edition.glossary.find((g) => g.zh.hans === '人类命运共同体')!;
    expect(community.zh.hant).toBe('人類命運共同體');
    expect(community.also.map((a) => a.hant)).toEqual(['命運共同體']);
    expect(community.occurrences.map((o) => o.topic)).toContain('community-with-a-shared-future');
    // Occurrences list each paragraph once, in reading order.
    const order = new Map(allParagraphs.map((p, i) => [p.id, i]));
    for (const g of edition.glossary) {
      const at = g.occurrences.map((o) => order.get(o.paragraph)!);
      expect(at, g.id).toEqual([...new Set(at)].sort((a, b) => a - b));
    }
  });

  it('never marks a term over a correction in the edition', () => {
    for (const p of allParagraphs) {
      for (const c of p.corrections) for (const m of p.terms) expect(m.to <= c.from || m.from >= c.to, `${p.id} ${m.term} ${c.id}`).toBe(true);
    }
  });
});

describe('editorial corrections', () => {
  const texts = new Map([['p1', '美国如果总是是一套、做一套，大国的信誉何在？'], ['p2', '一套一套'], ['p3', '𠮷总是是一套']]);
  const yaml = (items: Record<string, string>[]) =>
    parseYaml(
      `# corrections\n${items.map((c) => `- ${Object.entries({ id: 'says', paragraph: 'p1', source: '总是是一套', corrected: '总是说一套', kind: 'typo', certainty: 'probable', evidence: 'e', note: 'n', ...c }).map(([k, v]) => `${k}: ${v}`).join('\n  ')}\n`).join('')}`,
      'c.yaml',
      correctionsSchema,
    );

  it('places a correction at its printed text, in code points', () => {
    expect(placeCorrections(yaml([{}]), texts).get('p1')).toEqual([expect.objectContaining({ id: 'says', from: 4, to: 9 })]);
    expect(placeCorrections(yaml([{ paragraph: 'p3' }]), texts).get('p3')).toEqual([expect.objectContaining({ from: 1, to: 6 })]);
  });

  it('fails for a correction whose printed text is not in its paragraph (wrong location), at the entry’s line', () => {
    expect(() => placeCorrections(yaml([{ id: 'first', source: '做一套' }, { paragraph: 'p2' }]), texts)).toThrow(/^c\.yaml:10: “says”: “总是是一套” does not occur in p2$/);
  });

  it('fails for a paragraph that does not exist, a span that is not unique, overlapping corrections or an ID used twice', () => {
    expect(() => placeCorrections(yaml([{ paragraph: 'nope' }]), texts)).toThrow(/^c\.yaml:2: “says”: there is no paragraph “nope”$/);
    expect(() => placeCorrections(yaml([{ paragraph: 'p2', source: '一套' }]), texts)).toThrow(/occurs more than once in p2; quote a longer span/);
    expect(() => placeCorrections(yaml([{}, { id: 'other', source: '一套、做' }]), texts)).toThrow(/^c\.yaml:10: “other” overlaps “says” in p1$/);
    expect(() => placeCorrections(yaml([{}, { source: '做一套' }]), texts)).toThrow(/^c\.yaml:10: the id “says” is used twice$/);
  });

  it('places every real correction in the edition, including the four known source errors', () => {
    const all = allParagraphs.flatMap((p) => p.corrections.map((c) => [p.id, c.source.hans, c.corrected.hans]));
    expect(all).toEqual(expect.arrayContaining([
      ['china-us-a5', '总是是一套', '总是说一套'],
      ['neighbourhood-diplomacy-a6', '和乎共处', '和平共处'],
      ['ukraine-a1', '为战和谈', '为止战和谈'],
    ]));
    expect(all.some(([id, source]) => id === 'south-china-sea-a3' && source!.includes('设立'))).toBe(true);
    const hePing = allParagraphs.find((p) => p.id === 'neighbourhood-diplomacy-a6')!.corrections.find((c) => c.source.hans === '和乎共处')!;
    expect([hePing.source.hant, hePing.corrected.hant]).toEqual(['和乎共處', '和平共處']);
  });

  it('reports a real correction moved to the wrong paragraph at its line in corrections.yaml', () => {
    const text = dataText('corrections.yaml');
    const moved = dataFile('corrections.yaml', correctionsSchema, (t) => t.replace('paragraph: china-us-a5', 'paragraph: china-us-a4'));
    const line = lineWhere(text, (l) => l === '  paragraph: china-us-a5') - 1;
    expect(text.split('\n')[line - 1]).toMatch(/^- id: /);
    expect(() => placeCorrections(moved, paragraphTexts(edition))).toThrow(new RegExp(`^${moved.file}:${line}: .* does not occur in china-us-a4$`));
  });
});

describe('the digest apparatus', () => {
  const digestOf = (slug: string) => edition.topics.find((t) => t.slug === slug)!.digest!.paragraphs;

  it('finds what the digest leaves out and where its wording differs, on the real pairs', () => {
    const diplomacy = digestOf('chinas-diplomacy');
    expect(diplomacy[0]!.diff.filter((d) => d.op === 'omit').map((d) => d.text.hans)).toContain('特色大国');
    const d4 = diplomacy[3]!.diff.filter((d) => d.op !== 'same');
    expect(d4.map((d) => `${d.op}:${d.text.hans}`)).toEqual(['omit:发展', 'add:振兴']);
    expect(d4.map((d) => d.text.hant)).toEqual(['發展', '振興']);
  });

  it('shows the sentences of an answer paragraph the digest drops as left out', () => {
    const russia = digestOf('china-russia')[0]!.diff;
    expect(russia.filter((d) => d.op === 'omit').map((d) => d.text.hans).join('')).toContain('2400亿美元');
    expect(russia.filter((d) => d.op === 'add')).toEqual([]);
  });

  it('rebuilds each digest paragraph from its comparison', () => {
    for (const t of edition.topics.filter((t) => t.kind === 'qa' && t.digest)) {
      for (const d of t.digest!.paragraphs) {
        expect(d.diff.length, d.id).toBeGreaterThan(0);
        expect(d.diff.filter((p) => p.op !== 'omit').map((p) => p.text.hans).join(''), d.id).toBe(d.zh.hans);
      }
    }
  });

  it('computes a character-level diff that rebuilds both texts', () => {
    const a = '我们所做的一切都是一个目标，就是为战和谈铺路架桥。';
    const b = '我们所做的一切都指向一个目标，就是为止战和谈铺路架桥。';
    const diff = diffChars(a, b);
    expect(diff.filter((d) => d.op !== 'add').map((d) => d.text).join('')).toBe(a);
    expect(diff.filter((d) => d.op !== 'omit').map((d) => d.text).join('')).toBe(b);
    expect(diff.filter((d) => d.op !== 'same').map((d) => `${d.op}:${d.text}`)).toEqual(['omit:是', 'add:指向', 'add:止']);
  });
});
