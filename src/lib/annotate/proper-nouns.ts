import type { CedictRow } from '../dictionary/build-dictionary.ts';
import type { Loaded } from '../load/yaml.ts';
import { SourceError } from '../load/errors.ts';
import type { ProperNounException } from '../../schemas/proper-nouns.ts';

/**
 * Proper nouns in the pinyin, after the orthography rules of GB/T 16159
 * (Zhōngguó, Xí Jìnpíng, Jiùjīnshān) as this edition maps them onto its
 * per-character ruby: each character keeps its own syllable, and a syllable
 * that begins a capitalised part of a name is capitalised (Zhōng guó, Xí Jìn
 * píng, Zhōng huá Rén mín Gòng hé guó). Which words are proper nouns, and
 * which of their syllables begin a part, is taken from CC-CEDICT's
 * capitalised readings: a word (or a run of the edition's words) is
 * capitalised when CEDICT has a capitalised entry with the same letters as
 * the edition's reading and no lower-case entry reading the same (so 美 alone
 * stays měi, 金砖 stays jīn zhuān, while 美国 is Měi guó). Authored
 * exceptions (content/data/proper-nouns.yaml) keep a name CEDICT knows only
 * as a name in lower case where the text uses it as a common word.
 */

/** Per spelling (simplified or traditional): toneless letters of a reading → which syllables are capitalised. */
export type ProperNouns = ReadonlyMap<string, ReadonlyMap<string, readonly boolean[]>>;

/** The longest run of the edition's words tried as one name (中华|人民|共和国 → 中华人民共和国). */
const MAX_WORDS = 4;

const letters = (syllable: string): string =>
  syllable
    .normalize('NFD')
    .replace(/[\u0300-\u036f]|[1-5]$/g, '')
    .replace(/u:|v/g, 'ü')
    .normalize('NFC')
    .toLowerCase();

/**
 * The proper-noun table of CC-CEDICT's rows, less the authored exceptions (pure; built once per content build).
 * @throws SourceError at an exception that CEDICT does not capitalise anyway.
 */
export function properNounIndex(rows: readonly CedictRow[], exceptions?: Loaded<ProperNounException[]>): ProperNouns {
  const capital = new Map<string, Map<string, boolean[]>>();
  const lower = new Set<string>();
  for (const [trad, simp, reading] of rows) {
    const syllables = reading.split(' ');
    const key = syllables.map(letters).join(' ');
    const caps = syllables.map((s) => /^[A-Z]/.test(s));
    for (const word of new Set([simp, trad])) {
      if (!caps.some(Boolean)) {
        lower.add(`${word}|${key}`);
        continue;
      }
      const readings = capital.get(word) ?? new Map<string, boolean[]>();
      if (!readings.has(key)) readings.set(key, caps);
      capital.set(word, readings);
    }
  }
  for (const [word, readings] of capital) {
    for (const key of readings.keys()) if (lower.has(`${word}|${key}`)) readings.delete(key);
    if (readings.size === 0) capital.delete(word);
  }
  exceptions?.data.forEach(({ word }, i) => {
    if (!capital.delete(word)) throw new SourceError(exceptions.file, exceptions.lineOf([i]), `CC-CEDICT does not capitalise “${word}”: the exception is not needed`);
  });
  return capital;
}

const capitalise = (syllable: string): string => syllable.charAt(0).toUpperCase() + syllable.slice(1);

/**
 * The syllables of a text with its proper nouns capitalised.
 * @param chars the text's characters
 * @param syllables one tone-marked syllable per character (NO_READING where none)
 * @param words the edition's word lengths
 */
export function capitaliseProperNouns(chars: readonly string[], syllables: readonly string[], words: readonly number[], names: ProperNouns): string[] {
  const out = [...syllables];
  const starts: number[] = [];
  words.reduce((at, n) => (starts.push(at), at + n), 0);
  starts.push(chars.length);
  for (let w = 0; w < words.length; ) {
    let matched = 0;
    for (let span = Math.min(MAX_WORDS, words.length - w); span >= 1 && !matched; span--) {
      const from = starts[w]!;
      const to = starts[w + span]!;
      const caps = names.get(chars.slice(from, to).join(''))?.get(syllables.slice(from, to).map(letters).join(' '));
      if (!caps) continue;
      caps.forEach((cap, k) => cap && (out[from + k] = capitalise(out[from + k]!)));
      matched = span;
    }
    w += matched || 1;
  }
  return out;
}
