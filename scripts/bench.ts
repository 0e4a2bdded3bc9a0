#!/usr/bin/env node
/**
 * Benchmark the site on a phone: every figure of issue 16's table, measured
 * side by side in one run on this machine.
 *
 *   node scripts/bench.ts [--skip-build] [--skip-lighthouse] [--all] [--runs N] [--only search]
 *
 * 1. Build: `npm run content` (wall time, its printed time, start-up; and a
 *    probe of its libraries' start-up), cold (its cache empty) and warm (the
 *    cache filled), CONTENT_RUNS of each; then fresh `npm run build`s (dist/
 *    and .astro/ deleted), BUILD_RUNS cold (every build cache empty) and as
 *    many warm (the caches the build before filled); medians, min and max, and
 *    each build's phases. The caches are scratch folders, not the project's.
 * 2. Weight: every HTML page as transferred (its .br and .gz in dist/) ÷ its
 *    information floor (brotli and gzip of the Chinese in one script, the
 *    English and one pinyin syllable per Han character, from the edition
 *    document) for every topic page and the transcript in both scripts; the
 *    CSS and JS each page loads; the largest topic page without annotations.
 * 3. In Chromium as a phone (390×844, device scale factor 2, touch, mobile;
 *    4× CPU throttling by CDP Emulation.setCPUThrottlingRate):
 *    - toggle latency, click → next frame, of every reading-view control on
 *      the largest topic page and the transcript, beside a no-op click
 *      measured the same way (the empty-frame baseline); median, min and max
 *      of --runs (default 11) clicks per value; style and layout time from
 *      long-animation-frame entries; the first pinyin-on after a fresh load;
 *    - DOM elements and nodes of every topic page and the transcript before
 *      the pinyin is first shown and after;
 *    - search, Enter → results and typing → results, cold (cache cleared):
 *      time (3 runs), bytes transferred and requests, for Chinese, English
 *      and pinyin queries.
 * 4. Lighthouse mobile performance with `?pinyin=on`, 3 runs per page: home,
 *    largest topic page, its vocabulary list, transcript, reporters, glossary
 *    (`--all`: every page).
 *
 * Prints the figures with their methods and a summary in the issue's shape
 * (figure | now | goal), and writes everything to bench-results/latest.json.
 * It measures; it never passes or fails on a figure. A non-zero exit means
 * the benchmark could not run (a failed build, a missing page, a browser
 * error). `--skip-build` measures the existing dist/ without timing a build;
 * `--only search` measures only the search, on the existing dist/, and
 * writes bench-results/search.json.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildTimesReport, contentBuild, fullBuilds, type ContentBuild, type FullBuilds } from './lib/bench/build-times.ts';
import { domSize, type DomSize } from './lib/bench/dom-size.ts';
import { heading, kb, markdownTable, ms, n, progress, range, say, table } from './lib/bench/format.ts';
import { brotli, gzip, informationFloors, readEdition } from './lib/bench/information-floor.ts';
import { lighthousePage, type LighthousePage } from './lib/bench/lighthouse.ts';
import { CPU_THROTTLING, launchPhone, PHONE, throttledPage } from './lib/bench/mobile.ts';
import { assets, pageText, pageWeights, withoutAnnotations } from './lib/bench/page-weight.ts';
import { SEARCH_QUERIES, searchCold, type SearchRun } from './lib/bench/search.ts';
import { round, stats, type Stats } from './lib/bench/stats.ts';
import { summaryRows, type FloorRatio, type SummaryInput } from './lib/bench/summary.ts';
import { measureToggles, observeLongFrames, type PageToggles } from './lib/bench/toggles.ts';
import { serveStatic } from './lib/static-server.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const EDITION = join(ROOT, 'content', 'build', 'generated', 'edition.json');
const OUT_DIR = join(ROOT, 'bench-results');
const OUT_FILE = join(OUT_DIR, 'latest.json');
const CONTENT_RUNS = 5;
const BUILD_RUNS = 3;
const LIGHTHOUSE_RUNS = 3;
const SEARCH_RUNS = 3;
const TRANSCRIPT = '/transcript/';

const { values: args } = parseArgs({
  options: {
    'skip-build': { type: 'boolean', default: false },
    'skip-lighthouse': { type: 'boolean', default: false },
    all: { type: 'boolean', default: false },
    runs: { type: 'string', default: '11' },
    only: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
const USAGE = 'usage: node scripts/bench.ts [--skip-build] [--skip-lighthouse] [--all] [--runs N] [--only search]';
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
if (args.only !== undefined && args.only !== 'search') {
  console.error(`--only takes “search”\n${USAGE}`);
  process.exit(2);
}
const ONLY_SEARCH = args.only === 'search';
const RUNS = Number(args.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error(`--runs must be a positive integer\n${USAGE}`);
  process.exit(2);
}

async function main(): Promise<void> {
  const cpu = cpus();
  const env = {
    date: new Date().toISOString(),
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    loadAverageAtStart: loadavg().map((x) => round(x, 2)),
    node: process.version,
    os: `${platform()} ${release()}`,
    memoryGB: round(totalmem() / 1e9, 1),
    chromium: '',
    phone: PHONE,
    cpuThrottling: CPU_THROTTLING,
  };

  // 1. Build ---------------------------------------------------------------------
  let content: ContentBuild | null = null;
  let full: FullBuilds | null = null;
  if (!args['skip-build'] && !ONLY_SEARCH) {
    progress(`content build, ${CONTENT_RUNS} runs cold and ${CONTENT_RUNS} warm, and its libraries' start-up…`);
    content = await contentBuild(ROOT, CONTENT_RUNS);
    progress(`${2 * BUILD_RUNS} fresh builds (npm run build), caches cold and warm in turn…`);
    full = await fullBuilds(ROOT, BUILD_RUNS);
  }
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` (or drop --skip-build)');
  if (!existsSync(EDITION)) throw new Error(`${relative(ROOT, EDITION)} is missing: run \`npm run content\``);

  // 2. Weight ----------------------------------------------------------------------
  const pages = pageWeights(DIST);
  const byPage = new Map(pages.map((p) => [p.page, p]));
  const siteAssets = assets(DIST);
  const floors = informationFloors(readEdition(EDITION));
  const ratios: FloorRatio[] = floors.map((f) => {
    const page = byPage.get(f.page);
    if (!page) throw new Error(`${f.page} is not in dist/`);
    const textBrotli = brotli(pageText(readFileSync(join(DIST, f.page, 'index.html'), 'utf8')));
    return {
      page: f.page,
      brotli: page.html.brotli,
      gzip: page.html.gzip,
      floorBrotli: f.brotli,
      floorGzip: f.gzip,
      brotliRatio: round(page.html.brotli / f.brotli, 2),
      gzipRatio: round(page.html.gzip / f.gzip, 2),
      textBrotli,
      textRatio: round(page.html.brotli / textBrotli, 2),
    };
  });
  const topicPages = pages.filter((p) => /^\/topics\/[^/]+\/$/.test(p.page));
  if (topicPages.length === 0) throw new Error('no topic pages in dist/topics/');
  const largest = topicPages.reduce((a, b) => (b.html.raw > a.html.raw ? b : a)).page;
  const largestHtml = readFileSync(join(DIST, largest, 'index.html'), 'utf8');
  const stripped = withoutAnnotations(largestHtml);
  const annotations = {
    page: largest,
    html: byPage.get(largest)!.html,
    without: { raw: Buffer.byteLength(stripped.html), brotli: brotli(stripped.html), gzip: gzip(stripped.html) },
    removed: stripped.removed,
  };

  // 3. In Chromium as a phone --------------------------------------------------------
  const served = await serveStatic(DIST);
  const phone = await launchPhone();
  env.chromium = phone.version;
  const toggles: PageToggles[] = [];
  const dom: DomSize[] = [];
  const search: (SummaryInput['search'][number] & { fromInputMs: Stats })[] = [];
  try {
    if (!ONLY_SEARCH) {
      const page = await throttledPage(phone.context);
      await observeLongFrames(page);
      for (const path of [largest, TRANSCRIPT]) {
        progress(`toggle latency on ${path} (${RUNS} runs per value, ${CPU_THROTTLING}× CPU)…`);
        toggles.push(await measureToggles(page, served.url + path, path, RUNS));
      }
      await page.close();
      progress(`DOM size of ${topicPages.length} topic pages and the transcript…`);
      const counting = await throttledPage(phone.context, 1); // counts do not depend on the CPU
      for (const p of [...topicPages.map((t) => t.page).sort(), TRANSCRIPT]) dom.push(await domSize(counting, served.url, p));
      await counting.close();
    }
    for (const query of SEARCH_QUERIES) {
      progress(`search “${query.q}”, cold, ${SEARCH_RUNS} runs…`);
      const runs: SearchRun[] = [];
      for (let i = 0; i < SEARCH_RUNS; i++) runs.push(await searchCold(phone.context, served.url, query));
      search.push({ kind: query.kind, q: query.q, ms: stats(runs.map((r) => r.ms)), fromInputMs: stats(runs.map((r) => r.fromInputMs)), first: runs[0]! });
    }
  } finally {
    await phone.close().catch((e: unknown) => console.error(`bench: closing the browser: ${String(e)}`));
  }

  // 4. Lighthouse -------------------------------------------------------------------
  const lighthouse: LighthousePage[] = [];
  if (!args['skip-lighthouse'] && !ONLY_SEARCH) {
    const paths = args.all ? pages.map((p) => p.page).sort() : ['/', largest, `${largest}vocabulary/`, TRANSCRIPT, '/reporters/', '/glossary/'];
    progress(`Lighthouse performance (mobile) with ?pinyin=on, ${LIGHTHOUSE_RUNS} runs on each of ${paths.length} pages…`);
    const scratch = mkdtempSync(join(tmpdir(), 'pc-lighthouse-'));
    try {
      for (const path of paths) lighthouse.push(await lighthousePage(ROOT, served.url, `${path}?pinyin=on`, LIGHTHOUSE_RUNS, scratch));
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
  await new Promise<void>((done) => served.server.close(() => done()));

  // 5. Report ------------------------------------------------------------------------
  say('Benchmark — Wang Yi press conference reading edition');
  say(`date      ${env.date}`);
  say(`machine   ${env.cpu} × ${env.cores} cores, ${env.memoryGB} GB; load average at start ${env.loadAverageAtStart.join(' ')} (not idle if above ~0.5)`);
  say(`software  Node ${env.node}, ${env.os}, Chromium ${env.chromium}`);
  say(`phone     ${PHONE.viewport.width}×${PHONE.viewport.height}, device scale factor ${PHONE.deviceScaleFactor}, touch, mobile; CPU throttled ${CPU_THROTTLING}× (CDP Emulation.setCPUThrottlingRate)`);

  if (!ONLY_SEARCH) {
    heading('1. Build');
    if (content && full) {
      say(buildTimesReport(content, full));
    } else say('  skipped (--skip-build): measuring the existing dist/');

    heading('2. HTML transferred ÷ information floor (bytes; .br/.gz as in dist/, floor from the edition document)');
    say('  floor = brotli (quality 11) / gzip (level 9) of the page\'s Chinese in its script, its English and one pinyin syllable per Han character, no markup');
    say('  all text = brotli of everything the page can show as plain text (its body\'s text, key-term notes, labels and notes included, and its runs\' pinyin):');
    say('  page ÷ all text is what the markup adds; the floor leaves out the words a page shows beside its reading text (key-term notes, labels, notes)');
    say(table(['page', 'brotli', 'floor', 'ratio', 'gzip', 'floor', 'ratio', 'all text', 'ratio'], [...ratios].sort((a, b) => b.brotliRatio - a.brotliRatio).map((r) => [
      r.page, n(r.brotli), n(r.floorBrotli), r.brotliRatio.toFixed(2), n(r.gzip), n(r.floorGzip), r.gzipRatio.toFixed(2), n(r.textBrotli), r.textRatio.toFixed(2),
    ])));
    const A = annotations;
    say(`  ${A.page} without its reading aids (${Object.entries(A.removed).map(([k, v]) => `${n(v)} ${k}`).join(', ')} attributes removed): brotli ${n(A.without.brotli)} of ${n(A.html.brotli)}, gzip ${n(A.without.gzip)} of ${n(A.html.gzip)}`);
    say();
    say('  CSS and JS (gzip as precompressed):');
    say(table(['file', 'raw', 'brotli', 'gzip'], siteAssets.map((a) => [a.path, n(a.raw), n(a.brotli), n(a.gzip)])));

    heading(`3. Toggle latency, click → next frame (ms; ${RUNS} runs per value; mobile, ${CPU_THROTTLING}× CPU)`);
    say('  performance.now() before the control\'s click() to the 2nd requestAnimationFrame after it; baseline: the same with a click on a');
    say('  detached no-op button; style+layout: sum over the run\'s long-animation-frame entries of (end − styleAndLayoutStart), 0 under 50 ms.');
    for (const t of toggles) {
      const base = t.figures.find((f) => f.control.startsWith('baseline'))!.nextFrameMs.median;
      say();
      say(`  ${t.page}`);
      say(table(['change', 'median', 'min', 'max', '− baseline', '÷ baseline', 'style+layout med', 'long frames', 'handler med'], [...t.figures, t.firstPinyinOn].map((f) => [
        f.name,
        f.nextFrameMs.median.toFixed(1),
        f.nextFrameMs.min.toFixed(1),
        f.nextFrameMs.max.toFixed(1),
        (f.nextFrameMs.median - base).toFixed(1),
        (f.nextFrameMs.median / base).toFixed(1),
        f.styleLayoutMs.median.toFixed(1),
        `${f.longFrames}/${f.nextFrameMs.runs}`,
        f.handlerMs.median.toFixed(2),
      ]), '    '));
    }

    heading('4. DOM size (elements, and all nodes), default view before the pinyin is first shown and after');
    say(table(['page', 'elements', 'nodes', 'elements (pinyin shown)', 'nodes (pinyin shown)'], dom.map((d) => [d.page, n(d.before.elements), n(d.before.nodes), n(d.afterPinyin.elements), n(d.afterPinyin.nodes)])));
  }

  heading(`5. Search, Enter → results (mobile, ${CPU_THROTTLING}× CPU, cache cleared; ${SEARCH_RUNS} runs, transfer of the first)`);
  say('  from the Enter keydown on the search page to the frame after the summary is written (the page searches in place, no navigation);');
  say('  requests and encoded bytes from CDP Network.loadingFinished from the typing on, all of them and the search\'s own (engine, /search/data/).');
  say('  “from typing”: from the input event of the query (typed at once) to that frame; the engine loads on focus, the query\'s files as it is typed.');
  say(table(['query', 'kind', 'Enter → results med (min–max)', 'from typing', 'requests', 'bytes', 'search requests', 'search bytes', 'result'], search.map((q) => [
    q.q, q.kind, range(q.ms, ms), range(q.fromInputMs, ms), String(q.first.requests), kb(q.first.bytes), String(q.first.searchRequests), kb(q.first.searchBytes), q.first.summary,
  ])));

  if (lighthouse.length) {
    heading(`6. Lighthouse performance (its mobile emulation and simulated throttling; ${LIGHTHOUSE_RUNS} runs per page)`);
    say(table(['page', 'median', 'min', 'max', 'runs', 'FCP med', 'LCP med', 'TBT med'], lighthouse.map((l) => [
      l.page, String(l.score.median), String(l.score.min), String(l.score.max), l.runs.map((r) => r.score).join(', '), ms(l.fcpMs.median), ms(l.lcpMs.median), ms(l.tbtMs.median),
    ])));
  }

  const summary = summaryRows({ largest, toggles, ratios, dom, lighthouse, search, content, full });
  heading(`Summary (issue 16's table; largest topic page ${largest} unless named)`);
  say(markdownTable(['figure', 'now', 'goal'], summary));

  mkdirSync(OUT_DIR, { recursive: true });
  const result = { env, build: { content, full }, weight: { pages, assets: siteAssets, floors, ratios, annotations }, toggles, dom, search, lighthouse, summary };
  const out = ONLY_SEARCH ? join(OUT_DIR, 'search.json') : OUT_FILE;
  writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
  say();
  say(`JSON: ${relative(process.cwd(), out) || out}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
