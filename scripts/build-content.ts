#!/usr/bin/env node
/**
 * The content build: read the authored material once, build the edition
 * document in memory, and write it (content/generated/edition.json) with the
 * per-topic Markdown collection (content/topics/*.md), both from the same object.
 *
 *   node scripts/build-content.ts [--full FILE] [--digest FILE] [--data DIR] [--translations DIR] [--ui FILE] [--pages DIR] [--out DIR]
 *
 * On bad input it prints `file:line: message`, exits 1 and leaves the
 * previous output untouched.
 */
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { DEFAULT_PATHS, loadAuthored } from '../src/lib/load/authored.ts';
import { SourceError } from '../src/lib/load/errors.ts';
import { buildEdition } from '../src/lib/edition/build-edition.ts';
import { editionFiles, writeOutputAtomically } from '../src/lib/edition/emit.ts';

const USAGE = 'usage: node scripts/build-content.ts [--full FILE] [--digest FILE] [--data DIR] [--translations DIR] [--ui FILE] [--pages DIR] [--out DIR]';

let values;
try {
  ({ values } = parseArgs({
    options: {
      full: { type: 'string', default: DEFAULT_PATHS.fullTranscript },
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
  }));
} catch (error) {
  console.error(`error: ${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const started = performance.now();
try {
  const authored = loadAuthored({
    fullTranscript: values.full,
    digest: values.digest,
    dataDir: values.data,
    translationsDir: values.translations,
    uiFile: values.ui,
    pagesDir: values.pages,
  });
  const edition = buildEdition(authored);
  writeOutputAtomically(values.out, editionFiles(edition));
  const ms = Math.round(performance.now() - started);
  console.log(`content: ${edition.topics.length} topics → ${join(values.out, 'topics')}, edition → ${join(values.out, 'generated', 'edition.json')} (${ms} ms)`);
} catch (error) {
  // A SourceError names file and line; an EditionError is a failed check of the finished edition.
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  if (!(error instanceof SourceError) && process.env.DEBUG) console.error(error);
  process.exit(1);
}
