/**
 * Build times: the content build (`npm run content`: wall time, its own
 * printed time, and the start-up of its conversion libraries) and fresh
 * `npm run build`s, with the phases each build prints — each both cold (every
 * build cache empty) and warm (the caches filled by the build before), in
 * scratch cache folders so that the project's own caches are left alone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ms, range, s, table } from './format.ts';
import { run } from './run.ts';
import { round, stats, type Stats } from './stats.ts';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** One run of `npm run content`. */
export interface ContentRun {
  /** Wall time of the command (npm's start-up included). */
  wallMs: number;
  /** The time the script prints (key and cache look-up, or loading the sources and building; writing the output). */
  workMs: number;
  /** Wall time minus printed time: npm's and Node's start-up and loading the modules. */
  startupMs: number;
  /** Whether the script wrote its output from the cache. */
  fromCache: boolean;
}

/** Several runs of the content build in one cache state. */
export interface ContentRuns {
  runs: ContentRun[];
  wallMs: Stats;
  workMs: Stats;
  startupMs: Stats;
}

/** The content build cold (cache empty before each run) and warm (cache filled), and its libraries' start-up (a separate probe). */
export interface ContentBuild {
  cold: ContentRuns;
  warm: ContentRuns;
  libraries: LibraryStartup;
  /** The one-minute load average before and after the runs. */
  load: [number, number];
}

/** What scripts/lib/bench/library-startup.ts prints: milliseconds to import and first use each library. */
export interface LibraryStartup {
  pinyinPro: { importMs: number; firstCallMs: number };
  opencc: { importMs: number; twConverterMs: number; hkConverterMs: number };
  totalMs: number;
}

/** A scratch folder for every build cache (content, compressed copies, preview images, Node's compile cache), and the environment that points the build at it. */
function scratchCaches(): { dir: string; env: NodeJS.ProcessEnv; empty: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'pc-build-cache-'));
  // DEBUG makes the content build say when its output came from the cache.
  const env = { ...process.env, BUILD_CACHE: 'on', BUILD_CACHE_DIR: join(dir, 'build'), OG_CACHE_DIR: join(dir, 'og'), NODE_COMPILE_CACHE: join(dir, 'node'), DEBUG: 'content-cache' };
  const empty = () => {
    for (const sub of ['build', 'og', 'node']) rmSync(join(dir, sub), { recursive: true, force: true });
  };
  return { dir, env, empty };
}

function contentRuns(results: ContentRun[]): ContentRuns {
  return {
    runs: results,
    wallMs: stats(results.map((r) => r.wallMs)),
    workMs: stats(results.map((r) => r.workMs)),
    startupMs: stats(results.map((r) => r.startupMs)),
  };
}

/**
 * Time `npm run content` `runs` times cold (its cache emptied before each
 * run) and `runs` times warm (the cache as the run before left it),
 * alternating, so that a change in the machine's load touches both alike.
 */
export async function contentBuild(root: string, runs: number): Promise<ContentBuild> {
  const caches = scratchCaches();
  const before = loadavg()[0]!;
  const results: Record<'cold' | 'warm', ContentRun[]> = { cold: [], warm: [] };
  try {
    for (let i = 0; i < runs; i++) {
      for (const state of ['cold', 'warm'] as const) {
        if (state === 'cold') caches.empty();
        const { ms, output } = await run(NPM, ['run', 'content'], root, caches.env);
        const printed = /^content: .*\((\d+) ms\)$/m.exec(output);
        const workMs = printed ? Number(printed[1]) : Number.NaN;
        results[state].push({ wallMs: round(ms), workMs, startupMs: round(ms - workMs), fromCache: output.includes('output from the cache') });
      }
    }
  } finally {
    rmSync(caches.dir, { recursive: true, force: true });
  }
  const probe = await run(process.execPath, [join(root, 'scripts/lib/bench/library-startup.ts')], root);
  return {
    cold: contentRuns(results.cold),
    warm: contentRuns(results.warm),
    libraries: JSON.parse(probe.output.trim().split('\n').at(-1)!) as LibraryStartup,
    load: [round(before, 2), round(loadavg()[0]!, 2)],
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
  precompressMs: number | null;
  /** Whether the content build wrote its output from its cache. */
  contentCached: boolean;
  /** Compressed copies taken from the cache (null when the log does not say). */
  precompressCached: number | null;
}

const toMs = (value: string, unit: string): number => (unit === 's' ? Number(value) * 1000 : Number(value));

/** Read the phases from the output of `npm run build`. */
export function buildPhases(output: string): BuildPhases {
  const find = (re: RegExp): number | null => {
    const m = re.exec(output);
    return m ? round(toMs(m[1]!, m[2]!)) : null;
  };
  const copies = /^precompress: .*; (\d+) copies from the cache/m.exec(output);
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
    precompressMs: find(/^precompress: .*\(([\d.]+) (ms|s)\)$/m),
    contentCached: /^content: inputs unchanged: output from the cache/m.test(output),
    precompressCached: copies ? Number(copies[1]) : null,
  };
}

