/**
 * Toggle latency of the reading-view controls: performance.now() before the
 * control's click() to the second requestAnimationFrame callback after it
 * (the first rAF after the frame that shows the change), beside an
 * empty-frame baseline measured the same way in the same page: a click on a
 * button that is in no document and does nothing. Style and layout time
 * comes from the long-animation-frame entries (PerformanceObserver) that
 * overlap the run; a frame under 50 ms produces none (counted as 0).
 */
import type { Page } from 'playwright-core';
import { settle } from './mobile.ts';
import { round, stats, type Stats } from './stats.ts';

/** One measured click. */
export interface ToggleRun {
  /** The value the control set (`on`, `hant`, …; `noop` for the baseline). */
  to: string;
  /** click() returned: the change handler has run. */
  handlerMs: number;
  /** The first requestAnimationFrame callback after the click. */
  raf1Ms: number;
  /** The second one: the frame with the change has been produced. */
  nextFrameMs: number;
  /** Style and layout in the long animation frames of the run (0 when no frame took 50 ms). */
  styleLayoutMs: number;
  /** Whole long animation frames of the run (ms). */
  loafMs: number;
}

/** A reading-view control and the values it is switched through. */
interface Control {
  name: string;
  /** The `<html>` data-* key the control sets (null for the baseline). */
  key: 'pinyin' | 'script' | 'mode' | 'tones' | 'colours' | null;
  /** Query string the page is opened with (tone numbers and colours need the pinyin shown). */
  base: string;
  /** The data-* value after each click, in order (cycled). */
  cycle: string[];
  /** The value of a key when the attribute is absent. */
  fallback: string;
  /** The input clicked to reach a value. */
  input: (to: string) => string;
}

const CONTROLS: Control[] = [
  { name: 'baseline (no-op click)', key: null, base: '', cycle: ['noop'], fallback: '', input: () => '' },
  { name: 'pinyin', key: 'pinyin', base: '', cycle: ['on', 'off'], fallback: 'off', input: () => 'input[name="pinyin"]' },
  { name: 'script', key: 'script', base: '', cycle: ['hant', 'hans'], fallback: 'hans', input: (to) => `input[name="script"][value="${to}"]` },
  { name: 'language mode', key: 'mode', base: '', cycle: ['zh', 'en', 'both'], fallback: 'both', input: (to) => `input[name="mode"][value="${to}"]` },
  { name: 'tone numbers', key: 'tones', base: '?pinyin=on', cycle: ['num', 'marks'], fallback: 'marks', input: () => 'input[name="tones"]' },
  { name: 'tone colours', key: 'colours', base: '?pinyin=on', cycle: ['on', 'off'], fallback: 'off', input: () => 'input[name="colours"]' },
];

/** Collect long-animation-frame entries in the page (an init script: it must run before the page's own scripts). */
export async function observeLongFrames(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __loaf: { start: number; end: number; styleAndLayoutStart: number }[] };
    w.__loaf = [];
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { startTime: number; duration: number; styleAndLayoutStart: number }[]) {
          w.__loaf.push({ start: e.startTime, end: e.startTime + e.duration, styleAndLayoutStart: e.styleAndLayoutStart });
        }
      }).observe({ type: 'long-animation-frame', buffered: true });
    } catch {
      // long-animation-frame unsupported: style and layout reported as 0
    }
  });
}

