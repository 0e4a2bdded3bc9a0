/**
 * The search index's files (served under /search/data/, built by
 * build-index.ts from the edition document, read by the search page) and the
 * tokenising both sides must agree on. Kept free of Node and DOM APIs: the
 * search page bundles it.
 */

/** The scripts a reader can choose; each has its own Chinese text file. */
export const SCRIPTS = ['hans', 'hant', 'hk'] as const;
export type Script = (typeof SCRIPTS)[number];

/** How many files the English word postings are split into. */
export const EN_SHARDS = 16;

/**
 * The file names (without `.json`) of the index, as the search page asks for
 * them: each script's Chinese text and English text (each with the records'
 * metadata, so a query needs one text file per language), and the English
 * word postings, each shard with the pinyin map: what a query that may be
 * pinyin looks up.
 */
export const FILE = {
  zh: (script: Script) => `zh-${script}`,
  en: (script: Script) => `en-${script}`,
  /** The English text alone, for a query that loads the Chinese text (and its metadata) too. */
  enText: 'en-text',
  words: (shard: number) => `words-${shard}`,
} as const;

/**
 * What is shown about each record, whichever its match, as indexes into the
 * tables of IndexMeta: [page, anchor, title, place, outlet]. A record links to
 * `pages[page]#anchor` (a page path without the site's base).
 */
export type RecordMeta = [page: number, anchor: string, title: number, place: number, outlet: number];

/** The records' metadata in record (reading) order, and its tables, with the Chinese titles in one script. */
export interface IndexMeta {
  records: RecordMeta[];
  pages: string[];
  /** Titles, each topic's and then each glossary term's: in English, and in Chinese in this file's script. */
  titlesEn: string[];
  titlesZh: string[];
  /** Places, in English: `Answer ¶ 3`, `Question`, a glossary term's pinyin. */
  places: string[];
  /** Who asked, in English (`Bloomberg (US)`), or what kind of record it is (`Glossary`). */
  outlets: string[];
}

/** `zh-<script>.json`: every record's Chinese in one script, and the traditional → simplified map of the text. */
export interface ChineseFile {
  meta: IndexMeta;
  /** One string per record, in this script. */
  text: string[];
  /**
   * Pairs of characters, traditional then simplified, for every traditional
   * form of a character of the text (the text's own Taiwan and Hong Kong
   * forms and their common variants): what maps a query, and this file's
   * text, to the simplified text character for character.
   */
  t2s: string;
}

/** `en-<script>.json`: every record's English (the metadata's Chinese titles in that script); `en-text.json` without the metadata. */
export interface EnglishFile {
  meta?: IndexMeta;
  text: string[];
}

/** Toneless syllable (`v` for ü) → the characters of the text read so, in simplified script. */
export type PinyinFile = Record<string, string>;

/** `words-<n>.json`: folded English word → the records that hold it, ascending; and the pinyin map. */
export interface WordsFile {
  words: Record<string, number[]>;
  pinyin: PinyinFile;
}

/** Pinyin as typed without tones: lower case, tone marks and numbers dropped, `v` for ü (`Lǜsè` → `lvse`, `lu:` → `lv`). */
export function toneless(pinyin: string): string {
  return pinyin.normalize('NFD').replace(/u\u0308|u:/gi, 'v').replace(/\p{M}|[1-5]/gu, '').toLowerCase();
}

/** Case and accents folded: `Pelješac` → `peljesac`. */
export function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A word of English text: folded, with its UTF-16 range in the text. */
export interface Token {
  word: string;
  from: number;
  to: number;
}

/** The words of a text (letters and digits; anything else separates them), folded. */
export function tokens(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu)].map((m) => ({ word: fold(m[0]), from: m.index, to: m.index + m[0].length }));
}

/** The postings file a folded word is in: FNV-1a over its UTF-16 units. */
export function shardOf(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return (h >>> 0) % EN_SHARDS;
}
