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
 *
 * A build whose inputs have not changed since a successful one writes that
 * build's stored output (`.cache/content/`, keyed by a hash of every input:
 * src/lib/cache/content-cache.ts) without loading the pipeline or its
 * conversion libraries, which are imported only when the cache has no entry
 * (with DEBUG set, it says so on stderr). `BUILD_CACHE=off` builds from
 * scratch and leaves the cache alone.
 */
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCacheDir, buildCacheEnabled } from '../src/lib/cache/cache-dir.ts';
import { contentCacheKey, readContentCache, writeContentCache, type ContentOutput } from '../src/lib/cache/content-cache.ts';
import { DEFAULT_PATHS, type AuthoredPaths } from '../src/lib/load/paths.ts';
import { SourceError } from '../src/lib/load/errors.ts';
import { BUILD_LINK, GENERATED, OUTPUT_STEPS, writeOutputAtomically, type OutputStep } from '../src/lib/edition/emit.ts';

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

/** Build the output from the authored material: the whole pipeline, imported only now (it loads the conversion libraries). */
async function build(paths: AuthoredPaths): Promise<ContentOutput> {
  const [{ loadAuthored }, { buildContent }, { editionFiles }, { coverage, formatCoverage }] = await Promise.all([
    import('../src/lib/load/authored.ts'),
    import('../src/lib/edition/build-edition.ts'),
    import('../src/lib/edition/emit.ts'),
    import('../src/lib/dictionary/coverage.ts'),
  ]);
  const built = buildContent(loadAuthored(paths));
  return { folders: editionFiles(built), topics: built.edition.topics.length, coverage: formatCoverage(coverage(built.edition, built.dictionary)) };
}

/** The cache's folder and this build's key, or null when the cache is off or the key cannot be made. */
function cacheSlot(paths: AuthoredPaths): { dir: string; key: string } | null {
  if (!buildCacheEnabled()) return null;
  try {
    return { dir: buildCacheDir('content'), key: contentCacheKey(paths, ENTRY) };
  } catch (error) {
    console.warn(`content: cache not used (${error instanceof Error ? error.message : String(error)})`);
    return null;
  }
}

const ENTRY = fileURLToPath(import.meta.url);
const started = performance.now();
try {
  const paths: AuthoredPaths = {
    fullTranscript: values.full?.length ? values.full : DEFAULT_PATHS.fullTranscript,
    digest: values.digest,
    dataDir: values.data,
    translationsDir: values.translations,
    uiFile: values.ui,
    pagesDir: values.pages,
  };
  const slot = cacheSlot(paths);
  const cached = slot ? readContentCache(slot.dir, slot.key) : null;
  const output = cached ?? (await build(paths));
  writeOutputAtomically(values.out, output.folders, onStep);
  // Stored only when the inputs did not change while they were read (same key after the build as before it).
  if (slot && !cached && cacheSlot(paths)?.key === slot.key) {
    try {
      writeContentCache(slot.dir, slot.key, output);
    } catch (error) {
      console.warn(`content: could not store the output in ${slot.dir} (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  const ms = Math.round(performance.now() - started);
  const out = join(values.out, BUILD_LINK);
  // The report reads the same whichever way the output was made; DEBUG (the script's diagnostic switch) tells which.
  if (cached && process.env.DEBUG) console.error(`content: inputs unchanged: output from the cache (${slot!.dir})`);
  console.log(`content: ${output.topics} topics → ${join(out, 'topics')}, edition and dictionary → ${join(out, 'generated', `{${GENERATED.edition},${GENERATED.dictionary}}`)} (${ms} ms)`);
  console.log(`dictionary: ${output.coverage}`);
} catch (error) {
  // A SourceError names file and line; an EditionError is a failed check of the finished edition.
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  if (!(error instanceof SourceError) && process.env.DEBUG) console.error(error);
  process.exit(1);
}
