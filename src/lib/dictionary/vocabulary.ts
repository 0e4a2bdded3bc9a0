import type { Edition } from '../../schemas/edition.ts';
import type { Dictionary, WordEntry } from '../../schemas/dictionary.ts';
import { paragraphUnits, placedParagraphs, sensesForReading, type PlacedParagraph } from './build-dictionary.ts';
import { toneless } from './pinyin.ts';

/**
 * Vocabulary lists: the words of a topic (or of the whole press conference)
 * with their reading in this text, traditional form, a short gloss, HSK level,
 * frequency band and count, in order of first appearance; and their CSV and
 * Anki TSV downloads. Pure functions of the edition and the dictionary.
 */
export interface VocabularyRow {
  /** 1-based order of first appearance. */
  order: number;
  word: string;
  traditional: string;
  hk: string;
  pinyin: string;
  gloss: string;
  hsk: number | null;
  band: number | null;
  count: number;
  /** First occurrence: topic slug and paragraph ID. */
  slug: string;
  paragraph: string;
  exampleZh: string;
  exampleEn: string;
}

const SKIP = /^(old |archaic |erhua )?variant of |^see |^CL:|^surname /;

/** One short English gloss: the glossary's rendering for a term, else the first plain definition of the sense read here. */
export function glossOf(dict: Dictionary, edition: Edition, word: string, reading: string): string {
  const entry: WordEntry | undefined = dict.words[word];
  if (!entry) return '';
  if (entry.g) {
    const term = edition.glossary.find((t) => t.id === entry.g);
    if (term) return term.en;
  }
  if (entry.c) return [...word].map((ch) => (dict.words[ch] ? glossOf(dict, edition, ch, '') : '')).filter(Boolean).join(' + ');
  const { matching, other } = sensesForReading(entry, reading);
  const loose = other.filter((s) => toneless(s.p) === toneless(reading));
  for (const sense of [...matching, ...loose, ...other]) {
    const d = sense.d.find((x) => !SKIP.test(x)) ?? sense.d[0];
    if (d) return d.length > 60 ? `${d.slice(0, 57)}…` : d;
  }
  return '';
}

/** The sentence of `chars` (a paragraph's characters) around position `from`. */
function sentenceAt(chars: readonly string[], from: number): string {
  let start = from;
  while (start > 0 && !'。！？；'.includes(chars[start - 1]!)) start--;
  let end = from;
  while (end < chars.length && !'。！？；'.includes(chars[end]!)) end++;
  return chars.slice(start, Math.min(chars.length, end + 1)).join('').trim();
}

/** The vocabulary of some paragraphs (default: the press conference proper), one row per word and reading. */
export function vocabulary(edition: Edition, dict: Dictionary, slug?: string): VocabularyRow[] {
  const placed: PlacedParagraph[] = placedParagraphs(edition).filter((p) => (slug ? p.slug === slug : p.conference));
  const rows = new Map<string, VocabularyRow>();
  for (const { slug: s, paragraph } of placed) {
    const chars = [...paragraph.zh.hans];
    for (const u of paragraphUnits(paragraph)) {
      const key = `${u.hans}|${u.reading}`;
      const row = rows.get(key);
      if (row) {
        row.count++;
        continue;
      }
      const entry = dict.words[u.hans];
      rows.set(key, {
        order: rows.size + 1,
        word: u.hans,
        traditional: u.hant,
        hk: u.hk,
        pinyin: u.reading.replace(/ /g, ''),
        gloss: glossOf(dict, edition, u.hans, u.reading),
        hsk: entry?.h ?? null,
        band: entry?.b ?? null,
        count: 1,
        slug: s,
        paragraph: paragraph.id,
        exampleZh: sentenceAt(chars, u.from),
        exampleEn: paragraph.en,
      });
    }
  }
  return [...rows.values()];
}

function csvField(value: string | number | null): string {
  const s = value === null ? '' : String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_COLUMNS = ['order', 'simplified', 'traditional', 'pinyin', 'gloss', 'hsk', 'count', 'first_paragraph'] as const;

/** CSV (RFC 4180, CRLF, UTF-8 with a BOM so spreadsheets read the Chinese), one row per list row. */
export function vocabularyCsv(rows: readonly VocabularyRow[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of rows) lines.push([r.order, r.word, r.traditional, r.pinyin, r.gloss, r.hsk, r.count, `${r.slug}#${r.paragraph}`].map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function tsvField(s: string): string {
  return s.replace(/[\t\r\n]+/g, ' ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Anki's text import (File ▸ Import): tab-separated, HTML fields, header lines
 * naming the separator and columns. Front: the word; back: pinyin, gloss, an
 * example sentence of this text and its paragraph's English. `attribution`
 * is the credits' line (the dictionary's `attribution.list`).
 */
export function vocabularyTsv(rows: readonly VocabularyRow[], attribution: string): string {
  const lines = ['#separator:tab', '#html:true', '#columns:Front\tBack\tTags', `#tags:wangyi-2024`, `#notetype:Basic`, `# ${tsvField(attribution)}`];
  for (const r of rows) {
    const back = [r.pinyin, r.gloss, r.exampleZh, r.exampleEn].map(tsvField).join('<br>');
    lines.push([tsvField(r.word), back, r.hsk ? `HSK${r.hsk}` : ''].join('\t'));
  }
  return `${lines.join('\n')}\n`;
}
