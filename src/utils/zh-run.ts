/**
 * A run of Chinese as the pages ship it: the characters once, in the route's
 * script, with what the client needs to show the rest of the reading view —
 * its pinyin (to build the ruby when the reader turns pinyin on) and the
 * characters where the other scripts differ (to switch script in place).
 * The client side is src/client/zh-runs.ts; the two share these formats:
 *
 * - pinyin (`data-py`): one syllable per Han character, in order; a space
 *   before a syllable that starts a new word of the edition's segmentation,
 *   an apostrophe before one that continues a word (`Zhōng'guó wài'jiāo`).
 *   Exactly the Han characters take a reading, so characters and syllables
 *   pair without indices.
 * - character patches (`data-alt`, `data-hk`): for each character that
 *   differs, the count of unchanged characters since the previous one (left
 *   out when 0) and the character itself: `2國3際` turns the 3rd and 7th
 *   characters into 國 and 際.
 */
import { NO_READING } from '../schemas/pinyin.ts';
import type { ZhString } from '../schemas/edition.ts';
import { escapeHtml } from './escape-html.ts';
import { SCRIPT_LANG } from './zh-run-format.ts';

const HAN = /\p{Script=Han}/u;
const DIGIT = /\d/u;

/** The scripts a route is pre-rendered in. */
export type RouteScript = 'hans' | 'hant';


/**
 * The pinyin of a run in the page format: `readings` one per character
 * (NO_READING for none), `words` the edition's word lengths. Throws when a
 * reading stands on a character that is not Han or a Han character has none,
 * or a syllable holds a separator: the client could not pair them.
 */
export function pinyinData(display: string, readings: readonly string[], words: readonly number[]): string {
  const chars = [...display];
  if (chars.length !== readings.length) throw new Error(`pinyin: ${chars.length} characters but ${readings.length} readings in “${display.slice(0, 20)}…”`);
  const wordOf: number[] = [];
  words.forEach((length, w) => {
    for (let k = 0; k < length; k++) wordOf.push(w);
  });
  let out = '';
  let previous = -2;
  chars.forEach((c, i) => {
    const reading = readings[i]!;
    const has = reading !== NO_READING;
    if (has !== HAN.test(c)) throw new Error(`pinyin: “${c}” in “${display.slice(0, 20)}…” ${has ? `has the reading “${reading}” but is not a Han character` : 'is a Han character without a reading'}`);
    if (!has) return;
    if (/[\s']/.test(reading)) throw new Error(`pinyin: the syllable “${reading}” of “${c}” holds a separator`);
    const continues = previous === i - 1 && wordOf[previous] === wordOf[i];
    out += (out ? (continues ? "'" : ' ') : '') + reading;
    previous = i;
  });
  return out;
}

/** The patch turning `from` into `to` (same length in code points) in the page format, or null when they agree. */
export function charPatch(from: string, to: string): string | null {
  const a = [...from];
  const b = [...to];
  if (a.length !== b.length) throw new Error(`script forms differ in length: “${from.slice(0, 20)}…” (${a.length}) and “${to.slice(0, 20)}…” (${b.length})`);
  let out = '';
  let skipped = 0;
  a.forEach((c, i) => {
    if (c === b[i]) {
      skipped++;
      return;
    }
    if (DIGIT.test(b[i]!)) throw new Error(`script forms: “${c}” becomes the digit “${b[i]}”, which the patch format cannot carry`);
    out += (skipped || '') + b[i]!;
    skipped = 0;
  });
  return out || null;
}

/** The attributes of a run of Chinese on a page of `route`'s script: its lang and the patches to the other scripts. */
export function scriptAttributes(text: Pick<ZhString, 'hans' | 'hant' | 'hk'>, route: RouteScript): { lang: string; 'data-alt': string | null; 'data-hk': string | null } {
  return {
    lang: SCRIPT_LANG[route],
    'data-alt': route === 'hans' ? charPatch(text.hans, text.hant) : charPatch(text.hant, text.hans),
    'data-hk': charPatch(text.hant, text.hk),
  };
}

/** The text of a run in one script. */
export const runText = (text: Pick<ZhString, 'hans' | 'hant'>, route: RouteScript): string => (route === 'hans' ? text.hans : text.hant);

/** An annotation wrapped around a range of the text: pre-built, already escaped opening and closing tags. */
export interface Wrap {
  from: number;
  to: number;
  open: string;
  close: string;
}

/**
 * The escaped text with its annotations (sentences, glossary terms,
 * corrections) as tags around their code-point ranges. Wraps nest but never
 * cross: where they meet, the inner ones close first and the outer ones open
 * first (a sentence around the glossary term it starts with).
 */
export function wrapHtml(display: string, wraps: readonly Wrap[]): string {
  const chars = [...display];
  const opens = new Map<number, string>();
  const closes = new Map<number, string>();
  const byWidth = [...wraps].sort((a, b) => b.to - b.from - (a.to - a.from));
  for (const w of byWidth) {
    if (w.from < 0 || w.to > chars.length || w.from > w.to) throw new Error(`wrap [${w.from}, ${w.to}) outside “${display.slice(0, 20)}…” (${chars.length} characters)`);
    opens.set(w.from, (opens.get(w.from) ?? '') + w.open);
    closes.set(w.to, w.close + (closes.get(w.to) ?? ''));
  }
  let html = '';
  for (let i = 0; i <= chars.length; i++) {
    html += (closes.get(i) ?? '') + (opens.get(i) ?? '');
    if (i < chars.length) html += escapeHtml(chars[i]!);
  }
  return html;
}
