/**
 * Reading the page data of a run of Chinese (written by src/utils/zh-run.ts,
 * where the formats are described): shared by the client, which builds ruby
 * and switches script from it, and the tests. No dependencies, as it ships
 * to the browser.
 */

/** The language tag of each script the reader can choose. */
export const SCRIPT_LANG = { hans: 'zh-Hans', hant: 'zh-Hant-TW', hk: 'zh-Hant-HK' } as const;

/** A syllable of a run's pinyin, and whether it continues the word of the one before. */
export interface Syllable {
  syl: string;
  cont: boolean;
}

/** The syllables of a `data-py` value, in order: one per Han character of the run. */
export function readSyllables(py: string): Syllable[] {
  return (py.match(/[ ']?[^ ']+/g) ?? []).map((p) => ({ cont: p[0] === "'", syl: p.replace(/^[ ']/, '') }));
}

/** `chars` with a character patch (`2國3際`, see charPatch) applied; `chars` itself when there is none. */
export function applyPatch(chars: readonly string[], patch: string | undefined | null): string[] {
  if (!patch) return chars as string[];
  const out = [...chars];
  let i = -1;
  for (const [, gap, c] of patch.matchAll(/(\d*)(\D)/gu)) out[(i += Number(gap || 0) + 1)] = c!;
  return out;
}