/** Click `selector` (or a detached no-op button) and time the frames after it; checks the data-* value it set. */
async function clickAndTime(page: Page, control: Control, to: string): Promise<ToggleRun> {
  const r = await page.evaluate(
    ({ selector, key, fallback }) =>
      new Promise<{ t0: number; handler: number; raf1: number; next: number; state: string } | { error: string }>((done) => {
        const target = selector ? document.querySelector<HTMLInputElement>(`form[data-view-controls] ${selector}`) : document.createElement('button');
        if (!target) return done({ error: `no control ${selector}` });
        const t0 = performance.now();
        target.click();
        const handler = performance.now() - t0;
        const state = key ? (document.documentElement.dataset[key] ?? fallback) : 'noop';
        requestAnimationFrame(() => {
          const raf1 = performance.now() - t0;
          requestAnimationFrame(() => done({ t0, handler, raf1, next: performance.now() - t0, state }));
        });
      }),
    { selector: control.input(to), key: control.key, fallback: control.fallback },
  );
  if ('error' in r) throw new Error(r.error);
  if (r.state !== to) throw new Error(`clicking ${control.input(to)} gave data-${control.key}="${r.state}", expected "${to}"`);
  // Long-animation-frame entries are delivered after their frame: give them a moment.
  await page.waitForTimeout(60);
  const frames = await page.evaluate(({ from, to }) => {
    const w = window as unknown as { __loaf?: { start: number; end: number; styleAndLayoutStart: number }[] };
    return (w.__loaf ?? []).filter((e) => e.start < to && e.end > from);
  }, { from: r.t0, to: r.t0 + r.next });
  return {
    to,
    handlerMs: round(r.handler, 2),
    raf1Ms: round(r.raf1, 2),
    nextFrameMs: round(r.next, 2),
    styleLayoutMs: round(frames.reduce((t, e) => t + (e.styleAndLayoutStart > 0 ? e.end - e.styleAndLayoutStart : 0), 0), 2),
    loafMs: round(frames.reduce((t, e) => t + e.end - e.start, 0), 2),
  };
}

/** The latency of one change (a control switched to one value), over its runs. */
export interface ToggleFigure {
  /** e.g. `pinyin on`, `script hant`, `baseline (no-op click)`. */
  name: string;
  control: string;
  to: string;
  nextFrameMs: Stats;
  styleLayoutMs: Stats;
  /** How many runs had a long animation frame. */
  longFrames: number;
  raf1Ms: Stats;
  handlerMs: Stats;
}

/** Every toggle on one page. */
export interface PageToggles {
  page: string;
  runsPerValue: number;
  figures: ToggleFigure[];
  /** The first pinyin-on after a fresh load of the page (each run reloads). */
  firstPinyinOn: ToggleFigure;
}

const figure = (name: string, control: string, to: string, runs: ToggleRun[]): ToggleFigure => ({
  name,
  control,
  to,
  nextFrameMs: stats(runs.map((r) => r.nextFrameMs)),
  styleLayoutMs: stats(runs.map((r) => r.styleLayoutMs)),
  longFrames: runs.filter((r) => r.loafMs > 0).length,
  raf1Ms: stats(runs.map((r) => r.raf1Ms)),
  handlerMs: stats(runs.map((r) => r.handlerMs)),
});

/**
 * Measure every control on `url` (`runs` clicks per value, after one
 * unrecorded cycle), and the first pinyin-on after a fresh load (`runs`
 * loads). `page` should already be throttled and observe long frames.
 */
export async function measureToggles(page: Page, url: string, path: string, runs: number): Promise<PageToggles> {
  const figures: ToggleFigure[] = [];
  for (const control of CONTROLS) {
    await page.goto(url + control.base, { waitUntil: 'load' });
    await settle(page);
    const click = (i: number): Promise<ToggleRun> => clickAndTime(page, control, control.cycle[i % control.cycle.length]!);
    for (let i = 0; i < control.cycle.length; i++) await click(i); // one unrecorded cycle
    const all: ToggleRun[] = [];
    for (let i = 0; i < runs * control.cycle.length; i++) {
      all.push(await click(i));
      await page.waitForTimeout(40);
    }
    for (const to of control.cycle) {
      const name = control.key ? `${control.name} ${to}` : control.name;
      figures.push(figure(name, control.name, to, all.filter((r) => r.to === to)));
    }
  }
  const pinyin = CONTROLS.find((c) => c.key === 'pinyin')!;
  const first: ToggleRun[] = [];
  for (let i = 0; i < runs; i++) {
    await page.goto(url, { waitUntil: 'load' });
    await settle(page, 300);
    first.push(await clickAndTime(page, pinyin, 'on'));
  }
  return { page: path, runsPerValue: runs, figures, firstPinyinOn: figure('pinyin on, first after load', 'pinyin', 'on', first) };
}
