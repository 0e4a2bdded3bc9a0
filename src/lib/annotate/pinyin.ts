import { pinyin } from 'pinyin-pro';
import type { PinyinOverride } from '../../schemas/reading-overrides.ts';
import { NO_READING } from '../../schemas/pinyin.ts';


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
