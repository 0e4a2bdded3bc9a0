#!/usr/bin/env node
/**
 * Benchmark the site: build times, page weight and reading-view toggle latency.
 *
 *   node scripts/bench.ts [--skip-build]
 *
 * 1. Wall time of the content script (node scripts/build-content.ts) and of a
 *    fresh `npm run build` (dist/ and .astro/ deleted first); built page count.
 * 2. Raw and gzipped (level 9) size of every built HTML page; every CSS/JS
 *    asset; per page, the CSS/JS it references (<link rel=stylesheet>,
 *    <script src>) plus its inline <script>/<style> bytes.
 * 3. On the largest topic page: gzipped HTML ÷ gzipped plain text (simplified
 *    Chinese + pinyin + English), and the page's weight without annotations
 *    (all <rt> elements and all .hant spans removed).
 * 4. In Chromium (1280×900), click-to-next-frame latency of each reading-view
 *    control on that page.
 * 5. Lighthouse's performance score (mobile emulation) of the pages whose
 *    other categories tests/site/lighthouse.test.ts gates (home, largest topic
 *    page, reporter index): min / median / max of 3 runs each, with the median
 *    first and largest contentful paint and total blocking time.
 *
 * Prints a report and writes the same figures to bench-results/latest.json.
 * It measures; it never passes or fails. A non-zero exit means the benchmark
 * itself could not run (a failed build, a missing page, a browser error).
 * `--skip-build` measures the existing dist/ without timing any build.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, launchBrowser } from '../tests/helpers/browser.ts';
import { serveStatic } from './lib/static-server.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const OUT_DIR = join(ROOT, 'bench-results');
const OUT_FILE = join(OUT_DIR, 'latest.json');
const CONTENT_RUNS = 3;
const TOGGLE_RUNS = 15;
const VIEWPORT = { width: 1280, height: 900 };
const LIGHTHOUSE_RUNS = 3;
/** The pages of tests/site/lighthouse.test.ts (which gates accessibility, best practices and SEO). */
const LIGHTHOUSE_PAGES: Record<string, string> = {
  home: '/',
  'largest topic page': '/topics/chinas-diplomacy/',
  'reporter index': '/reporters/',
};

const { values: args } = parseArgs({
  options: {
    'skip-build': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log('usage: node scripts/bench.ts [--skip-build]');
  process.exit(0);
}

// ---------------------------------------------------------------------------
// Helpers

const gz = (data: string | Buffer): number => gzipSync(data, { level: 9 }).length;
const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');
const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

interface Stats {
  median: number;
  min: number;
  max: number;
}
const stats = (xs: readonly number[]): Stats => ({ median: round(median(xs), 2), min: round(Math.min(...xs), 2), max: round(Math.max(...xs), 2) });

/** Run a command; resolve with its wall time (ms). Output is kept and shown only on failure. */
function timed(command: string, argv: string[]): Promise<number> {
  return new Promise((ok, fail) => {
    const started = performance.now();
    const child = spawn(command, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    const output: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => output.push(d));
    child.stderr.on('data', (d: Buffer) => output.push(d));
    child.on('error', fail);
    child.on('close', (code, signal) => {
      const ms = performance.now() - started;
      if (code === 0) ok(ms);
      else {
        process.stderr.write(Buffer.concat(output));
        fail(new Error(`\`${command} ${argv.join(' ')}\` exited with ${code ?? signal}`));
      }
    });
  });
}

function walk(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...walk(path));
    else if (entry.isFile()) files.push(path);
  }
  return files.sort();
}

/** URL path of a file in dist/ ("/topics/x/index.html"). */
const urlPath = (file: string): string => '/' + relative(DIST, file).split(sep).join('/');

/** Page URL of an HTML file in dist/ ("/topics/x/"). */
const pageUrl = (file: string): string => urlPath(file).replace(/(^|\/)index\.html$/, '$1');

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[e.toLowerCase()] ?? whole;
  });
}

const attr = (attrs: string, name: string): string | undefined => {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attrs);
  return m ? decodeEntities(m[1] ?? m[2] ?? m[3] ?? '') : undefined;
};
const hasClass = (attrs: string, name: string): boolean => (attr(attrs, 'class') ?? '').split(/\s+/).includes(name);

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

