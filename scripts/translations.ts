#!/usr/bin/env node
/**
 * Fingerprints of the Chinese that the translations and corrections were made for.
 *
 *   node scripts/translations.ts --stale          list the stale entries (npm run translations:stale)
 *   node scripts/translations.ts --stamp [ID…]    after review, re-stamp them (npm run translations:stamp)
 *   node scripts/translations.ts --split [ID…]    cut one-string English into sentence groups (npm run translations:split)
 *
 * An entry is stale when it was never stamped or when its paragraph's Chinese
 * changed (edited, moved, cut) since it was stamped; the content build fails on
 * a stale entry. `--stamp` writes the current fingerprint into every stale
 * entry (or only those of the paragraph IDs and correction IDs given), as
 * gettext does when a fuzzy entry has been reviewed; it changes no English.
 * Entries for paragraphs that no longer exist are listed, never stamped:
 * move or remove them by hand. `--split` rewrites every entry whose English is
 * one string for a paragraph of several Chinese sentences (or only those given)
 * as a list of sentence groups, proposed by length and numbers
 * (src/lib/translate/propose-groups.ts) and printed for the translator to check;
 * it changes no word of the English. Exit code: 0, 1 when `--stale` found any,
 * 2 for usage.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { alignSources } from '../src/lib/align/aligned.ts';
import { DEFAULT_PATHS, loadAuthored } from '../src/lib/load/authored.ts';
import { SourceError } from '../src/lib/load/errors.ts';
import { parseSources } from '../src/lib/parse/parse.ts';
import { fingerprintOf, formatFingerprint, matches, parseFingerprint, excerptOf } from '../src/lib/translate/fingerprint.ts';
import { stampCorrectionsFile, stampTranslationFile } from '../src/lib/translate/stamp.ts';
import { staleTranslations, translatedTexts, type TranslatedText } from '../src/lib/translate/translate.ts';
import { writeSentenceGroups } from '../src/lib/translate/group-file.ts';
import { proposeGroups, splitEnglishSentences, type ProposedGroup } from '../src/lib/translate/propose-groups.ts';
import { splitSentences } from '../src/lib/parse/sentences.ts';
import type { TranslationRecord } from '../src/lib/load/authored.ts';

const USAGE = 'usage: node scripts/translations.ts (--stale | --stamp [ID…] | --split [ID…]) [--full FILE] [--digest FILE] [--data DIR] [--translations DIR]';

function usage(message: string): never {
  console.error(`error: ${message}\n${USAGE}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    options: {
      stale: { type: 'boolean', default: false },
      stamp: { type: 'boolean', default: false },
      split: { type: 'boolean', default: false },
      full: { type: 'string', multiple: true },
      digest: { type: 'string', default: DEFAULT_PATHS.digest },
      data: { type: 'string', default: DEFAULT_PATHS.dataDir },
      translations: { type: 'string', default: DEFAULT_PATHS.translationsDir },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: true,
  });
} catch (error) {
  usage((error as Error).message);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if ([values.stale, values.stamp, values.split].filter(Boolean).length !== 1) usage('give one of --stale, --stamp and --split');
if (values.stale && positionals.length) usage(`unexpected argument '${positionals[0]}'`);

try {
  const authored = loadAuthored({ ...DEFAULT_PATHS, fullTranscript: values.full?.length ? values.full : DEFAULT_PATHS.fullTranscript, digest: values.digest, dataDir: values.data, translationsDir: values.translations }, { allowUnstamped: true });
  const aligned = alignSources(parseSources(authored.sources, authored.conference.data.speaker.zh), authored.topics, authored.outlets);
  const wanted = translatedTexts(aligned, authored.translationsDir);
  if (values.split) {
    split(wanted, authored.translations, positionals);
    process.exit(0);
  }
  const texts = new Map(wanted.map((w) => [w.id, w]));
  const staleTr = staleTranslations(wanted, authored.translations);
  const { corrections } = authored;
  const staleCo = corrections.data.flatMap((c, i) => {
    const w = texts.get(c.paragraph);
    if (!w) return [];
    const stamp = c.fingerprint === undefined ? null : parseFingerprint(c.fingerprint);
    if (stamp && matches(stamp, w.zh)) return [];
    const what = stamp ? `stale correction: made for “${stamp.excerpt}”, the paragraph now reads “${excerptOf(w.zh)}”` : `no fingerprint of ${c.paragraph} (“${excerptOf(w.zh)}”)`;
    return [{ index: i, id: c.id, zh: w.zh, line: corrections.lineOf([i]), message: `“${c.id}”: ${what} (${w.source.file}:${w.source.line})` }];
  });

  if (values.stale) {
    for (const p of staleTr) console.log(`${p.file}:${p.line}: ${p.message}`);
    for (const p of staleCo) console.log(`${corrections.file}:${p.line}: ${p.message}`);
    const n = staleTr.length + staleCo.length;
    console.log(n ? `${n} stale ${n === 1 ? 'entry' : 'entries'}` : 'no stale entries');
    process.exit(n ? 1 : 0);
  }

  const only = new Set(positionals);
  const chosen = <T extends { id: string }>(list: T[]) => (only.size ? list.filter((p) => only.has(p.id)) : list);
  const known = new Set([...staleTr.map((p) => p.id), ...staleCo.map((p) => p.id)]);
  for (const id of only) if (!known.has(id)) usage(`“${id}” is not a stale translation or correction`);

  const byFile = new Map<string, Map<string, string>>();
  let count = 0;
  for (const p of chosen(staleTr)) {
    if (p.zh === null) {
      console.log(`${p.file}:${p.line}: ${p.message}: not stamped, move or remove it`);
      continue;
    }
    (byFile.get(p.file) ?? byFile.set(p.file, new Map()).get(p.file)!).set(p.id, formatFingerprint(fingerprintOf(p.zh)));
    count++;
  }
  for (const [file, stamps] of byFile) writeFileSync(file, stampTranslationFile(readFileSync(file, 'utf8'), stamps));
  const co = chosen(staleCo);
  if (co.length) {
    const stamps = new Map(co.map((p) => [p.index, formatFingerprint(fingerprintOf(p.zh))]));
    writeFileSync(corrections.file, stampCorrectionsFile(readFileSync(corrections.file, 'utf8'), stamps));
    count += co.length;
  }
  console.log(`stamped ${count} ${count === 1 ? 'entry' : 'entries'}${byFile.size ? ` in ${[...byFile.keys(), ...(co.length ? [corrections.file] : [])].map((f) => join(f)).join(', ')}` : co.length ? ` in ${corrections.file}` : ''}`);
} catch (error) {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  if (!(error instanceof SourceError) && process.env.DEBUG) console.error(error);
  process.exit(1);
}

/** `--split`: write proposed sentence groups into the entries that need them (or the given ones), and print them for review. */
function split(wanted: readonly TranslatedText[], translations: ReadonlyMap<string, TranslationRecord>, ids: readonly string[]): void {
  const needs = wanted.filter((w) => translations.get(w.id)?.groups === null && splitSentences(w.zh).length > 1);
  const only = new Set(ids);
  for (const id of only) if (!needs.some((w) => w.id === id)) usage(`“${id}” is not an entry whose English is one string for several Chinese sentences`);
  const byFile = new Map<string, Map<string, ProposedGroup[]>>();
  for (const w of needs.filter((x) => !only.size || only.has(x.id))) {
    const t = translations.get(w.id)!;
    const zh = splitSentences(w.zh).map((s) => s.text);
    const groups = proposeGroups(zh, splitEnglishSentences(t.en));
    if (!groups) {
      console.log(`${t.file}:${t.line}: “${w.id}”: no proposal (${zh.length} Chinese sentences): write its groups by hand`);
      continue;
    }
    (byFile.get(t.file) ?? byFile.set(t.file, new Map()).get(t.file)!).set(w.id, groups);
    console.log(`${t.file}:${t.line}: “${w.id}”: check these ${groups.length} groups`);
    for (const g of groups) console.log(`  ${g.first === g.last ? g.first : `${g.first}-${g.last}`}  ${zh.slice(g.first - 1, g.last).join('')}\n     ${g.en}`);
  }
  for (const [file, groups] of byFile) writeFileSync(file, writeSentenceGroups(readFileSync(file, 'utf8'), groups));
  const n = [...byFile.values()].reduce((k, m) => k + m.size, 0);
  console.log(n ? `split ${n} ${n === 1 ? 'entry' : 'entries'}: check each group against its Chinese` : 'no entry to split');
}
