import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { SourceError } from '../load/errors.ts';

/**
 * The dictionary sources, read once per process by loadAuthored (the build's
 * only reader; the result is cached, so crafted-input tests that load the
 * authored material again pay nothing for it): the CC-CEDICT snapshot shipped
 * in the cc-cedict package (data/all.js; its postinstall refresh is not run)
 * and the HSK 2.0 word list and BCC word frequencies of chinese-lexicon. The
 * data files are read as text (they are plain data modules), not executed.
 */

/** One CC-CEDICT line as the cc-cedict package stores it: traditional, simplified, pinyin, meanings, variant and classifier indexes. */
export type CedictRow = [string, string, string, string | string[], number[], number[]];

/** What the dictionary subset is made from (see loadDictionarySources). */
export interface DictionarySources {
  rows: readonly CedictRow[];
  /** The package's classifier table: [traditional, simplified, pinyin]. */
  classifiers: readonly [string, string, string | null][];
  /** HSK 2.0 word list: word → level 1–6. */
  hsk: ReadonlyMap<string, number>;
  /** BCC corpus word frequency rank (1 = most frequent). */
  ranks: ReadonlyMap<string, number>;
  /** The CC-CEDICT snapshot's date. */
  snapshot: string;
}

let cached: DictionarySources | undefined;

/** A package's folder, found the way Node looks up node_modules (its files are read, not imported). */
function packageDir(name: string): string {
  const paths = [...(createRequire(import.meta.url).resolve.paths(name) ?? []), join(process.cwd(), 'node_modules')];
  for (const dir of paths) if (existsSync(join(dir, name, 'package.json'))) return join(dir, name);
  throw new SourceError(join('node_modules', name, 'package.json'), 1, `the ${name} package is not installed (run \`npm install\`)`);
}

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new SourceError(file, 1, 'cannot read the dictionary source');
  }
}

/** The 1-based line of a string offset. */
const lineAt = (text: string, at: number) => text.slice(0, Math.max(0, at)).split('\n').length;

/** Parse JSON data that starts on line `firstLine` of its file; a syntax error names the line it is on. */
function json<T>(text: string, file: string, firstLine = 1): T {
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    const at = Number(/position (\d+)/.exec((error as Error).message)?.[1] ?? 0);
    throw new SourceError(file, firstLine + lineAt(text, at) - 1, `not the data this build expects: ${(error as Error).message}`);
  }
}

/**
 * Read the dictionary sources (cached for the process).
 *
 * @throws SourceError naming the package file (and line) that is missing or not as expected.
 */
export function loadDictionarySources(): DictionarySources {
  if (cached) return cached;
  const cedictDir = join(packageDir('cc-cedict'), 'data');
  const lexiconDir = packageDir('chinese-lexicon');

  const allFile = join(cedictDir, 'all.js');
  const all = json<{ all?: CedictRow[]; classifierLookup?: [string, string, string | null][] }>(read(allFile).replace(/^\s*export default\s*/, ''), allFile);
  if (!Array.isArray(all.all) || !Array.isArray(all.classifierLookup)) throw new SourceError(allFile, 1, 'expected `export default { all: [...], classifierLookup: [...] }`');
  const statusFile = join(cedictDir, 'status.json');
  const status = json<{ updated_at?: string }>(read(statusFile), statusFile);
  if (typeof status.updated_at !== 'string') throw new SourceError(statusFile, 1, 'no `updated_at` date of the CC-CEDICT snapshot');

  const hskFile = join(lexiconDir, 'statistics', 'hsk.js');
  const hskText = read(hskFile);
  const hskList = /let hsk = (\[[\s\S]*?\n\]);/.exec(hskText);
  if (!hskList) throw new SourceError(hskFile, 1, 'the HSK word list (`let hsk = [...]`) was not found');
  const hsk = new Map<string, number>();
  json<string[][]>(hskList[1]!, hskFile, lineAt(hskText, hskList.index)).forEach((level, i) => level.forEach((w) => hsk.has(w) || hsk.set(w, i + 1)));

  const freqFile = join(lexiconDir, 'statistics', 'bookWordFrequency.js');
  const data = /`([\s\S]*?)`/.exec(read(freqFile));
  if (!data) throw new SourceError(freqFile, 1, 'no word frequency data (a template string of `word\\t…` lines) was found');
  const ranks = new Map<string, number>();
  let rank = 0;
  for (const line of data[1]!.split('\n')) {
    const word = line.split('\t')[0]?.trim();
    if (word && !ranks.has(word)) ranks.set(word, ++rank);
  }
  cached = { rows: all.all, classifiers: all.classifierLookup, hsk, ranks, snapshot: status.updated_at.slice(0, 10) };
  return cached;
}