interface Token {
  kind: 'open' | 'close' | 'text';
  tag: string;
  attrs: string;
  text: string;
  /** Offset of the token in the source. */
  start: number;
  end: number;
}

/** A small HTML tokenizer: enough for Astro's well-formed output. */
function* tokens(html: string): Generator<Token> {
  const re = /<!--[\s\S]*?-->|<!doctype[^>]*>|<(\/?)([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
  let at = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html))) {
    if (m.index > at) yield { kind: 'text', tag: '', attrs: '', text: html.slice(at, m.index), start: at, end: m.index };
    at = re.lastIndex;
    if (!m[2]) continue; // comment or doctype
    const tag = m[2].toLowerCase();
    const attrs = m[3] ?? '';
    yield { kind: m[1] ? 'close' : 'open', tag, attrs, text: '', start: m.index, end: re.lastIndex };
    if (!m[1] && RAW_TEXT.has(tag)) {
      const close = html.toLowerCase().indexOf(`</${tag}`, re.lastIndex);
      const stop = close < 0 ? html.length : close;
      yield { kind: 'text', tag, attrs: '', text: html.slice(re.lastIndex, stop), start: re.lastIndex, end: stop };
      re.lastIndex = at = stop;
    }
  }
  if (at < html.length) yield { kind: 'text', tag: '', attrs: '', text: html.slice(at), start: at, end: html.length };
}

interface Refs {
  css: string[];
  js: string[];
  inlineJs: number;
  inlineCss: number;
}

/** CSS and JS a page loads (as URL paths), and its inline script/style bytes. */
function references(html: string, pagePath: string): Refs {
  const refs: Refs = { css: [], js: [], inlineJs: 0, inlineCss: 0 };
  let raw: 'script' | 'style' | null = null;
  for (const t of tokens(html)) {
    if (t.kind === 'open' && t.tag === 'link') {
      const rel = (attr(t.attrs, 'rel') ?? '').toLowerCase().split(/\s+/);
      const href = attr(t.attrs, 'href');
      if (href && rel.includes('stylesheet')) refs.css.push(new URL(href, `http://site${pagePath}`).pathname);
      if (href && rel.includes('modulepreload')) refs.js.push(new URL(href, `http://site${pagePath}`).pathname);
    } else if (t.kind === 'open' && t.tag === 'script') {
      const src = attr(t.attrs, 'src');
      const type = (attr(t.attrs, 'type') ?? '').toLowerCase();
      const isJs = type === '' || type === 'module' || type.includes('javascript');
      if (src) refs.js.push(new URL(src, `http://site${pagePath}`).pathname);
      raw = !src && isJs ? 'script' : null;
    } else if (t.kind === 'open' && t.tag === 'style') raw = 'style';
    else if (t.kind === 'text' && raw && t.tag === raw) {
      if (raw === 'script') refs.inlineJs += bytes(t.text);
      else refs.inlineCss += bytes(t.text);
      raw = null;
    }
  }
  return { ...refs, css: [...new Set(refs.css)], js: [...new Set(refs.js)] };
}

interface PlainText {
  zh: string;
  pinyin: string;
  en: string;
  hansSpans: number;
  syllables: number;
  enParagraphs: number;
}

/**
 * The reading text of a page: the simplified Chinese (text of `.hans` spans
 * without their <rt>), the pinyin (text of the <rt> inside `.hans`; the
 * traditional spans repeat the same syllables) and the English (`p.en`).
 */
