import type { Edition } from '../../schemas/edition.ts';
import type { Dictionary } from '../../schemas/dictionary.ts';
import { paragraphUnits, placedParagraphs } from './build-dictionary.ts';

const HAN = /\p{Script=Han}/gu;

/** The coverage of a subset, as computed by coverage(). */
export type Coverage = ReturnType<typeof coverage>;

/** How much of the text's Chinese the dictionary covers: characters (through a word or the character itself) and word occurrences (word-level entries). */
export function coverage(edition: Edition, dict: Dictionary): { characters: number; words: number; missing: string[]; occurrences: number; hanCharacters: number } {
  let chars = 0;
  let charsCovered = 0;
  let occ = 0;
  let occCovered = 0;
  const missing = new Set<string>();
  for (const { paragraph } of placedParagraphs(edition)) {
    for (const u of paragraphUnits(paragraph)) {
      const entry = dict.words[u.hans];
      occ++;
      if (entry && !entry.c) occCovered++;
      else missing.add(u.hans);
      for (const ch of u.hans.match(HAN) ?? []) {
        chars++;
        const e = dict.words[ch];
        if ((entry && !entry.c) || (e && !e.c)) charsCovered++;
      }
    }
    // Han characters outside any unit (none expected: every character with a reading is in a unit).
    const inText = (paragraph.zh.hans.match(HAN) ?? []).length;
    const inUnits = paragraphUnits(paragraph).reduce((n, u) => n + (u.hans.match(HAN) ?? []).length, 0);
    chars += inText - inUnits;
  }
  return { characters: charsCovered / chars, words: occCovered / occ, missing: [...missing], occurrences: occ, hanCharacters: chars };
}

/** One line of the coverage figures, as the content build and `npm run dictionary` print them. */
export function formatCoverage(c: Coverage): string {
  return `characters reaching an entry ${(c.characters * 100).toFixed(2)} % of ${c.hanCharacters}; word occurrences with a word-level entry ${(c.words * 100).toFixed(2)} % of ${c.occurrences} (${c.missing.length} words without one)`;
}