/** One fresh `npm run build`. */
export interface FullBuild {
  /** `cold`: every build cache empty (content, compressed copies, preview images, Node's compile cache); `warm`: as the build before left them. */
  cache: 'cold' | 'warm';
  ms: number;
  phases: BuildPhases;
}

/** Fresh builds in each cache state, with the median, minimum and maximum of their wall times. */
export interface FullBuilds {
  builds: FullBuild[];
  cold: Stats;
  warm: Stats;
  /** The one-minute load average before and after the builds. */
  load: [number, number];
}

/**
 * Fresh `npm run build`s (dist/ and .astro/ deleted before each), `runs`
 * cold and `runs` warm, alternating: a cold build with every cache empty,
 * then a warm one with the caches it filled, all in a scratch folder, so the
 * project's own caches are left alone.
 */
export async function fullBuilds(root: string, runs: number): Promise<FullBuilds> {
  const caches = scratchCaches();
  const before = loadavg()[0]!;
  const builds: FullBuild[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      for (const cache of ['cold', 'warm'] as const) {
        if (cache === 'cold') caches.empty();
        rmSync(join(root, 'dist'), { recursive: true, force: true });
        rmSync(join(root, '.astro'), { recursive: true, force: true });
        const { ms, output } = await run(NPM, ['run', 'build'], root, caches.env);
        builds.push({ cache, ms: round(ms), phases: buildPhases(output) });
      }
    }
  } finally {
    rmSync(caches.dir, { recursive: true, force: true });
  }
  const of = (c: 'cold' | 'warm') => stats(builds.filter((b) => b.cache === c).map((b) => b.ms));
  return { builds, cold: of('cold'), warm: of('warm'), load: [round(before, 2), round(loadavg()[0]!, 2)] };
}

/** The benchmark's build section: the content build and the full build, warm and cold, as tables. */
export function buildTimesReport(content: ContentBuild, full: FullBuilds): string {
  const lib = content.libraries;
  const rows = (label: string, c: ContentRuns): string[][] => [
    [`${label}: wall time (npm run content), ${c.runs.length} runs`, range(c.wallMs, s)],
    ['  the time it prints (cache look-up or build; writing the output)', range(c.workMs, s)],
    ['  start-up (wall − printed: npm, Node and module loading)', range(c.startupMs, s)],
  ];
  const t = (x: number | null) => (x === null ? '?' : s(x));
  return [
    table(['content build', 'median (min–max)'], [...rows('warm (unchanged inputs, from the cache)', content.warm), ...rows('cold (cache empty)', content.cold)]),
    `  load average ${content.load[0]} before, ${content.load[1]} after; the warm runs ${content.warm.runs.every((r) => r.fromCache) ? 'all' : 'not all'} from the cache`,
    `  libraries, first use in a fresh process (loaded only when the cache misses): pinyin-pro import ${ms(lib.pinyinPro.importMs)} + first call ${ms(lib.pinyinPro.firstCallMs)}; OpenCC import ${ms(lib.opencc.importMs)}, cn→tw converter ${ms(lib.opencc.twConverterMs)}, cn→hk ${ms(lib.opencc.hkConverterMs)}; total ${ms(lib.totalMs)}`,
    '',
    table(['fresh npm run build (dist/, .astro/ deleted)', 'median (min–max)'], [
      [`warm (caches filled by the build before), ${full.warm.runs} runs`, range(full.warm, s)],
      [`cold (every build cache empty), ${full.cold.runs} runs`, range(full.cold, s)],
    ]),
    `  load average ${full.load[0]} before, ${full.load[1]} after`,
    '',
    table(['each build', 'wall', 'content', 'astro pages', 'OG images', 'precompress (copies from cache)'], full.builds.map((b) => {
      const p = b.phases;
      return [`caches ${b.cache}`, s(b.ms), `${t(p.contentMs)}${p.contentCached ? ' (cached)' : ''}`, t(p.astroPagesMs), `${s(p.ogImagesMs)} (${p.ogImages})`, `${t(p.precompressMs)} (${p.precompressCached ?? '?'})`];
    })),
  ].join('\n');
}
