/**
 * A query's plan (which files of the index it needs) and its results (the
 * records it finds, ranked, with the ranges to mark), from the files loaded.
 * Pure: the search page fetches, the tests pass files built in memory.
 */
import { FILE, shardOf, toneless, type ChineseFile, type EnglishFile, type PinyinFile, type Script, type WordsFile } from './format.ts';
import { chinesePhrase, englishMatch, isChinese, phraseRanges, pinyinRanges, pinyinReadings, queryWords, simplifier, type Range } from './match.ts';

/** The shape of toneless pinyin (initial and final, repeated): a Latin query not of this shape needs no pinyin file. */
const PINYIN_SHAPE = /^(?:(?:[zcs]h?|[bpmfdtnlgkhjqxryw])?(?:i(?:a(?:ng?|o)?|e|u|ng?|ong)?|u(?:a(?:ng?|i)?|o|i|n|e)?|v(?:e|an|n)?|a(?:ng?|i|o)?|e(?:ng?|i|r)?|o(?:ng|u)?))+$/;

/** Which files a query needs first: the Chinese text (Chinese queries), or English word postings (with the pinyin map if it may be pinyin). */
export interface Plan {
  chinese: boolean;
  /** Folded English words of the query. */
  words: string[];
  /** The postings files to fetch (of some of the words: the rest is checked in the text). */
  shards: number[];
  pinyin: boolean;
}

/**
 * The plan of a query. At most two postings files are fetched, and one when
 * the query may be pinyin as well (it may then also need the Chinese text):
 * with the engine and the English text, no query makes more than four
 * requests. The longest words are looked up, as the rarest.
 */
export function plan(query: string): Plan {
  if (isChinese(query)) return { chinese: true, words: [], shards: [], pinyin: false };
  const words = queryWords(query);
  const latin = toneless(query).split(/[^a-z]+/).filter(Boolean);
  const pinyin = latin.length > 0 && latin.every((w) => PINYIN_SHAPE.test(w));
  const shards: number[] = [];
  for (const w of [...new Set(words)].sort((a, b) => b.length - a.length)) {
    if (shards.length < (pinyin ? 1 : 2) && !shards.includes(shardOf(w))) shards.push(shardOf(w));
  }
  return { chinese: false, words, shards, pinyin };
}

/** The records holding every word of `plan` that the fetched postings cover, ascending; null if the plan has no words. */
export function candidates(p: Plan, postings: ReadonlyMap<number, WordsFile>): number[] | null {
  const known = [...new Set(p.words)].filter((w) => postings.has(shardOf(w)));
  if (known.length === 0) return null;
  let out: number[] | null = null;
  for (const w of known) {
    const list: number[] = postings.get(shardOf(w))!.words[w] ?? [];
    out = out ? out.filter((r) => list.includes(r)) : list;
  }
  return out ?? [];
}

/** A record found: which text its excerpt is from, the ranges to mark there, and its rank. */
export interface Hit {
  record: number;
  lang: 'zh' | 'en';
  ranges: Range[];
  /** 0 for the phrase itself (Chinese, pinyin, or the English words in order), 1 for the English words apart. */
  tier: number;
}

/** The records of a Chinese query (any script): those holding its characters, in simplified script, as a phrase. */
export function chineseHits(query: string, zh: ChineseFile): Hit[] {
  const simplify = simplifier(zh.t2s);
  const needle = chinesePhrase(query, simplify);
  const hits: Hit[] = [];
  zh.text.forEach((text, record) => {
    const ranges = phraseRanges(simplify(text), needle);
    if (ranges.length) hits.push({ record, lang: 'zh', ranges, tier: 0 });
  });
  return hits;
}

/** The records a toneless pinyin query reads in. */
export function pinyinHits(query: string, pinyin: PinyinFile, zh: ChineseFile): Hit[] {
  const readings = pinyinReadings(query, pinyin);
  if (readings.length === 0) return [];
  const simplify = simplifier(zh.t2s);
  const hits: Hit[] = [];
  zh.text.forEach((text, record) => {
    const ranges = pinyinRanges(simplify(text), readings);
    if (ranges.length) hits.push({ record, lang: 'zh', ranges, tier: 0 });
  });
  return hits;
}

/** The records of `among` (or all) whose English holds every word of the query. */
export function englishHits(words: readonly string[], en: EnglishFile, among: readonly number[] | null): Hit[] {
  const hits: Hit[] = [];
  for (const record of among ?? en.text.keys()) {
    const m = englishMatch(en.text[record]!, words);
    if (m) hits.push({ record, lang: 'en', ranges: m.ranges, tier: m.phrase ? 0 : 1 });
  }
  return hits;
}

/** One hit per record (a Chinese one before an English one), ranked: phrase matches first, each rank in reading order. */
export function ranked(...lists: Hit[][]): Hit[] {
  const best = new Map<number, Hit>();
  for (const hit of lists.flat()) {
    const had = best.get(hit.record);
    if (!had || hit.tier < had.tier || (hit.tier === had.tier && hit.lang === 'zh' && had.lang === 'en')) best.set(hit.record, hit);
  }
  return [...best.values()].sort((a, b) => a.tier - b.tier || a.record - b.record);
}

/** Fetches a file of the index by name (FILE), as parsed JSON. */
export type Loader = <T>(name: string) => Promise<T>;

/** A query's hits, with the text files loaded for their excerpts and metadata (null where none was needed). */
export interface Found {
  hits: Hit[];
  zh: ChineseFile | null;
  en: EnglishFile | null;
}

/**
 * Run a query for a reader of `script`, loading only the files it needs: a
 * Chinese query its script's Chinese text; any other query the postings of
 * its words (with the pinyin map if it may be pinyin), then the Chinese text
 * if it reads as pinyin of the text and the English text if some record holds
 * its words.
 */
export async function search(query: string, script: Script, load: Loader): Promise<Found> {
  const p = plan(query);
  if (p.chinese) {
    const zh = await load<ChineseFile>(FILE.zh(script));
    return { hits: ranked(chineseHits(query, zh)), zh, en: null };
  }
  const shards = await Promise.all(p.shards.map((s) => load<WordsFile>(FILE.words(s, p.pinyin))));
  const among = candidates(p, new Map(p.shards.map((s, i) => [s, shards[i]!])));
  const pinyin = shards[0]?.pinyin ?? null;
  const reads = pinyin !== null && pinyinReadings(query, pinyin).length > 0;
  const [zh, en] = await Promise.all([reads ? load<ChineseFile>(FILE.zh(script)) : null, among?.length ? load<EnglishFile>(FILE.en(script)) : null]);
  const chinese = zh && pinyin ? pinyinHits(query, pinyin, zh) : [];
  const english = en ? englishHits(p.words, en, among) : [];
  return { hits: ranked(chinese, english), zh, en };
}
