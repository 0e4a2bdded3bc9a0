/**
 * The dictionary subset the content build wrote (content/build/generated/dictionary.json):
 * `node scripts/dictionary.ts [--out FILE]` prints its size, its coverage of the
 * text and the words without a word-level entry and, with --out, copies it
 * (the site serves the same file as /data/dictionary.json).
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { loadDictionary, loadEdition } from './lib/content.ts';
import { coverage, formatCoverage } from '../src/lib/dictionary/coverage.ts';

const out = process.argv.indexOf('--out');
const edition = loadEdition();
const dict = loadDictionary();
const json = JSON.stringify(dict);
const c = coverage(edition, dict);
console.log(`dictionary: ${Object.keys(dict.words).length} entries, ${(json.length / 1024).toFixed(1)} KB, ${(gzipSync(json).length / 1024).toFixed(1)} KB gzipped`);
console.log(formatCoverage(c));
console.log(`words without a word-level entry: ${c.missing.join(' ') || '(none)'}`);
if (out > 0) writeFileSync(process.argv[out + 1]!, json);