function plainText(html: string): PlainText {
  const stack: { tag: string; hans: boolean; rt: boolean; en: boolean }[] = [];
  const zh: string[] = [];
  const pinyin: string[][] = [];
  const en: string[] = [];
  let syllables = 0;
  for (const t of tokens(html)) {
    const top = stack.at(-1);
    if (t.kind === 'open') {
      if (RAW_TEXT.has(t.tag) && t.tag !== 'title') continue; // skipped: its text token is ignored below
      if (VOID.has(t.tag) || t.attrs.trimEnd().endsWith('/')) continue;
      const hans = t.tag === 'span' && hasClass(t.attrs, 'hans');
      const en_ = t.tag === 'p' && hasClass(t.attrs, 'en');
      if (hans && !top?.hans) {
        zh.push('');
        pinyin.push([]);
      }
      if (en_ && !top?.en) en.push('');
      if (t.tag === 'rt' && top?.hans) pinyin.at(-1)!.push('');
      stack.push({ tag: t.tag, hans: (top?.hans ?? false) || hans, rt: (top?.rt ?? false) || t.tag === 'rt', en: (top?.en ?? false) || en_ });
    } else if (t.kind === 'close') {
      const i = stack.findLastIndex((e) => e.tag === t.tag);
      if (i >= 0) {
        if (t.tag === 'rt' && stack[i]!.hans) syllables++;
        stack.length = i;
      }
    } else if (top && t.tag === '') {
      const text = decodeEntities(t.text);
      if (top.hans && top.rt) {
        const list = pinyin.at(-1)!;
        list[list.length - 1] += text;
      } else if (top.hans) zh[zh.length - 1] += text;
      if (top.en) en[en.length - 1] += text;
    }
  }
  return {
    zh: zh.join('\n'),
    pinyin: pinyin.map((p) => p.join(' ')).join('\n'),
    en: en.join('\n'),
    hansSpans: zh.length,
    syllables,
    enParagraphs: en.length,
  };
}

/** The page without annotations: every <rt>…</rt> and every `.hant` span removed (`rt` counts all of them, inside .hant too). */
function withoutAnnotations(html: string): { html: string; rt: number; hant: number } {
  let rt = 0;
  let hant = 0;
  let out = '';
  let skipFrom = -1; // offset where the current removed .hant span began
  let depth = 0; // <span> depth inside it
  let inRt = false;
  let at = 0;
  for (const t of tokens(html)) {
    if (skipFrom >= 0) {
      if (t.tag === 'rt' && t.kind === 'open') rt++;
      if (t.tag === 'span' && t.kind === 'open') depth++;
      if (t.tag === 'span' && t.kind === 'close' && --depth === 0) {
        skipFrom = -1;
        at = t.end;
      }
      continue;
    }
    if (t.kind === 'open' && t.tag === 'span' && hasClass(t.attrs, 'hant')) {
      out += html.slice(at, t.start);
      skipFrom = t.start;
      depth = 1;
      hant++;
    } else if (t.kind === 'open' && t.tag === 'rt') {
      out += html.slice(at, t.start);
      inRt = true;
      rt++;
    } else if (t.kind === 'close' && t.tag === 'rt' && inRt) {
      inRt = false;
      at = t.end;
    }
  }
  if (skipFrom < 0 && !inRt) out += html.slice(at);
  return { html: out, rt, hant };
}

// ---------------------------------------------------------------------------
// Report formatting

const n = (x: number): string => x.toLocaleString('en-GB');
const ms = (x: number): string => `${x.toFixed(1)} ms`;
const kb = (x: number): string => `${(x / 1000).toFixed(1)} kB`;
const pad = (s: string, w: number): string => (s.length >= w ? s : s + ' '.repeat(w - s.length));
const lpad = (s: string, w: number): string => (s.length >= w ? s : ' '.repeat(w - s.length) + s);

