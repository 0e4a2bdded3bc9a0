/**
 * The query engine: what a typed query matches in a record's text, as
 * ranges to mark. Pure functions over the index's data (format.ts), shared
 * by the search page and the tests.
 */
import { tokens, toneless, type PinyinFile } from './format.ts';

/** A matched span: character indexes [from, to) (code points in Chinese, UTF-16 units in English). */
export type Range = [from: number, to: number];

const HAN = /\p{Script=Han}/u;

/** Whether a query is Chinese (holds a Han character); otherwise it is read as English and toneless pinyin. */
export function isChinese(query: string): boolean {
  return HAN.test(query);
}

/** Maps traditional characters to simplified ones, character for character. */
export interface Simplifier {
  (text: string): string;
  map: ReadonlyMap<string, string>;
}

/** The traditional → simplified mapping of a ChineseFile's `t2s` pairs (the index's text maps back exactly). */
export function simplifier(pairs: string): Simplifier {
  const chars = [...pairs];
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i]!, chars[i + 1]!);
  const any = map.size ? new RegExp(`[${[...map.keys()].join('')}]`, 'gu') : null;
  return Object.assign((text: string) => (any ? text.replace(any, (c) => map.get(c)!) : text), { map });
}

/** The Han characters of a Chinese query, in simplified script: the phrase a record must hold. */
export function chinesePhrase(query: string, simplify: Simplifier): string {
  return [...simplify(query)].filter((c) => HAN.test(c)).join('');
}

/** Every occurrence of `needle` in `text`, in code points. */
export function phraseRanges(text: string, needle: string): Range[] {
  const out: Range[] = [];
  if (!needle) return out;
  const length = [...needle].length;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const from = [...text.slice(0, at)].length;
    out.push([from, from + length]);
  }
  return out;
}

/** The most readings of a pinyin query tried (its syllable splits, across its words). */
const MAX_READINGS = 32;

/** The characters a toneless syllable stands for; `lu`/`nu` (and `lue`/`nue`) also stand for `lv`/`nv`, as typed without ü. */
function charsOf(syllable: string, pinyin: PinyinFile): string | undefined {
  const v = /^[ln]ue?$/.test(syllable) ? pinyin[syllable.replace('u', 'v')] : undefined;
  const own = pinyin[syllable];
  return own || v ? (own ?? '') + (v ?? '') : undefined;
}

/** Every way to split a word of toneless pinyin into syllables of the text (`fangan` → fang·an, fan·gan). */
function splits(word: string, pinyin: PinyinFile): string[][] {
  const at: string[][][] = [[[]]];
  for (let end = 1; end <= word.length; end++) {
    at[end] = [];
    for (let start = Math.max(0, end - 6); start < end; start++) {
      const chars = charsOf(word.slice(start, end), pinyin);
      if (chars) for (const head of at[start]!) if (at[end]!.length < MAX_READINGS) at[end]!.push([...head, chars]);
    }
  }
  return at[word.length]!;
}

/**
 * The readings of a toneless pinyin query (`renlei mingyun`, `Xi'an`, tone
 * numbers and marks allowed): each a list of the characters each syllable
 * may be, in order. Empty when some word is not pinyin of this text.
 */
export function pinyinReadings(query: string, pinyin: PinyinFile): string[][] {
  const words = toneless(query).split(/[^a-z]+/).filter(Boolean);
  let readings: string[][] = [[]];
  for (const word of words) {
    const options = splits(word, pinyin);
    readings = readings.flatMap((r) => options.map((o) => [...r, ...o])).slice(0, MAX_READINGS);
    if (readings.length === 0) return [];
  }
  return words.length ? readings : [];
}

/** Every run of `text` (simplified) that reads as one of `readings`, in code points. */
export function pinyinRanges(text: string, readings: readonly string[][]): Range[] {
  const out: Range[] = [];
  const first = new Set(readings.flatMap((r) => [...r[0]!]));
  if (![...first].some((c) => text.includes(c))) return out;
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    if (!first.has(chars[i]!)) continue;
    let longest = 0;
    for (const r of readings) if (r.length > longest && i + r.length <= chars.length && r.every((set, k) => set.includes(chars[i + k]!))) longest = r.length;
    if (longest) out.push([i, i + longest]);
  }
  return out;
}

/** The words of an English query, folded, in order (repeats kept: they are part of the phrase). */
export function queryWords(query: string): string[] {
  return tokens(query).map((t) => t.word);
}

/** What an English query matches in a text: nothing, every word somewhere, or the words as a phrase. */
export interface EnglishMatch {
  phrase: boolean;
  ranges: Range[];
}

/**
 * Match the words of an English query in a text, whole words, case and
 * accents ignored: null unless every word occurs. The ranges are the
 * phrase's occurrences (its words in order, anything but letters and digits
 * between them), or else each word's.
 */
export function englishMatch(text: string, words: readonly string[]): EnglishMatch | null {
  if (words.length === 0) return null;
  const found = tokens(text);
  const present = new Set(found.map((t) => t.word));
  if (!words.every((w) => present.has(w))) return null;
  const phrase: Range[] = [];
  for (let i = 0; i + words.length <= found.length; i++) {
    if (words.every((w, k) => found[i + k]!.word === w)) phrase.push([found[i]!.from, found[i + words.length - 1]!.to]);
  }
  if (phrase.length) return { phrase: true, ranges: phrase };
  const wanted = new Set(words);
  return { phrase: false, ranges: found.filter((t) => wanted.has(t.word)).map((t): Range => [t.from, t.to]) };
}

/** Ranges sorted and merged where they overlap or touch. */
function merged(ranges: readonly Range[]): Range[] {
  const out: Range[] = [];
  for (const [a, b] of [...ranges].sort((x, y) => x[0] - y[0])) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** A piece of an excerpt: plain text, or text to mark. */
export interface ExcerptPiece {
  text: string;
  mark: boolean;
}

/**
 * An excerpt of `chars` (a text split into the units its ranges count)
 * around the first range, `radius` characters before it and twice that
 * after, with every range in it marked; `cut` is put where the text is cut,
 * between words where the text has spaces.
 */
export function excerpt(chars: readonly string[], ranges: readonly Range[], radius: number, cut = '…'): ExcerptPiece[] {
  const marks = merged(ranges);
  const first = marks[0] ?? [0, 0];
  let from = Math.max(0, first[0] - radius);
  let to = Math.min(chars.length, first[1] + radius * 2);
  if (from > 0) {
    const space = chars.indexOf(' ', from);
    if (space >= 0 && space < first[0]) from = space + 1;
  }
  if (to < chars.length) {
    const space = chars.lastIndexOf(' ', to);
    if (space > first[1]) to = space;
  }
  const pieces: ExcerptPiece[] = [];
  const push = (a: number, b: number, mark: boolean) => b > a && pieces.push({ text: chars.slice(a, b).join(''), mark });
  let at = from;
  for (const [a, b] of marks) {
    if (b <= from || a >= to) continue;
    push(at, Math.max(at, a), false);
    push(Math.max(at, a), Math.min(b, to), true);
    at = Math.min(b, to);
  }
  push(at, to, false);
  if (from > 0) pieces.unshift({ text: cut, mark: false });
  if (to < chars.length) pieces.push({ text: cut, mark: false });
  return pieces;
}
