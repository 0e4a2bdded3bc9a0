/**
 * Build times: the content script (wall time, its own printed time, and the
 * start-up of its conversion libraries) and fresh `npm run build`s, with the
 * phases each build prints.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './run.ts';
import { round, stats, type Stats } from './stats.ts';

/** One run of `node scripts/build-content.ts`. */
export interface ContentRun {
  /** Wall time of the process. */
  wallMs: number;
  /** The time the script prints (loading the sources to writing the output; the converters are made in it). */
  workMs: number;
  /** Wall time minus printed time: Node's start-up and loading the modules. */
  startupMs: number;
}

/** The content build over several runs, and the start-up of its libraries (a separate probe). */
export interface ContentBuild {
  runs: ContentRun[];
  wallMs: Stats;
  workMs: Stats;
  startupMs: Stats;
  libraries: LibraryStartup;
}

/** What scripts/lib/bench/library-startup.ts prints: milliseconds to import and first use each library. */
export interface LibraryStartup {
  pinyinPro: { importMs: number; firstCallMs: number };
  opencc: { importMs: number; twConverterMs: number; hkConverterMs: number };
  totalMs: number;
}

/** Time the content script `runs` times (median of its wall time, its printed time and the difference). */
export async function contentBuild(root: string, runs: number): Promise<ContentBuild> {
  const results: ContentRun[] = [];
  for (let i = 0; i < runs; i++) {
    const { ms, output } = await run(process.execPath, ['scripts/build-content.ts'], root);
    const printed = /\((\d+) ms\)/.exec(output);
    const workMs = printed ? Number(printed[1]) : Number.NaN;
    results.push({ wallMs: round(ms), workMs, startupMs: round(ms - workMs) });
  }
  const probe = await run(process.execPath, [join(root, 'scripts/lib/bench/library-startup.ts')], root);
  return {
    runs: results,
    wallMs: stats(results.map((r) => r.wallMs)),
    workMs: stats(results.map((r) => r.workMs)),
    startupMs: stats(results.map((r) => r.startupMs)),
    libraries: JSON.parse(probe.output.trim().split('\n').at(-1)!) as LibraryStartup,
  };
}

/** The phases a build's log names (null where the log has no such line). */
export interface BuildPhases {
  contentMs: number | null;
  /** Astro's own “N page(s) built in …” (pages, endpoints and images). */
  astroPagesMs: number | null;
  /** The link-preview images' share of that: the sum of the `/og/*.png (+… ms)` lines. */
  ogImagesMs: number;
  ogImages: number;
  searchIndexMs: number | null;
  precompressMs: number | null;
}

const toMs = (value: string, unit: string): number => (unit === 's' ? Number(value) * 1000 : Number(value));

/** Read the phases from the output of `npm run build`. */
export function buildPhases(output: string): BuildPhases {
  const find = (re: RegExp): number | null => {
    const m = re.exec(output);
    return m ? round(toMs(m[1]!, m[2]!)) : null;
  };
  let ogImagesMs = 0;
  let ogImages = 0;
  for (const m of output.matchAll(/\/og\/[^\s]+\.png \(\+([\d.]+)(ms|s)\)/g)) {
    ogImagesMs += toMs(m[1]!, m[2]!);
    ogImages++;
  }
  return {
    contentMs: find(/^content: .*\((\d+) (ms)\)$/m),
    astroPagesMs: find(/page\(s\) built in ([\d.]+)(ms|s)/),
    ogImagesMs: round(ogImagesMs),
    ogImages,
    searchIndexMs: find(/^search index: .*\((\d+) (ms)\)$/m),
    precompressMs: find(/^precompress: .*\(([\d.]+) (ms|s)\)$/m),
  };
}

/** One fresh `npm run build`. */
export interface FullBuild {
  /** `cold`: the preview-image cache empty; `warm`: filled by the build before. */
  ogCache: 'cold' | 'warm';
  ms: number;
  phases: BuildPhases;
}

/**
 * Fresh `npm run build`s (dist/ and .astro/ deleted before each): first with
 * an empty preview-image cache, then with the cache that build filled, both
 * in a scratch folder (OG_CACHE_DIR), so the project's own cache is left alone.
 */
export async function fullBuilds(root: string): Promise<FullBuild[]> {
  const cache = mkdtempSync(join(tmpdir(), 'pc-og-cache-'));
  const builds: FullBuild[] = [];
  try {
    for (const ogCache of ['cold', 'warm'] as const) {
      rmSync(join(root, 'dist'), { recursive: true, force: true });
      rmSync(join(root, '.astro'), { recursive: true, force: true });
      const { ms, output } = await run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], root, { ...process.env, OG_CACHE_DIR: cache });
      builds.push({ ogCache, ms: round(ms), phases: buildPhases(output) });
    }
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
  return builds;
}