/** An aligned table; columns after the first are right-aligned. */
function table(head: string[], rows: string[][], indent = '  '): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]): string => indent + r.map((c, i) => (i === 0 ? pad(c, widths[i]!) : lpad(c, widths[i]!))).join('  ').trimEnd();
  return [line(head), indent + widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const say = (s = ''): void => console.log(s);
const heading = (s: string): void => {
  say();
  say(s);
  say('═'.repeat(s.length));
};

// ---------------------------------------------------------------------------
// Toggle latency (runs in the page)

interface ToggleRun {
  to: string;
  /** click() returned: the change handler has run (attributes set). */
  handler: number;
  /** first requestAnimationFrame callback after the click (style not yet rendered). */
  raf1: number;
  /** second requestAnimationFrame callback: the frame with the change has been produced. */
  nextFrame: number;
}

interface Control {
  name: 'pinyin' | 'script' | 'mode' | 'tones' | 'colours';
  label: string;
  /** Query string the page is opened with (tones and colours need pinyin shown). */
  base: string;
  /** The <html> data-* value after each click, in order (cycled). */
  cycle: string[];
  /** Input clicked to reach a value. */
  input: (to: string) => string;
}

const CONTROLS: Control[] = [
  { name: 'pinyin', label: 'pinyin on/off', base: '', cycle: ['on', 'off'], input: () => 'input[name="pinyin"]' },
  { name: 'script', label: 'script hans/hant', base: '', cycle: ['hant', 'hans'], input: (to) => `input[name="script"][value="${to}"]` },
  { name: 'mode', label: 'mode zh/en/both', base: '', cycle: ['zh', 'en', 'both'], input: (to) => `input[name="mode"][value="${to}"]` },
  { name: 'tones', label: 'tone numbers', base: '?pinyin=on', cycle: ['num', 'marks'], input: () => 'input[name="tones"]' },
  { name: 'colours', label: 'tone colours', base: '?pinyin=on', cycle: ['on', 'off'], input: () => 'input[name="colours"]' },
];

const DEFAULTS: Record<Control['name'], string> = { mode: 'both', script: 'hans', pinyin: 'off', tones: 'marks', colours: 'off' };

async function clickAndTime(page: Page, selector: string, name: string, expected: string, fallback: string): Promise<ToggleRun> {
  const r = await page.evaluate(
    ({ selector, name, fallback }) =>
      new Promise<{ handler: number; raf1: number; nextFrame: number; state: string } | { error: string }>((done) => {
        const input = document.querySelector<HTMLInputElement>(`form[data-view-controls] ${selector}`);
        if (!input) return done({ error: `no control ${selector}` });
        const t0 = performance.now();
        input.click();
        const handler = performance.now() - t0;
        const state = document.documentElement.dataset[name] ?? fallback;
        requestAnimationFrame(() => {
          const raf1 = performance.now() - t0;
          requestAnimationFrame(() => done({ handler, raf1, nextFrame: performance.now() - t0, state }));
        });
      }),
    { selector, name, fallback },
  );
  if ('error' in r) throw new Error(r.error);
  if (r.state !== expected) throw new Error(`clicking ${selector} gave data-${name}="${r.state}", expected "${expected}"`);
  return { to: expected, handler: r.handler, raf1: r.raf1, nextFrame: r.nextFrame };
}

/** Let the page settle: fonts loaded, a few frames drawn, a moment idle. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
  });
  await page.waitForTimeout(300);
}

// ---------------------------------------------------------------------------
// Lighthouse performance

interface LighthouseRun {
  score: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

/** One Lighthouse run (mobile emulation, performance only) in Debian's Chromium. */
function lighthouseRun(url: string, outFile: string): Promise<LighthouseRun> {
  return new Promise((ok, fail) => {
    const argv = [url, '--quiet', '--output=json', `--output-path=${outFile}`, '--only-categories=performance', `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`];
    const child = spawn(join(ROOT, 'node_modules', '.bin', 'lighthouse'), argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CHROME_PATH: CHROMIUM } });
    const output: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => output.push(d));
    child.stderr.on('data', (d: Buffer) => output.push(d));
    child.on('error', fail);
    child.on('close', (code, signal) => {
      if (code !== 0) {
        process.stderr.write(Buffer.concat(output));
        return fail(new Error(`lighthouse ${url} exited with ${code ?? signal}`));
      }
      const report = JSON.parse(readFileSync(outFile, 'utf8')) as { categories: { performance?: { score: number | null } }; audits: Record<string, { numericValue?: number }> };
      const score = report.categories.performance?.score;
      if (typeof score !== 'number') return fail(new Error(`lighthouse ${url}: no performance score (the run failed)`));
      const metric = (id: string): number => round(report.audits[id]?.numericValue ?? Number.NaN, 3);
      ok({ score: Math.round(score * 100), fcpMs: metric('first-contentful-paint'), lcpMs: metric('largest-contentful-paint'), tbtMs: metric('total-blocking-time'), cls: metric('cumulative-layout-shift') });
    });
  });
}

// ---------------------------------------------------------------------------
// Main

