/**
 * The summary in the shape of issue 16's table (figure | now | goal), from
 * the benchmark's results.
 */
import type { ContentBuild, FullBuilds } from './build-times.ts';
import type { DomSize } from './dom-size.ts';
import { kb, n, s } from './format.ts';
import type { LighthousePage } from './lighthouse.ts';
import type { SearchRun } from './search.ts';
import type { Stats } from './stats.ts';
import type { PageToggles, ToggleFigure } from './toggles.ts';

/** A page's transferred HTML beside its information floor. */
export interface FloorRatio {
  page: string;
  brotli: number;
  gzip: number;
  floorBrotli: number;
  floorGzip: number;
  brotliRatio: number;
  gzipRatio: number;
  /** Brotli of everything the page can show as plain text (page-weight.ts `pageText`). */
  textBrotli: number;
  /** The page's brotli ÷ that: the share its markup adds. */
  textRatio: number;
}

/** Everything the summary reads. */
export interface SummaryInput {
  largest: string;
  toggles: PageToggles[];
  ratios: FloorRatio[];
  dom: DomSize[];
  lighthouse: LighthousePage[];
  search: { kind: string; q: string; ms: Stats; first: SearchRun }[];
  content: ContentBuild | null;
  full: FullBuilds | null;
}

const fig = (t: PageToggles, name: string): ToggleFigure | undefined => t.figures.find((f) => f.name === name);
const med = (f: ToggleFigure | undefined): string => (f ? `${Math.round(f.nextFrameMs.median)}` : '?');
const spread = (f: ToggleFigure | undefined): string => (f ? `${Math.round(f.nextFrameMs.median)} ms (${Math.round(f.nextFrameMs.min)}–${Math.round(f.nextFrameMs.max)})` : '?');
const medRange = (fs: (ToggleFigure | undefined)[]): string => {
  const m = fs.filter((f): f is ToggleFigure => Boolean(f)).map((f) => Math.round(f.nextFrameMs.median));
  return m.length ? (Math.min(...m) === Math.max(...m) ? `${m[0]}` : `${Math.min(...m)}–${Math.max(...m)}`) : '?';
};

/** The rows of the summary table: [figure, now, goal]. */
export function summaryRows(input: SummaryInput): string[][] {
  const rows: string[][] = [];
  const topic = input.toggles.find((t) => t.page === input.largest);
  const transcript = input.toggles.find((t) => t.page === '/transcript/');
  const per = (f: (t: PageToggles) => string): string =>
    [topic && `topic ${f(topic)}`, transcript && `transcript ${f(transcript)}`].filter(Boolean).join('; ');
  if (topic || transcript) {
    rows.push(['empty frame, click → next frame (baseline, same run)', per((t) => spread(fig(t, 'baseline (no-op click)'))), '—']);
    rows.push([
      'pinyin on, click → next frame (mobile, 4× CPU)',
      per((t) => {
        const f = fig(t, 'pinyin on');
        return `${spread(f)}, ${Math.round(f?.styleLayoutMs.median ?? 0)} ms style+layout; first after load ${Math.round(t.firstPinyinOn.nextFrameMs.median)} ms`;
      }),
      '≤ 50 ms topic page, ≤ 100 ms transcript',
    ]);
    rows.push([
      'pinyin off / script / language mode',
      per((t) => `${med(fig(t, 'pinyin off'))} / ${medRange([fig(t, 'script hant'), fig(t, 'script hans')])} / ${medRange(['zh', 'en', 'both'].map((v) => fig(t, `language mode ${v}`)))} ms`),
      '≤ 30 ms each',
    ]);
    rows.push(['tone numbers / tone colours (pinyin shown)', per((t) => `${medRange([fig(t, 'tone numbers num'), fig(t, 'tone numbers marks')])} / ${medRange([fig(t, 'tone colours on'), fig(t, 'tone colours off')])} ms`), '—']);
  }
  if (input.ratios.length) {
    const largest = input.ratios.find((r) => r.page === input.largest);
    const worst = input.ratios.reduce((a, b) => (b.brotliRatio > a.brotliRatio ? b : a));
    const worstGz = input.ratios.reduce((a, b) => (b.gzipRatio > a.gzipRatio ? b : a));
    const worstText = input.ratios.reduce((a, b) => (b.textRatio > a.textRatio ? b : a));
    rows.push([
      'HTML transferred, brotli ÷ information floor',
      `${largest ? `${largest.brotliRatio.toFixed(2)} (gzip ${largest.gzipRatio.toFixed(2)}); ` : ''}worst ${worst.brotliRatio.toFixed(2)} ${worst.page} (gzip worst ${worstGz.gzipRatio.toFixed(2)} ${worstGz.page}); ` +
        `÷ all the page's own text: ${largest ? `${largest.textRatio.toFixed(2)}, ` : ''}worst ${worstText.textRatio.toFixed(2)} ${worstText.page}`,
      '≤ 1.6 (gzip ≤ 2.5)',
    ]);
  }
  if (input.dom.length) {
    const largest = input.dom.find((d) => d.page === input.largest);
    const transcriptDom = input.dom.find((d) => d.page === '/transcript/');
    const topics = input.dom.filter((d) => d.page.startsWith('/topics/'));
    const maxTopic = topics.reduce((a, b) => (b.before.elements > a.before.elements ? b : a), topics[0]!);
    const one = (d: DomSize) => `${n(d.before.elements)} (${n(d.before.nodes)} nodes)`;
    rows.push([
      'DOM elements before pinyin is first shown',
      [largest && one(largest), maxTopic && maxTopic !== largest && `largest ${maxTopic.page} ${one(maxTopic)}`, transcriptDom && `transcript ${one(transcriptDom)}`].filter(Boolean).join('; '),
      '≤ 2,000 before pinyin is first shown',
    ]);
  }
  if (input.lighthouse.length) {
    const medians = input.lighthouse.map((l) => l.score.median);
    const mins = input.lighthouse.map((l) => l.score.min);
    rows.push([
      'Lighthouse mobile performance with `?pinyin=on`',
      `medians ${Math.min(...medians)}–${Math.max(...medians)} (lowest run ${Math.min(...mins)}) on ${input.lighthouse.length} pages`,
      '100 on every page in every view, 3 runs',
    ]);
  }
  if (input.search.length) {
    const times = input.search.map((q) => q.ms.median);
    const bytes = input.search.map((q) => q.first.bytes);
    const reqs = input.search.map((q) => q.first.requests);
    const sBytes = input.search.map((q) => q.first.searchBytes);
    rows.push([
      'search, Enter → results (mobile, 4× CPU, cold)',
      `${s(Math.min(...times))}–${s(Math.max(...times))}, ${kb(Math.min(...bytes))}–${kb(Math.max(...bytes))} (search files ${kb(Math.min(...sBytes))}–${kb(Math.max(...sBytes))}), up to ${Math.max(...reqs)} requests`,
      '≤ 300 ms, ≤ 60 KB per query, ≤ 6 requests',
    ]);
  }
  if (input.full || input.content) {
    const med = (st: { median: number; min: number; max: number }) => `${s(st.median)} (${s(st.min)}–${s(st.max)})`;
    const full = input.full ? `warm ${med(input.full.warm)}, cold ${med(input.full.cold)}` : '?';
    const content = input.content ? `warm ${med(input.content.warm.wallMs)}, cold ${med(input.content.cold.wallMs)}` : '?';
    rows.push(['full `npm run build` (fresh dist/; caches warm = filled by the build before, cold = empty)', full, '≤ 8 s']);
    rows.push(['content build (`npm run content`)', content, '≤ 1 s']);
  }
  return rows;
}
