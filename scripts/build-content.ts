#!/usr/bin/env node
/**
 * The content build: read the authored material once, build the edition
 * document and its dictionary subset in memory, and write them
 * (content/build/generated/edition.json, dictionary.json) with the per-topic
 * Markdown collection (content/build/topics/*.md), all from the same object,
 * made visible together in one atomic step (see writeOutputAtomically). It
 * prints the dictionary's coverage of the text (`npm run dictionary` for the
 * words without an entry).
 *
 *   node scripts/build-content.ts [--full FILE] [--digest FILE] [--data DIR] [--translations DIR] [--ui FILE] [--pages DIR] [--out DIR]
 *
 * On bad input it prints `file:line: message`, exits 1 and leaves the
 * previous output untouched. A misuse of the command line prints the usage
 * (exit code 2). For the tests, CONTENT_BUILD_KILL_AT=<step> makes the build
 * kill itself (SIGKILL) after that step of writing the output (see OUTPUT_STEPS).
 */
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { DEFAULT_PATHS, loadAuthored } from '../src/lib/load/authored.ts';
import { SourceError } from '../src/lib/load/errors.ts';
import { coverage, formatCoverage } from '../src/lib/dictionary/coverage.ts';
import { buildContent } from '../src/lib/edition/build-edition.ts';
import { BUILD_LINK, editionFiles, GENERATED, OUTPUT_STEPS, writeOutputAtomically, type OutputStep } from '../src/lib/edition/emit.ts';

const USAGE = 'usage: node scripts/build-content.ts [--full FILE]... [--digest FILE] [--data DIR] [--translations DIR] [--ui FILE] [--pages DIR] [--out DIR]';

function usage(message: string): never {
  console.error(`error: ${message}\n${USAGE}`);
  process.exit(2);
}

let values;
try {
  let tokens;
  ({ values, tokens } = parseArgs({
    options: {
      // Repeatable: the parts of the full transcript in order (e.g. a continuation page as a second file).
      full: { type: 'string', multiple: true },
      digest: { type: 'string', default: DEFAULT_PATHS.digest },
      data: { type: 'string', default: DEFAULT_PATHS.dataDir },
      translations: { type: 'string', default: DEFAULT_PATHS.translationsDir },
      ui: { type: 'string', default: DEFAULT_PATHS.uiFile },
      pages: { type: 'string', default: DEFAULT_PATHS.pagesDir },
      out: { type: 'string', default: 'content' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
    tokens: true,
  }));
  // parseArgs keeps the last of an option given twice: say so instead of dropping the first silently.
  const seen = new Set<string>();
  for (const t of tokens ?? []) {
    if (t.kind !== 'option') continue;
    if (seen.has(t.name) && t.name !== 'full') usage(`option '--${t.name}' given more than once`);
    seen.add(t.name);
  }
  for (const [name, value] of Object.entries(values)) if (value === '' || (Array.isArray(value) && value.includes(''))) usage(`option '--${name}' needs a value`);
} catch (error) {
  usage((error as Error).message);
}

const killAt = process.env.CONTENT_BUILD_KILL_AT;
if (killAt !== undefined && !(OUTPUT_STEPS as readonly string[]).includes(killAt)) usage(`CONTENT_BUILD_KILL_AT must be one of ${OUTPUT_STEPS.join(', ')}`);
const onStep = (step: OutputStep) => {
  if (step === killAt) process.kill(process.pid, 'SIGKILL');
};

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const started = performance.now();
try {
  const authored = loadAuthored({
    fullTranscript: values.full?.length ? values.full : DEFAULT_PATHS.fullTranscript,
    digest: values.digest,
    dataDir: values.data,
    translationsDir: values.translations,
    uiFile: values.ui,
    pagesDir: values.pages,
  });
  const built = buildContent(authored);
  writeOutputAtomically(values.out, editionFiles(built), onStep);
  const ms = Math.round(performance.now() - started);
  const out = join(values.out, BUILD_LINK);
  const { edition, dictionary } = built;
  console.log(`content: ${edition.topics.length} topics → ${join(out, 'topics')}, edition and dictionary → ${join(out, 'generated', `{${GENERATED.edition},${GENERATED.dictionary}}`)} (${ms} ms)`);
  console.log(`dictionary: ${formatCoverage(coverage(edition, dictionary))}`);
} catch (error) {
  // A SourceError names file and line; an EditionError is a failed check of the finished edition.
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  if (!(error instanceof SourceError) && process.env.DEBUG) console.error(error);
  process.exit(1);
}