async function main(): Promise<void> {
  const started = new Date();
  const cpu = cpus();
  const env = {
    date: started.toISOString(),
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    node: process.version,
    os: `${platform()} ${release()}`,
    memoryGB: round(totalmem() / 1e9, 1),
    chromium: '',
  };

  // 1. Build times -----------------------------------------------------------
  let build: { contentRunsMs: number[]; contentMs: Stats; fullBuildMs: number } | null = null;
  if (!args['skip-build']) {
    console.error(`bench: timing the content script (${CONTENT_RUNS} runs)…`);
    const contentRunsMs: number[] = [];
    for (let i = 0; i < CONTENT_RUNS; i++) contentRunsMs.push(await timed(process.execPath, ['scripts/build-content.ts']));
    console.error('bench: fresh build (npm run build, dist/ and .astro/ removed)…');
    rmSync(DIST, { recursive: true, force: true });
    rmSync(join(ROOT, '.astro'), { recursive: true, force: true });
    const fullBuildMs = await timed(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build']);
    build = { contentRunsMs: contentRunsMs.map((x) => round(x)), contentMs: stats(contentRunsMs), fullBuildMs: round(fullBuildMs) };
  }
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` (or drop --skip-build)');

  // 2. Page and asset weight ---------------------------------------------------
  const files = walk(DIST);
  const htmlFiles = files.filter((f) => f.endsWith('.html'));
  const assetFiles = files.filter((f) => (f.startsWith(join(DIST, '_astro') + sep) || /\.(css|js|mjs)$/.test(f)) && !/\.(br|gz)$/.test(f));
  const assets = assetFiles.map((f) => {
    const data = readFileSync(f);
    return { path: urlPath(f), raw: data.length, gzip: gz(data) };
  });
  const assetByPath = new Map(assets.map((a) => [a.path, a]));
  const missing = new Set<string>();
  const sum = (paths: string[], key: 'raw' | 'gzip'): number =>
    paths.reduce((t, p) => {
      const a = assetByPath.get(p) ?? (existsSync(join(DIST, p)) ? { raw: statSync(join(DIST, p)).size, gzip: gz(readFileSync(join(DIST, p))) } : null);
      if (!a) missing.add(p);
      return t + (a ? a[key] : 0);
    }, 0);
  const pages = htmlFiles.map((f) => {
    const html = readFileSync(f, 'utf8');
    const refs = references(html, urlPath(f));
    return {
      page: pageUrl(f),
      file: relative(ROOT, f),
      html: { raw: bytes(html), gzip: gz(html) },
      css: { files: refs.css, raw: sum(refs.css, 'raw'), gzip: sum(refs.css, 'gzip'), inline: refs.inlineCss },
      js: { files: refs.js, raw: sum(refs.js, 'raw'), gzip: sum(refs.js, 'gzip'), inline: refs.inlineJs },
    };
  });

  // 3. The largest topic page ---------------------------------------------------
  const topicsDir = join(DIST, 'topics');
  const topicSlugs = readdirSync(topicsDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(topicsDir, e.name, 'index.html')))
    .map((e) => e.name)
    .sort();
  if (topicSlugs.length === 0) throw new Error('no topic pages in dist/topics/');
  const largestSlug = topicSlugs.reduce((best, s) => (statSync(join(topicsDir, s, 'index.html')).size > statSync(join(topicsDir, best, 'index.html')).size ? s : best));
  const largestPath = `/topics/${largestSlug}/`;
  const largestHtml = readFileSync(join(topicsDir, largestSlug, 'index.html'), 'utf8');
  const text = plainText(largestHtml);
  const plain = [text.zh, text.pinyin, text.en].join('\n\n');
  const stripped = withoutAnnotations(largestHtml);
  const largest = {
    page: largestPath,
    html: { raw: bytes(largestHtml), gzip: gz(largestHtml) },
    plainText: {
      raw: bytes(plain),
      gzip: gz(plain),
      zh: { chars: [...text.zh.replace(/\s/g, '')].length, raw: bytes(text.zh), gzip: gz(text.zh), spans: text.hansSpans },
      pinyin: { syllables: text.syllables, raw: bytes(text.pinyin), gzip: gz(text.pinyin) },
      en: { words: text.en.split(/\s+/).filter(Boolean).length, raw: bytes(text.en), gzip: gz(text.en), paragraphs: text.enParagraphs },
    },
    htmlToTextGzipRatio: 0,
    withoutAnnotations: { raw: bytes(stripped.html), gzip: gz(stripped.html), rtRemoved: stripped.rt, hantSpansRemoved: stripped.hant },
    annotationShareOfGzip: 0,
    chromiumTextCheck: null as null | { zh: number; pinyin: number; en: number; agrees: boolean },
  };
  largest.htmlToTextGzipRatio = round(largest.html.gzip / largest.plainText.gzip, 2);
  largest.annotationShareOfGzip = round((1 - largest.withoutAnnotations.gzip / largest.html.gzip) * 100, 1);

  // 4. Toggle latency in Chromium ------------------------------------------------
  console.error(`bench: toggle latency on ${largestPath} in Chromium (${TOGGLE_RUNS} runs per control)…`);
  let server: Server | null = null;
  let browser: Awaited<ReturnType<typeof launchBrowser>> | null = null;
  const toggles: { control: string; label: string; runs: ToggleRun[]; nextFrame: Stats; raf1: Stats; handler: Stats; byTarget: Record<string, Stats> }[] = [];
  try {
    const served = await serveStatic(DIST);
    server = served.server;
    browser = await launchBrowser({ viewport: VIEWPORT });
    const { context } = browser;
    env.chromium = context.browser()?.version() ?? '';
    // Every load starts from the default view, whatever the last one saved.
    await context.addInitScript(() => {
      try {
        localStorage.removeItem('view');
      } catch {
        // storage unavailable: nothing saved either
      }
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`bench: page error: ${e.message}`));

    // Cross-check the text extraction against Chromium's parser.
    await page.goto(served.url + largestPath, { waitUntil: 'load' });
    if (!env.chromium) env.chromium = await page.evaluate(() => navigator.userAgent);
    const dom = await page.evaluate(() => {
      const hans = [...document.querySelectorAll('.hans')].filter((e) => !e.parentElement?.closest('.hans'));
      const zh = hans.map((e) => {
        const c = e.cloneNode(true) as Element;
        c.querySelectorAll('rt, rp').forEach((r) => r.remove());
        return c.textContent ?? '';
      });
      const pinyin = hans.map((e) => [...e.querySelectorAll('rt')].map((r) => r.textContent ?? '').join(' '));
      const en = [...document.querySelectorAll('p.en')].filter((e) => !e.parentElement?.closest('p.en')).map((e) => e.textContent ?? '');
      return { zh: zh.join('\n'), pinyin: pinyin.join('\n'), en: en.join('\n') };
    });
    largest.chromiumTextCheck = {
      zh: bytes(dom.zh),
      pinyin: bytes(dom.pinyin),
      en: bytes(dom.en),
      agrees: dom.zh === text.zh && dom.pinyin === text.pinyin && dom.en === text.en,
    };
    if (!largest.chromiumTextCheck.agrees) console.error('bench: warning: the plain text extracted by Chromium differs from the string extraction');

    for (const control of CONTROLS) {
      await page.goto(served.url + largestPath + control.base, { waitUntil: 'load' });
      await settle(page);
      const fallback = DEFAULTS[control.name];
      const run = (i: number): Promise<ToggleRun> => {
        const to = control.cycle[i % control.cycle.length]!;
        return clickAndTime(page, control.input(to), control.name, to, fallback);
      };
      // One unrecorded cycle first (it also fills lazily cached state such as rt[data-m]).
      for (let i = 0; i < control.cycle.length; i++) await run(i);
      const runs: ToggleRun[] = [];
      for (let i = 0; i < TOGGLE_RUNS; i++) {
        runs.push(await run(i));
        await page.waitForTimeout(50);
      }
      const byTarget: Record<string, Stats> = {};
      for (const to of control.cycle) byTarget[to] = stats(runs.filter((r) => r.to === to).map((r) => r.nextFrame));
      toggles.push({
        control: control.name,
        label: control.label,
        runs: runs.map((r) => ({ to: r.to, handler: round(r.handler, 2), raf1: round(r.raf1, 2), nextFrame: round(r.nextFrame, 2) })),
        nextFrame: stats(runs.map((r) => r.nextFrame)),
        raf1: stats(runs.map((r) => r.raf1)),
        handler: stats(runs.map((r) => r.handler)),
        byTarget,
      });
    }
    await page.close();
  } finally {
    await browser?.close().catch((e: unknown) => console.error(`bench: closing the browser: ${String(e)}`));
    const s = server;
    if (s) await new Promise<void>((done) => s.close(() => done()));
  }

  // 5. Lighthouse performance ---------------------------------------------------
  const lighthouse: { name: string; page: string; runs: LighthouseRun[]; score: Stats; lcpMs: Stats; tbtMs: Stats; fcpMs: Stats }[] = [];
  {
    console.error(`bench: Lighthouse performance (mobile), ${LIGHTHOUSE_RUNS} runs on each of ${Object.keys(LIGHTHOUSE_PAGES).length} pages…`);
    const served = await serveStatic(DIST);
    const scratch = mkdtempSync(join(tmpdir(), 'pc-lighthouse-'));
    try {
      for (const [name, path] of Object.entries(LIGHTHOUSE_PAGES)) {
        const runs: LighthouseRun[] = [];
        for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await lighthouseRun(served.url + path, join(scratch, `run-${i}.json`)));
        lighthouse.push({
          name,
          page: path,
          runs,
          score: stats(runs.map((r) => r.score)),
          fcpMs: stats(runs.map((r) => r.fcpMs)),
          lcpMs: stats(runs.map((r) => r.lcpMs)),
          tbtMs: stats(runs.map((r) => r.tbtMs)),
        });
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
      await new Promise<void>((done) => served.server.close(() => done()));
    }
  }

  // 6. Report -------------------------------------------------------------------
  say('Benchmark — Wang Yi press conference reading edition');
  say(`date      ${env.date}`);
  say(`cpu       ${env.cpu} × ${env.cores} cores`);
  say(`node      ${env.node}   os ${env.os}   memory ${env.memoryGB} GB`);
  say(`chromium  ${env.chromium}`);

  heading('1. Build');
  if (build) {
    const c = build.contentMs;
    say(table(['step', 'wall time', ''], [
      [`content script (node scripts/build-content.ts), ${CONTENT_RUNS} runs`, ms(c.median), `median (min ${ms(c.min)}, max ${ms(c.max)}; runs ${build.contentRunsMs.map((x) => x.toFixed(0)).join(', ')} ms)`],
      ['full fresh build (npm run build; dist/ and .astro/ deleted)', ms(build.fullBuildMs), ''],
    ]));
  } else say('  skipped (--skip-build): measuring the existing dist/');
  say(`  built HTML pages: ${htmlFiles.length} (${topicSlugs.length} topic pages under /topics/)`);

  heading('2. Page weight (bytes; gzip level 9)');
  say('CSS/JS assets:');
  say(table(['file', 'raw', 'gzip'], [
    ...assets.map((a) => [a.path, n(a.raw), n(a.gzip)]),
    ['total', n(assets.reduce((t, a) => t + a.raw, 0)), n(assets.reduce((t, a) => t + a.gzip, 0))],
  ]));
  say();
  say('Per page (CSS/JS = referenced files, gzip summed per file; inline = <script>/<style> bytes inside the HTML):');
  say(table(
    ['page', 'HTML raw', 'HTML gzip', 'CSS files', 'CSS raw', 'CSS gzip', 'JS files', 'JS raw', 'JS gzip', 'inline JS', 'inline CSS', 'total gzip'],
    [...pages]
      .sort((a, b) => a.page.localeCompare(b.page))
      .map((p) => [
        p.page,
        n(p.html.raw),
        n(p.html.gzip),
        String(p.css.files.length),
        n(p.css.raw),
        n(p.css.gzip),
        String(p.js.files.length),
        n(p.js.raw),
        n(p.js.gzip),
        n(p.js.inline),
        n(p.css.inline),
        n(p.html.gzip + p.css.gzip + p.js.gzip),
      ]),
  ));
  const htmlRaw = pages.map((p) => p.html.raw);
  const htmlGz = pages.map((p) => p.html.gzip);
  say(`  HTML over ${pages.length} pages: raw total ${n(htmlRaw.reduce((a, b) => a + b, 0))}, median ${n(median(htmlRaw))}, max ${n(Math.max(...htmlRaw))}; gzip total ${n(htmlGz.reduce((a, b) => a + b, 0))}, median ${n(median(htmlGz))}, max ${n(Math.max(...htmlGz))}`);
  if (missing.size) say(`  referenced but not in dist/: ${[...missing].join(', ')}`);

  heading(`3. Largest topic page: ${largestPath}`);
  const L = largest;
  say(table(['', 'raw', 'gzip'], [
    ['HTML as built', n(L.html.raw), n(L.html.gzip)],
    [`plain text (zh + pinyin + en)`, n(L.plainText.raw), n(L.plainText.gzip)],
    [`  simplified Chinese (${n(L.plainText.zh.chars)} chars in ${L.plainText.zh.spans} .hans spans)`, n(L.plainText.zh.raw), n(L.plainText.zh.gzip)],
    [`  pinyin (${n(L.plainText.pinyin.syllables)} syllables)`, n(L.plainText.pinyin.raw), n(L.plainText.pinyin.gzip)],
    [`  English (${n(L.plainText.en.words)} words in ${L.plainText.en.paragraphs} p.en)`, n(L.plainText.en.raw), n(L.plainText.en.gzip)],
    [`HTML without annotations (${n(L.withoutAnnotations.rtRemoved)} <rt>, ${n(L.withoutAnnotations.hantSpansRemoved)} .hant spans removed)`, n(L.withoutAnnotations.raw), n(L.withoutAnnotations.gzip)],
  ]));
  say(`  gzipped HTML ÷ gzipped plain text:        ${L.htmlToTextGzipRatio.toFixed(2)}×`);
  say(`  page weight with / without annotations:   ${kb(L.html.gzip)} / ${kb(L.withoutAnnotations.gzip)} gzip (annotations ${L.annotationShareOfGzip}% of the gzipped HTML)`);
  if (L.chromiumTextCheck) say(`  text extraction cross-checked in Chromium: ${L.chromiumTextCheck.agrees ? 'identical' : 'DIFFERS (see JSON)'}`);

  heading(`4. Toggle latency on ${largestPath} (Chromium ${VIEWPORT.width}×${VIEWPORT.height}, ${TOGGLE_RUNS} runs each, ms)`);
  say('  click → next frame = performance.now() before element.click() to the 2nd requestAnimationFrame callback,');
  say('  i.e. the first rAF after the frame with the style change; 1st rAF and the synchronous click handler shown for reference.');
  say(table(
    ['control', 'median', 'min', 'max', '1st rAF med', 'handler med', 'median by new value'],
    toggles.map((t) => [
      t.label,
      t.nextFrame.median.toFixed(1),
      t.nextFrame.min.toFixed(1),
      t.nextFrame.max.toFixed(1),
      t.raf1.median.toFixed(1),
      t.handler.median.toFixed(2),
      Object.entries(t.byTarget).map(([to, s]) => `${to} ${s.median.toFixed(1)}`).join(', '),
    ]),
  ));

  heading(`5. Lighthouse performance (mobile emulation, ${LIGHTHOUSE_RUNS} runs per page)`);
  say(table(
    ['page', 'path', 'median', 'min', 'max', 'runs', 'FCP med', 'LCP med', 'TBT med'],
    lighthouse.map((l) => [
      l.name,
      l.page,
      String(l.score.median),
      String(l.score.min),
      String(l.score.max),
      l.runs.map((r) => r.score).join(', '),
      ms(l.fcpMs.median),
      ms(l.lcpMs.median),
      ms(l.tbtMs.median),
    ]),
  ));

  mkdirSync(OUT_DIR, { recursive: true });
  const result = {
    env,
    build: build ? { ...build, htmlPages: htmlFiles.length, topicPages: topicSlugs.length } : { skipped: true, htmlPages: htmlFiles.length, topicPages: topicSlugs.length },
    assets,
    pages,
    largestTopic: largest,
    toggles: { page: largestPath, viewport: VIEWPORT, runsPerControl: TOGGLE_RUNS, unit: 'ms', controls: toggles },
    lighthouse: { category: 'performance', formFactor: 'mobile', runsPerPage: LIGHTHOUSE_RUNS, pages: lighthouse },
  };
  writeFileSync(OUT_FILE, JSON.stringify(result, null, 2) + '\n');
  say();
  say(`JSON: ${relative(process.cwd(), OUT_FILE) || OUT_FILE}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
