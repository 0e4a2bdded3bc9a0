import { pinyin } from 'pinyin-pro';

/** An authored correction of a reading pinyin-pro gets wrong in this text. */
export interface PinyinOverride {
  word: string;
  /** One syllable per character, separated by spaces, tone marks. */
  reading: string;
  /** When given, the override applies only to occurrences inside this longer string. */
  context?: string | undefined;
  reason: string;
}

/** Marker for a character that takes no reading (punctuation, digits, Latin letters). */
export const NO_READING = '-';

const HAN = /\p{Script=Han}/u;

/**
 * The pinyin of every character of `text`, in context: one entry per
 * character (code point), NO_READING for characters that are not Chinese.
 * Tone sandhi of 一 and 不 is shown as spoken (不是 bú shì, 一个 yí gè).
 * Authored overrides replace the library's reading wherever their word
 * occurs (inside their context, if they have one).
 */
export function readPinyin(text: string, overrides: readonly PinyinOverride[] = []): string[] {
  const chars = [...text];
  const readings = pinyin(text, { type: 'all', toneType: 'symbol', toneSandhi: true }).map((r, i) =>
    r.isZh && HAN.test(chars[i] ?? '') ? r.pinyin : NO_READING,
  );
  if (readings.length !== chars.length) throw new Error(`pinyin-pro returned ${readings.length} readings for ${chars.length} characters`);
  for (const o of overrides) {
    for (const at of overrideSites(text, o)) {
      o.reading.split(' ').forEach((syllable, k) => (readings[at + k] = syllable));
    }
  }
  return readings;
}

/** Code-point offsets in `text` where an override applies. */
export function overrideSites(text: string, o: Pick<PinyinOverride, 'word' | 'context'>): number[] {
  const sites: number[] = [];
  const scopes = o.context ? occurrences(text, o.context) : [0];
  for (const scopeStart of scopes) {
    const scope = o.context ?? text;
    for (const i of occurrences(scope, o.word)) {
      sites.push(codePointIndex(text, scopeStart + i));
    }
  }
  return [...new Set(sites)];
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) found.push(i);
  return found;
}

function codePointIndex(text: string, utf16Index: number): number {
  return [...text.slice(0, utf16Index)].length;
}

const TONE_MARKS: Record<string, [string, number]> = {};
for (const [plain, marked] of [
  ['a', 'āáǎà'],
  ['e', 'ēéěè'],
  ['i', 'īíǐì'],
  ['o', 'ōóǒò'],
  ['u', 'ūúǔù'],
  ['ü', 'ǖǘǚǜ'],
  ['m', 'ḿ'],
  ['n', 'ńňǹ'],
] as const) {
  // Syllabic m and n carry no first-tone mark in the fonts in use: their marks start at tone 2.
  const first = plain === 'm' || plain === 'n' ? 2 : 1;
  [...marked].forEach((m, i) => (TONE_MARKS[m] = [plain, i + first]));
}

/** Tone of a tone-marked syllable: 1–4, or 5 for the neutral tone. */
export function toneOf(syllable: string): number {
  for (const c of syllable.normalize('NFC')) {
    const mark = TONE_MARKS[c];
    if (mark) return mark[1];
  }
  return 5;
}

/** `zhōng` → `zhong1`, `le` → `le5`, `lǜ` → `lü4`. */
export function toToneNumber(syllable: string): string {
  let plain = '';
  for (const c of syllable.normalize('NFC')) plain += TONE_MARKS[c]?.[0] ?? c;
  return `${plain}${toneOf(syllable)}`;
}
