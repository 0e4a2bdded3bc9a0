import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/lib/search/build-index.ts';
import { FILE, shardOf, type ChineseFile, type Script } from '../../src/lib/search/format.ts';
import { chinesePhrase, englishMatch, excerpt, phraseRanges, pinyinRanges, pinyinReadings, simplifier } from '../../src/lib/search/match.ts';
import { plan, search, type Found } from '../../src/lib/search/results.ts';
import { traditionalVariants } from '../../src/lib/search/variants.ts';
import { topicParagraphList } from '../../src/schemas/edition-model.ts';
import { edition } from '../helpers/edition.ts';

const index = buildSearchIndex(edition, traditionalVariants);
const paragraphs = [edition.lede, ...edition.topics.flatMap(topicParagraphList)];

/** Run a query on the index in memory; the names of the files it loaded. */
async function run(query: string, script: Script = 'hans'): Promise<Found & { ids: string[]; loaded: string[] }> {
  const loaded: string[] = [];
  const found = await search(query, script, async <T>(name: string) => {
    loaded.push(name);
    const file = index.get(name);
    if (!file) throw new Error(`no file ${name}`);
    return structuredClone(file) as T;
  });
  const meta = found.zh?.meta ?? found.en?.meta;
  const ids = found.hits.filter((h) => h.record < paragraphs.length).map((h) => meta!.records[h.record]![1]);
  return { ...found, ids, loaded };
}

