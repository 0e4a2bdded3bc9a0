/**
 * A query's plan (which files of the index it needs) and its results (the
 * records it finds, ranked, with the ranges to mark), from the files loaded.
 * Pure: the search page fetches, the tests pass files built in memory.
 */
import { FILE, fold, shardOf, toneless, type ChineseFile, type EnglishFile, type PinyinFile, type Script, type WordsFile } from './format.ts';
import { chinesePhrase, englishMatch, isChinese, phraseRanges, pinyinRanges, pinyinReadings, queryWords, simplifier, type Range } from './match.ts';

/** The shape of toneless pinyin (initial and final, repeated): a Latin query not of this shape needs no pinyin file. */
const PINYIN_SHAPE = /^(?:(?:[zcs]h?|[bpmfdtnlgkhjqxryw])?(?:i(?:a(?:ng?|o)?|e|u|ng?|ong)?|u(?:a(?:ng?|i)?|o|i|n|e)?|v(?:e|an|n)?|a(?:ng?|i|o)?|e(?:ng?|i|r)?|o(?:ng|u)?))+$/;

/** How a query is read: as Chinese (it holds Han characters), or as English words that may also be toneless pinyin. */
export interface Plan {
  chinese: boolean;
  /** Folded English words of the query. */
  words: string[];
  /** Whether it has the shape of pinyin, so it is looked up as pinyin too. */
  pinyin: boolean;
  /** For a query that may be pinyin: the postings file of its longest (rarest) word, which holds the pinyin map too. */
  shard: number | null;
}

/** The plan of a query. */
export function plan(query: string): Plan {
  if (isChinese(query)) return { chinese: true, words: [], pinyin: false, shard: null };
  const words = queryWords(query);
  const latin = toneless(query).split(/[^a-z]+/).filter(Boolean);
  const pinyin = latin.length > 0 && latin.every((w) => PINYIN_SHAPE.test(w));
  const longest = [...words].sort((a, b) => b.length - a.length)[0];
  return { chinese: false, words, pinyin, shard: pinyin && longest ? shardOf(longest) : null };
}

/** The records that may hold every word of `words`, ascending: those that hold each word the postings file has (all of its shard). */
export function candidates(words: readonly string[], shard: number, postings: WordsFile): number[] {
  let out: number[] | null = null;
  for (const w of new Set(words)) {
    if (shardOf(w) !== shard) continue;
    const list: number[] = postings.words[w] ?? [];
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
    const text = en.text[record]!;
    // Words can only match whole where they occur at all: most records are left out before they are split into words.
    const folded = fold(text);
    if (!words.every((w) => folded.includes(w))) continue;
    const m = englishMatch(text, words);
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
 * Run a query for a reader of `script`, loading only the files it needs, in
 * one round where it can: a Chinese query its script's Chinese text; an
 * English one that cannot be pinyin the English text; one that may be pinyin
 * the Chinese text and the postings file of its longest word (with the pinyin
 * map), then the English text only if some record may hold its words. So no
 * query needs more than three files.
 */
export async function search(query: string, script: Script, load: Loader): Promise<Found> {
  const p = plan(query);
  if (p.chinese) {
    const zh = await load<ChineseFile>(FILE.zh(script));
    return { hits: ranked(chineseHits(query, zh)), zh, en: null };
  }
  if (p.shard === null) {
    const en = await load<EnglishFile>(FILE.en(script));
    return { hits: ranked(englishHits(p.words, en, null)), zh: null, en };
  }
  const [postings, zh] = await Promise.all([load<WordsFile>(FILE.words(p.shard)), load<ChineseFile>(FILE.zh(script))]);
  const among = candidates(p.words, p.shard, postings);
  const en = among.length ? await load<EnglishFile>(FILE.enText) : null;
  const chinese = pinyinHits(query, postings.pinyin, zh);
  return { hits: ranked(chinese, en ? englishHits(p.words, en, among) : []), zh, en };
}
