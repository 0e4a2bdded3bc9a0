/**
 * Accessibility gate: axe-core (WCAG 2.0/2.1/2.2 A and AA, plus best practice)
 * over every built page in the default view, and over a representative set of
 * pages in each reading view (language mode, script, pinyin, tone numbers and
 * colours, light and dark, phone and desktop); then a keyboard-only walk
 * through the reading controls. Zero violations expected.
 *
 * One Chromium for the whole file (2-core machine): one context per screen
 * size, one page per context, navigated from view to view.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, gotoShown } from '../helpers/browser.ts';
import { builtPages, DEFAULT_PARAMS, DEVICES, REPRESENTATIVE_PAGES, VIEWS, viewQuery, type Device, type View } from '../helpers/views.ts';

const site = inject('siteUrl');
const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface Finding {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; message: string }[];
}

let browser: Browser;
const contexts = {} as Record<Device, BrowserContext>;
const tabs = {} as Record<Device, Page>;

beforeAll(async () => {
  // The same Debian Chromium and flags as launchBrowser(), but one browser
  // process shared by a desktop and a phone context.
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  for (const device of ['desktop', 'phone'] as const) {
    contexts[device] = await browser.newContext({ ...DEVICES[device] });
    tabs[device] = await contexts[device].newPage();
  }
});
afterAll(async () => browser?.close());

/** Run axe on the loaded document and return its violations, trimmed for a readable message. */
async function axe(page: Page): Promise<Finding[]> {
  await page.evaluate(() => document.fonts.ready);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    type AxeNode = { target: unknown[]; any: { message: string }[]; all: { message: string }[]; none: { message: string }[] };
    type AxeResult = { violations: { id: string; impact: string | null; help: string; nodes: AxeNode[] }[] };
    const run = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResult> } }).axe.run;
    const result = await run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(' | '),
        message: [...n.any, ...n.all, ...n.none].map((c) => c.message).filter(Boolean)[0] ?? '',
      })),
    }));
  }, AXE_TAGS);
}

/** One line per rule: id, impact, what it asks, where (page + view), and up to five sample targets. */
function describeFindings(findings: Finding[], where: string): string[] {
  return findings.map((v) => {
    const samples = v.nodes
      .slice(0, 5)
      .map((n) => `\n      ${n.target}${n.message ? ` — ${n.message}` : ''}`)
      .join('');
    const more = v.nodes.length > 5 ? `\n      … and ${v.nodes.length - 5} more` : '';
    return `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes.length} node(s) on ${where}${samples}${more}`;
  });
}

/** Load `path` in `view` (every option given in the URL, so nothing saved can leak in). */
async function openInView(path: string, view: View): Promise<Page> {
  const page = tabs[view.device];
  await page.emulateMedia({ colorScheme: view.scheme });
  await gotoShown(page, site + path + viewQuery(view.params));
  // Pages without reading controls (home, glossary) have no toggle; where there is one, it must open.
  if (view.openControls && (await page.locator('[data-view-toggle]').count())) {
    await page.locator('[data-view-toggle]').click();
    await page.locator('[data-view-controls]').waitFor({ state: 'visible' });
  }
  return page;
}

describe('axe: every built page, default view, desktop', () => {
  const defaultView: View = { name: 'desktop light default view', device: 'desktop', scheme: 'light', params: DEFAULT_PARAMS };
  const pages = builtPages();

  it('has the pages to check (so an empty dist/ cannot pass)', () => {
    expect(pages).toEqual(expect.arrayContaining(['/', '/404.html', '/about/', '/transcript/', '/hant/transcript/', ...REPRESENTATIVE_PAGES]));
    expect(pages.filter((p) => p.startsWith('/topics/')).length).toBeGreaterThan(0);
  });

  it.each(pages)('%s', async (path) => {
    const page = tabs.desktop;
    await page.emulateMedia({ colorScheme: 'light' });
    // No parameters: the page's own default (the /hant/ routes default to traditional).
    // Nothing in this context saves a preference (only ticking a control does), so none applies.
    await page.goto(site + path, { waitUntil: 'load' });
    const where = `${path} [${defaultView.name}]`;
    expect(describeFindings(await axe(page), where), `axe violations on ${where}`).toEqual([]);
  });
});