const holding = (text: string) => paragraphs.filter((p) => p.zh.hans.includes(text)).map((p) => p.id);
const phrase = (text: string) => {
  const word = new RegExp(`\\b${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
  return paragraphs.filter((p) => word.test(p.en)).map((p) => p.id);
};

describe('search on the real edition', () => {
  it.each([
    ['人类命运共同体', '人类命运共同体'],
    ['台湾', '台湾'],
    ['臺灣', '台湾'],
    ['兩岸', '两岸'],
    ['發展', '发展'],
    ['乌克兰', '乌克兰'],
    ['烏克蘭', '乌克兰'],
  ])('“%s” finds exactly the paragraphs holding %s', async (query, text) => {
    const { ids } = await run(query);
    expect(ids).toEqual(holding(text));
    expect(ids.length).toBeGreaterThan(0);
  });

  it.each([
    ['multipolar world', 'multipolar world'],
    ['Ukraine', 'Ukraine'],
    ['UNITED NATIONS', 'United Nations'],
    ['peljesac bridge', 'Pelješac Bridge'],
  ])('“%s” finds every paragraph with the words %s', async (query, text) => {
    const { ids } = await run(query);
    expect(ids).toEqual(expect.arrayContaining(phrase(text)));
    expect(phrase(text).length).toBeGreaterThan(0);
  });

  it.each([
    ['renlei mingyun', '人类命运'],
    ['quanqiu nanfang', '全球南方'],
    ['wukelan', '乌克兰'],
    ['Wūkèlán', '乌克兰'],
    ['wu3 ke4 lan2', '乌克兰'],
  ])('toneless pinyin “%s” finds the paragraphs holding %s, and only those', async (query, text) => {
    const { ids } = await run(query);
    expect(ids).toEqual(expect.arrayContaining(holding(text)));
    for (const id of ids) expect(holding(text), id).toContain(id);
  });

  it('shows a traditional reader the traditional text, marked on the same characters', async () => {
    const found = await run('两国方案', 'hant');
    const hit = found.hits[0]!;
    const [from, to] = hit.ranges[0]!;
    expect([...found.zh!.text[hit.record]!].slice(from, to).join('')).toBe('兩國方案');
  });

  it('ranks the words as a phrase before the words apart, each in reading order', async () => {
    const { hits } = await run('world multipolar');
    expect(hits.length).toBeGreaterThan(0);
    for (let i = 1; i < hits.length; i++) expect(hits[i]!.tier > hits[i - 1]!.tier || (hits[i]!.tier === hits[i - 1]!.tier && hits[i]!.record > hits[i - 1]!.record)).toBe(true);
  });

  it.each(['人类命运共同体', '兩岸', 'multipolar world', 'renlei mingyun', 'long', 'small yard, high fence', 'new quality productive forces', 'the', 'xyzzy'])(
    '“%s” loads at most three files of the index (four requests with the engine)',
    async (query) => {
      const { loaded } = await run(query);
      expect(new Set(loaded).size).toBe(loaded.length);
      expect(loaded.length).toBeLessThanOrEqual(3);
    },
  );

  it('loads only the text of the language a query can match, in one round where it can', async () => {
    expect((await run('中国')).loaded).toEqual([FILE.zh('hans')]);
    expect((await run('中国', 'hk')).loaded).toEqual([FILE.zh('hk')]);
    expect((await run('multipolar world', 'hant')).loaded).toEqual([FILE.en('hant')]);
    expect((await run('renlei mingyun')).loaded).toEqual([FILE.words(shardOf('mingyun')), FILE.zh('hans')]);
    expect((await run('long')).loaded).toEqual([FILE.words(shardOf('long')), FILE.zh('hans'), FILE.enText]);
  });
});

describe('matching crafted text', () => {
  const pinyin = { fang: '方放', an: '案安', fan: '反', gan: '感干', xi: '西', xian: '先', lv: '绿', lu: '路' };

  it('reads every split of a pinyin word (fang·an and fan·gan, xian and xi·an)', () => {
    expect(pinyinReadings('fangan', pinyin)).toEqual(expect.arrayContaining([['方放', '案安'], ['反', '感干']]));
    expect(pinyinReadings("xi'an", pinyin)).toEqual([['西', '案安']]);
    expect(pinyinReadings('xian', pinyin)).toEqual(expect.arrayContaining([['先'], ['西', '案安']]));
    expect(pinyinReadings('fangan zzz', pinyin)).toEqual([]);
  });

  it('takes ü as v, as u: or as plain u after l and n', () => {
    expect(pinyinReadings('lü', pinyin)).toEqual([['绿']]);
    expect(pinyinReadings('lu:', pinyin)).toEqual([['绿']]);
    expect(pinyinReadings('lu', pinyin)[0]!.join('')).toContain('绿');
  });

  it('finds the characters read so, and the longest reading at a place', () => {
    const text = '两国方案与西安';
    expect(pinyinRanges(text, pinyinReadings('fangan', pinyin))).toEqual([[2, 4]]);
    expect(pinyinRanges(text, pinyinReadings('xian', pinyin))).toEqual([[5, 7]]);
  });

  it('maps a traditional query to simplified and keeps only its Han characters', () => {
    expect(chinesePhrase('兩國 方案!', simplifier('兩两國国'))).toBe('两国方案');
    expect(phraseRanges('方案，两国方案，𠀋两国方案', '两国方案')).toEqual([[3, 7], [9, 13]]);
  });

  it('matches English whole words, case and accents ignored, as a phrase where it can', () => {
    expect(englishMatch('The Pelješac Bridge opened.', ['peljesac', 'bridge'])).toEqual({ phrase: true, ranges: [[4, 19]] });
    expect(englishMatch('A bridge at Pelješac.', ['peljesac', 'bridge'])).toEqual({ phrase: false, ranges: [[2, 8], [12, 20]] });
    expect(englishMatch('ten tents', ['tent'])).toBeNull();
    expect(englishMatch('a small yard, high fence', ['small', 'yard', 'high', 'fence'])?.ranges).toEqual([[2, 24]]);
  });

  it('cuts an excerpt around the first match with “…” and marks every match in it', () => {
    const chars = [...'abcdefghijklmnopqrstuvwxyz'];
    const pieces = excerpt(chars, [[10, 12], [14, 15]], 3);
    expect(pieces.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('')).toBe('…hij[kl]mn[o]pqr…');
    expect(excerpt(chars, [[0, 2]], 50).map((p) => p.text).join('')).toBe(chars.join(''));
    const words = [...'one two three four five six seven'];
    expect(excerpt(words, [[14, 18]], 5).map((p) => (p.mark ? `[${p.text}]` : p.text)).join('')).toBe('…[four] five six…');
  });

  it('looks a query that may be pinyin up in the postings file of its longest word, which holds the pinyin map', () => {
    expect(plan('人类')).toMatchObject({ chinese: true, shard: null });
    expect(plan('new quality productive forces')).toMatchObject({ pinyin: false, shard: null });
    expect(plan('renlei mingyun')).toMatchObject({ chinese: false, pinyin: true, shard: shardOf('mingyun') });
    expect(plan('multipolar world').pinyin).toBe(false);
  });
});

describe('file names', () => {
  it('are the ones the page asks for', () => {
    for (const script of ['hans', 'hant', 'hk'] as const) {
      expect(index.has(FILE.zh(script))).toBe(true);
      expect(index.has(FILE.en(script))).toBe(true);
    }
    expect((index.get(FILE.zh('hans')) as ChineseFile).meta.records.length).toBeGreaterThan(200);
  });
});
