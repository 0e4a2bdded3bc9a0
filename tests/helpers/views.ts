import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * The pages and reading views the quality gates walk through: every built
 * page, a representative handful of pages, and the reading views (URL
 * parameters, colour scheme, screen size) worth checking on each.
 */

/** Every HTML file under `dir`, as paths relative to it (sorted, `/` separators). */
export function htmlFiles(dir = 'dist'): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The URL path a built file is served at: `index.html` → `/`, `topics/x/index.html` → `/topics/x/`. */
export const urlPath = (file: string): string => '/' + file.replace(/(^|\/)index\.html$/, '$1');

/** The URL path of every built page (home, topics in both scripts, transcript, reporters, …, 404). */
export const builtPages = (dir = 'dist'): string[] => htmlFiles(dir).map(urlPath);

/** Slugs of the built topic pages. */
export const topicSlugs = (dir = 'dist'): string[] =>
  htmlFiles(dir)
    .map((f) => /^topics\/([^/]+)\/index\.html$/.exec(f)?.[1])
    .filter((s): s is string => Boolean(s));

/**
 * A representative set: the home page, the longest topic page (a Q&A with the
 * most text and terms), a topic known only from the digest, the reporter index
 * and the glossary.
 */
export const REPRESENTATIVE_PAGES = ['/', '/topics/chinas-diplomacy/', '/topics/korean-peninsula/', '/reporters/', '/glossary/'] as const;

export type Device = 'desktop' | 'phone';
export type Scheme = 'light' | 'dark';

/** The reading-view options, as the URL parameters that set them. */
export interface ViewParams {
  mode: 'both' | 'zh' | 'en';
  script: 'hans' | 'hant';
  pinyin: 'off' | 'on';
  tones: 'marks' | 'num';
  colours: 'off' | 'on';
}

export interface View {
  /** Short human-readable name, used in test titles and failure messages. */
  name: string;
  device: Device;
  scheme: Scheme;
  params: ViewParams;
  /** On a phone: open the folded “Reading view” controls before checking. */
  openControls?: boolean;
}

export const DEFAULT_PARAMS: ViewParams = { mode: 'both', script: 'hans', pinyin: 'off', tones: 'marks', colours: 'off' };

export const DEVICES = {
  desktop: { viewport: { width: 1280, height: 900 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
} as const;

const view = (device: Device, scheme: Scheme, params: Partial<ViewParams>, openControls = false): View => {
  const p = { ...DEFAULT_PARAMS, ...params };
  const name = [
    device,
    scheme,
    `mode=${p.mode}`,
    `script=${p.script}`,
    `pinyin=${p.pinyin}`,
    ...(p.tones !== 'marks' ? [`tones=${p.tones}`] : []),
    ...(p.colours !== 'off' ? [`colours=${p.colours}`] : []),
    ...(openControls ? ['controls open'] : []),
  ].join(' ');
  return { name, device, scheme, params: p, openControls };
};

/**
 * The view matrix: every value of every option appears at least once in the
 * light and once in the dark scheme (colour contrast is the rule most likely
 * to differ between them), and both screen sizes are covered; pinyin-only
 * options (tone numbers, tone colours) are only checked with pinyin shown,
 * since they change nothing otherwise. The desktop, light, default view is
 * left out: the every-page run already checks it.
 */
export const VIEWS: View[] = [
  view('desktop', 'dark', {}),
  view('desktop', 'light', { pinyin: 'on', colours: 'on' }),
  view('desktop', 'dark', { pinyin: 'on', colours: 'on' }),
  view('desktop', 'light', { mode: 'zh', script: 'hant', pinyin: 'on', tones: 'num' }),
  view('desktop', 'dark', { mode: 'zh', script: 'hant', pinyin: 'on', tones: 'num', colours: 'on' }),
  view('desktop', 'light', { mode: 'en' }),
  view('desktop', 'dark', { mode: 'en', script: 'hant' }),
  view('phone', 'light', {}, true),
  view('phone', 'dark', { script: 'hant', pinyin: 'on', colours: 'on' }, true),
  view('phone', 'light', { mode: 'zh', script: 'hant', pinyin: 'on', colours: 'on' }),
  view('phone', 'dark', { mode: 'en' }),
];

/** Query string setting every option explicitly (so a saved preference cannot leak in). */
export const viewQuery = (params: ViewParams): string => '?' + new URLSearchParams({ ...params }).toString();
