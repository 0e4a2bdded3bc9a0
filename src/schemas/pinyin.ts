/**
 * What a syllable of the edition's pinyin is: tone-marked, one per
 * character, NO_READING where a character takes none. Pure helpers shared by
 * the build, the pages and the tests.
 */

/** Marker for a character that takes no reading (punctuation, digits, Latin letters). */
export const NO_READING = '-';

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

/** Tone of a tone-marked syllable (`Ōu` as `ōu`): 1–4, or 5 for the neutral tone. */
export function toneOf(syllable: string): number {
  for (const c of syllable.normalize('NFC').toLowerCase()) {
    const mark = TONE_MARKS[c];
    if (mark) return mark[1];
  }
  return 5;
}

/** `zhōng` → `zhong1`, `le` → `le5`, `lǜ` → `lü4`, `Ōu` → `Ou1`. */
export function toToneNumber(syllable: string): string {
  let plain = '';
  for (const c of syllable.normalize('NFC')) {
    const lower = c.toLowerCase();
    const base = TONE_MARKS[lower]?.[0];
    plain += base === undefined ? c : lower === c ? base : base.toUpperCase();
  }
  return `${plain}${toneOf(syllable)}`;
}
