/**
 * The dictionary subset, built from the edition and the dictionary sources:
 * `node scripts/dictionary.ts [--out FILE]` prints its size and coverage and,
 * with --out, writes it (the site serves the same subset as /data/dictionary.json).
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { loadEdition } from './lib/content.ts';
import { buildDictionary } from '../src/lib/dictionary/build-dictionary.ts';
import { coverage } from '../src/lib/dictionary/coverage.ts';
import { loadDictionarySources } from '../src/lib/dictionary/sources.ts';

const out = process.argv.indexOf('--out');
const edition = loadEdition();
const dict = buildDictionary(edition, loadDictionarySources());
const json = JSON.stringify(dict);
const c = coverage(edition, dict);
console.log(`dictionary: ${Object.keys(dict.words).length} entries, ${(json.length / 1024).toFixed(1)} KB, ${(gzipSync(json).length / 1024).toFixed(1)} KB gzipped`);
console.log(`characters reaching an entry: ${(c.characters * 100).toFixed(2)} %; word occurrences with a word-level entry: ${(c.words * 100).toFixed(2)} %`);
console.log(`words without a word-level entry: ${c.missing.join(' ') || '(none)'}`);
if (out > 0) writeFileSync(process.argv[out + 1]!, json);
