#!/usr/bin/env node
/**
 * Precompress the built site's text files: for every .html .css .js .mjs
 * .json .svg .xml .txt .md .webmanifest file in the folder, write `<file>.br`
 * (brotli, quality 11) and `<file>.gz` (gzip, level 9) beside it, which the
 * local server (and static hosts that look for them) send to browsers that
 * accept them.
 *
 *   node scripts/precompress.ts [--dir dist] [--force]
 *
 * Skipped: binary files (images, fonts), and any file of a listed type that
 * starts with the gzip magic number (already compressed). A compressed copy
 * that would not be smaller than its file is not written.
 *
 * Idempotent: each copy takes its file's modification time (so its
 * Last-Modified and ETag follow the file's), and a file whose copies already
 * carry its modification time is taken as done; `--force` recompresses every
 * file, rewriting only copies whose bytes change. Copies whose file is gone
 * (or no longer worth compressing) are removed. Exit 1 if the folder is
 * missing, 2 on a bad argument.
 *
 * Compressed copies are kept between builds in `.cache/precompress/`, keyed
 * by a hash of the file's bytes and the coding's parameters
 * (src/lib/cache/compressed-cache.ts), so a fresh dist/ whose files did not
 * change is written from the cache instead of compressed again; `--force`
 * compresses anyway (and refreshes the cache), `BUILD_CACHE=off` uses none.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { buildCacheDir, buildCacheEnabled } from '../src/lib/cache/cache-dir.ts';
import { CompressedCache } from '../src/lib/cache/compressed-cache.ts';

const USAGE = 'usage: node scripts/precompress.ts [--dir dist] [--force]';
export const TEXT_EXTENSIONS = ['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.md', '.webmanifest'];
// `id` names the codec and every parameter that decides its bytes (the cache key, with the data).
const CODINGS = [
  { suffix: '.br', id: 'brotli quality 11 text', compress: (data: Buffer) => promisify(brotliCompress)(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }) },
  { suffix: '.gz', id: 'gzip level 9', compress: (data: Buffer) => promisify(gzip)(data, { level: 9 }) },
] as const;

const isText = (name: string): boolean => TEXT_EXTENSIONS.some((ext) => name.endsWith(ext));
const isGzipped = (data: Buffer): boolean => data.length >= 2 && data[0] === 0x1f && data[1] === 0x8b;

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

export interface PrecompressReport {
  files: number;
  written: number;
  unchanged: number;
  removed: number;
  raw: number;
  br: number;
  gz: number;
}

/** How to precompress: `force` compresses every file again; `cache` keeps copies between runs (default: none). */
export interface PrecompressOptions {
  force?: boolean;
  cache?: CompressedCache;
}

/** Write (or refresh, or remove) the .br and .gz copies of the text files under `dir`. */
export async function precompress(dir: string, { force = false, cache = new CompressedCache(null) }: PrecompressOptions = {}): Promise<PrecompressReport> {
  const all = walk(dir).sort();
  const present = new Set(all);
  const report: PrecompressReport = { files: 0, written: 0, unchanged: 0, removed: 0, raw: 0, br: 0, gz: 0 };

  // Copies whose file is gone.
  for (const file of all) {
    const coding = CODINGS.find((c) => file.endsWith(c.suffix));
    if (!coding) continue;
    const source = file.slice(0, -coding.suffix.length);
    if (isText(source) && !present.has(source)) {
      rmSync(file, { force: true });
      report.removed++;
    }
  }

  const sources = all.filter(isText);
  const one = async (file: string): Promise<void> => {
    const mtime = statSync(file).mtime;
    const copies = CODINGS.map((c) => file + c.suffix).filter((t) => existsSync(t));
    if (!force && copies.length > 0 && copies.every((t) => statSync(t).mtimeMs === mtime.getTime())) {
      // Done on an earlier run (a file not worth compressing has no copies, so it is looked at again).
      report.files++;
      report.raw += statSync(file).size;
      for (const c of CODINGS) report[c.suffix === '.br' ? 'br' : 'gz'] += existsSync(file + c.suffix) ? statSync(file + c.suffix).size : statSync(file).size;
      report.unchanged += copies.length;
      return;
    }
    const data = readFileSync(file);
    const compressible = !isGzipped(data);
    if (compressible) {
      report.files++;
      report.raw += data.length;
    }
    for (const coding of CODINGS) {
      const target = file + coding.suffix;
      let packed: Buffer | null = null;
      if (compressible) {
        const key = CompressedCache.key(data, coding.id);
        packed = (!force && cache.get(key)) || null;
        if (!packed) {
          packed = await coding.compress(data);
          cache.put(key, packed);
        }
      }
      if (!packed || packed.length >= data.length) {
        if (existsSync(target)) {
          rmSync(target, { force: true });
          report.removed++;
        }
        if (packed) report[coding.suffix === '.br' ? 'br' : 'gz'] += data.length;
        continue;
      }
      report[coding.suffix === '.br' ? 'br' : 'gz'] += packed.length;
      const same = existsSync(target) && readFileSync(target).equals(packed);
      if (same) report.unchanged++;
      else {
        writeFileSync(target, packed);
        report.written++;
      }
      if (!same || statSync(target).mtimeMs !== mtime.getTime()) utimesSync(target, mtime, mtime);
    }
  };
  // zlib's asynchronous calls run on libuv's thread pool: keep it busy, no more.
  let next = 0;
  const workers = Array.from({ length: Math.max(1, availableParallelism()) }, async () => {
    while (next < sources.length) await one(sources[next++]!);
  });
  await Promise.all(workers);
  cache.prune();
  return report;
}

async function main(): Promise<void> {
  let dir: string;
  let force: boolean;
  try {
    const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' }, force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } });
    if (values.help) {
      console.log(USAGE);
      return;
    }
    dir = values.dir;
    force = values.force;
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(2);
  }
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(`error: ${dir}/ does not exist: run \`npm run build\` first\n${USAGE}`);
    process.exit(1);
  }
  const started = performance.now();
  const cache = new CompressedCache(buildCacheEnabled() ? buildCacheDir('precompress') : null);
  const r = await precompress(dir, { force, cache });
  const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `precompress: ${r.files} text files in ${relative(process.cwd(), dir) || dir}/, ${kb(r.raw)} → brotli ${kb(r.br)}, gzip ${kb(r.gz)}; ` +
      `${r.written} written, ${r.unchanged} unchanged, ${r.removed} removed; ${cache.stats.hits} copies from the cache (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
}

if (import.meta.main) await main();