describe('axe: representative pages in each reading view', () => {
  for (const path of REPRESENTATIVE_PAGES) {
    describe(path, () => {
      it.each(VIEWS.map((v) => [v.name, v] as const))('%s', async (_name, view) => {
        const page = await openInView(path, view);
        const where = `${path}${viewQuery(view.params)} [${view.name}]`;
        expect(describeFindings(await axe(page), where), `axe violations on ${where}`).toEqual([]);
      });
    });
  }
});

describe('keyboard only: the reading controls on a topic page', () => {
  const TOPIC = '/topics/china-us/';

  interface Stop {
    desc: string;
    name: string;
    type: string;
    value: string;
    checked: boolean;
    inControls: boolean;
    /** The header's “Reading view” button, which opens the controls. */
    toggle: boolean;
    /** Focus indicator on the element itself or on its <label>. */
    indicator: boolean;
    indicatorDetail: string;
  }

  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext({ ...DEVICES.desktop });
    page = await context.newPage();
  });
  afterAll(async () => context?.close());

  /** A fresh reader's page, with nothing focused. */
  async function fresh(): Promise<void> {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${site}${TOPIC}`, { waitUntil: 'load' });
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${site}${TOPIC}`, { waitUntil: 'load' });
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  }

  const focused = (): Promise<Stop> =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      if (!el || el === document.body) return { desc: 'body', name: '', type: '', value: '', checked: false, inControls: false, toggle: false, indicator: false, indicatorDetail: '' };
      const visible = (e: Element) => {
        const s = getComputedStyle(e);
        const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && !/rgba\(.*,\s*0\)$|transparent/.test(s.outlineColor);
        const shadow = s.boxShadow !== 'none';
        return { ok: outline || shadow, detail: `outline: ${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}; box-shadow: ${s.boxShadow}` };
      };
      const own = visible(el);
      const label = el.closest('label');
      const viaLabel = label ? visible(label) : { ok: false, detail: '' };
      const text = (el.getAttribute('aria-label') ?? el.closest('label')?.textContent ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      return {
        desc: `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('name') ? ` name=${el.getAttribute('name')}` : ''}${el.getAttribute('value') ? ` value=${el.getAttribute('value')}` : ''}> “${text}”`,
        name: el.getAttribute('name') ?? '',
        type: el.getAttribute('type') ?? '',
        value: el.getAttribute('value') ?? '',
        checked: Boolean(el.checked),
        inControls: Boolean(el.closest('[data-view-controls]')),
        toggle: el.hasAttribute('data-view-toggle'),
        indicator: own.ok || viaLabel.ok,
        indicatorDetail: `element ${own.detail}${label ? ` | label ${viaLabel.detail}` : ''}`,
      };
    });

  const view = () => page.evaluate(() => ({ ...document.documentElement.dataset }) as Record<string, string | undefined>);

  /** Tab from the top until focus enters the controls and leaves them again; every stop on the way. */
  async function walk(): Promise<Stop[]> {
    const stops: Stop[] = [];
    let entered = false;
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      let stop = await focused();
      stops.push(stop);
      if (stop.toggle && !entered) {
        await page.keyboard.press('Enter'); // open the reading controls: focus moves into them
        stops.push((stop = await focused()));
      }
      if (stop.inControls) entered = true;
      else if (entered) break;
    }
    return stops;
  }

  /** Tab from the top to the first control of a group. */
  async function tabTo(name: string): Promise<Stop> {
    await fresh();
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      let stop = await focused();
      if (stop.toggle) {
        await page.keyboard.press('Enter');
        stop = await focused();
      }
      if (stop.inControls && stop.name === name) return stop;
    }
    throw new Error(`Tab never reached the “${name}” control on ${TOPIC}`);
  }

  it('Tab from the top reaches the language radios, the script radios and the pinyin checkboxes, in that order', async () => {
    await fresh();
    const stops = await walk();
    const inControls = stops.filter((s) => s.inControls && s.name).map((s) => `${s.name}=${s.value}${s.checked ? ' (checked)' : ''}`);
    // Native radio groups are one Tab stop (the checked radio); each checkbox is its own stop.
    expect(inControls, `Tab stops from the top of ${TOPIC}:\n${stops.map((s) => s.desc).join('\n')}`).toEqual([
      'mode=both (checked)',
      'layout=side (checked)',
      'script=hans (checked)',
      'pinyin=on',
      'tones=num',
      'colours=on',
      'size=m (checked)',
      'pysize=m (checked)',
    ]);
  });

  it('shows a visible focus indicator (outline or box-shadow) at every keyboard stop up to and through the controls', async () => {
    await fresh();
    const stops = await walk();
    const missing = stops.filter((s) => s.desc !== 'body' && !s.indicator).map((s) => `${s.desc}: ${s.indicatorDetail}`);
    expect(missing, `keyboard stops on ${TOPIC} without a visible focus indicator`).toEqual([]);
    expect(stops.some((s) => s.inControls), 'Tab never reached the reading controls').toBe(true);
  });

  it('changes the language with the arrow keys', async () => {
    const start = await tabTo('mode');
    expect(start.value).toBe('both');
    await page.keyboard.press('ArrowLeft');
    let now = await focused();
    expect([now.name, now.value, now.checked]).toEqual(['mode', 'en', true]);
    expect((await view()).mode).toBe('en');
    await expect.poll(() => new URL(page.url()).searchParams.get('mode')).toBe('en');
    await page.keyboard.press('ArrowLeft');
    now = await focused();
    expect([now.name, now.value, now.checked]).toEqual(['mode', 'zh', true]);
    expect((await view()).mode).toBe('zh');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    now = await focused();
    expect([now.name, now.value, now.checked]).toEqual(['mode', 'both', true]);
    expect((await view()).mode).toBeUndefined();
  });

  it('changes the script with the arrow keys', async () => {
    const start = await tabTo('script');
    expect(start.value).toBe('hans');
    await page.keyboard.press('ArrowDown');
    let now = await focused();
    expect([now.name, now.value, now.checked]).toEqual(['script', 'hant', true]);
    expect((await view()).script).toBe('hant');
    await page.keyboard.press('ArrowUp');
    now = await focused();
    expect([now.name, now.value, now.checked]).toEqual(['script', 'hans', true]);
    expect((await view()).script).toBeUndefined();
  });

  it('toggles pinyin, tone numbers and tone colours with Space', async () => {
    await tabTo('pinyin');
    const expected: [string, string][] = [
      ['pinyin', 'on'],
      ['tones', 'num'],
      ['colours', 'on'],
    ];
    for (const [i, [name, value]] of expected.entries()) {
      if (i > 0) await page.keyboard.press('Tab');
      const before = await focused();
      expect([before.name, before.checked], `focus should be on the unticked “${name}” checkbox`).toEqual([name, false]);
      await page.keyboard.press('Space');
      expect((await focused()).checked, `Space should tick “${name}”`).toBe(true);
      expect((await view())[name], `data-${name} after Space`).toBe(value);
      await page.keyboard.press('Space');
      expect((await focused()).checked, `Space again should untick “${name}”`).toBe(false);
      expect((await view())[name], `data-${name} after a second Space`).toBeUndefined();
      await page.keyboard.press('Space');
    }
    expect(await view()).toMatchObject({ pinyin: 'on', tones: 'num', colours: 'on' });
  });
});
