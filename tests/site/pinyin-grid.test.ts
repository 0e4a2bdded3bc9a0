import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { buildRuby, launchBrowser, gotoShown } from '../helpers/browser.ts';
import { DEVICES, topicSlugs } from '../helpers/views.ts';
import { RENDER_NEAR } from '../../src/utils/render-near.ts';

/**
 * The pinyin view as a learner's reader sets it, measured from the boxes the
 * browser laid out: one syllable over each character, never closer than
 * 0.2em of the pinyin font to its neighbour, wider gaps between words than
 * within them, no syllable running into the line above, legible size and
 * contrast. Checked on every topic page, with tone marks and tone numbers.
 */
const site = inject('siteUrl');
let desktop: Awaited<ReturnType<typeof launchBrowser>>;
beforeAll(async () => {
  desktop = await launchBrowser(DEVICES.desktop);
});
afterAll(async () => {
  await desktop?.close();
});

interface Grid {
  syllables: number;
  /** Syllables paired with anything but one character. */
  unpaired: string[];
  /** Gaps between neighbouring syllables on a line, below 0.2em of their font: where, and the gap in em. */
  tight: string[];
  /** Syllables that run into the characters of the line above (their own character's em box is where ruby sits by design). */
  overlaps: string[];
  withinWord: number[];
  betweenWords: number[];
  smallestPx: number;
  lowestContrast: number;
}

/**
 * Measure the pinyin grid of every Chinese reading block and heading on the
 * page: all its ruby built (the page builds it as the reader scrolls), each
 * paragraph laid out as on screen (off screen they are not rendered).
 */
async function measure(page: Page): Promise<Grid> {
  await buildRuby(page);
  return page.evaluate((near) => {
    document.head.append(Object.assign(document.createElement('style'), { textContent: `.${near} { content-visibility: visible !important }` }));
    const luminance = (rgb: string) => {
      const [r, g, b] = rgb.match(/[\d.]+/g)!.slice(0, 3).map(Number).map((v) => v / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const backdrop = (el: Element | null): string => {
      for (; el; el = el.parentElement) {
        const bg = getComputedStyle(el).backgroundColor;
        if (!/^rgba\(.*, 0\)$|transparent/.test(bg)) return bg;
      }
      return 'rgb(255, 255, 255)';
    };
    const glyphs = (node: Node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return [...range.getClientRects()].filter((r) => r.width > 0);
    };
    const grid: Grid = { syllables: 0, unpaired: [], tight: [], overlaps: [], withinWord: [], betweenWords: [], smallestPx: Infinity, lowestContrast: Infinity };
    const blocks = [...document.querySelectorAll<HTMLElement>('main p.zh, main .title-zh, main .speaker')].filter((b) => b.offsetParent !== null);
    for (const block of blocks) {
      const rts = [...block.querySelectorAll('rt')].filter((rt) => rt.getClientRects().length > 0);
      const items = rts.map((rt) => {
        const text = glyphs(rt.firstChild!)[0]!;
        const style = getComputedStyle(rt);
        const base = rt.previousSibling;
        return { rt, text, em: parseFloat(style.fontSize), color: style.color, ruby: rt.parentElement!, base: base?.nodeType === Node.TEXT_NODE ? [...(base.textContent ?? '')].length : 0 };
      });
      const baseRects = [...block.querySelectorAll('ruby')].flatMap((ruby) => [...ruby.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).flatMap(glyphs));
      for (const [i, it] of items.entries()) {
        grid.syllables++;
        if (it.base !== 1) grid.unpaired.push(`${block.closest('[id]')?.id}: “${it.rt.textContent}” over ${it.base} characters`);
        grid.smallestPx = Math.min(grid.smallestPx, it.em);
        const ink = luminance(it.color);
        const paper = luminance(backdrop(it.rt));
        grid.lowestContrast = Math.min(grid.lowestContrast, (Math.max(ink, paper) + 0.05) / (Math.min(ink, paper) + 0.05));
        for (const b of baseRects) {
          if (b.top >= it.text.top) continue; // its own line (or one below)
          const x = Math.min(it.text.right, b.right) - Math.max(it.text.left, b.left);
          if (x > 0.5 && b.bottom > it.text.top + 0.5) grid.overlaps.push(`${block.closest('[id]')?.id}: “${it.rt.textContent}” runs into the line above`);
        }
        const next = items[i + 1];
        if (!next || Math.abs(next.text.top - it.text.top) > 2) continue; // the line ends here
        const gap = (next.text.left - it.text.right) / it.em;
        if (gap < 0.2) grid.tight.push(`${block.closest('[id]')?.id}: “${it.rt.textContent}” → “${next.rt.textContent}” ${gap.toFixed(2)}em`);
        (next.ruby === it.ruby ? grid.withinWord : grid.betweenWords).push(gap);
      }
    }
    return grid;
  }, RENDER_NEAR);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('pinyin on an even grid', () => {
  const slugs = topicSlugs();
  it('is checked on every topic page', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(19);
  });
  for (const tones of ['marks', 'num'] as const) {
    it(`keeps every syllable over its character, apart from its neighbours and clear of the line above (tones=${tones}, ${slugs.length} topic pages)`, async () => {
      const page = await desktop.context.newPage();
      const problems: string[] = [];
      let syllables = 0;
      for (const slug of slugs) {
        await gotoShown(page, `${site}/topics/${slug}/?pinyin=on&tones=${tones}&mode=both`);
        const grid = await measure(page);
        syllables += grid.syllables;
        problems.push(...grid.unpaired, ...grid.tight, ...grid.overlaps);
        expect(grid.smallestPx, `${slug}: smallest pinyin`).toBeGreaterThanOrEqual(11);
        expect(grid.lowestContrast, `${slug}: pinyin contrast`).toBeGreaterThanOrEqual(4.5);
        if (grid.withinWord.length > 20) expect(median(grid.betweenWords), `${slug}: word gaps wider than syllable gaps`).toBeGreaterThan(1.5 * median(grid.withinWord));
      }
      expect(syllables).toBeGreaterThan(5000);
      expect(problems.slice(0, 20)).toEqual([]);
      await page.close();
    });
  }

  it('keeps the grid in the dark scheme, at the largest text and pinyin sizes, with AA contrast', async () => {
    const dark = await launchBrowser({ ...DEVICES.desktop, colorScheme: 'dark' });
    const page = await dark.context.newPage();
    await gotoShown(page, `${site}/topics/chinas-diplomacy/?pinyin=on&size=xl&pysize=l`);
    const grid = await measure(page);
    expect(grid.syllables).toBeGreaterThan(500);
    expect([...grid.tight, ...grid.overlaps].slice(0, 10)).toEqual([]);
    expect(grid.lowestContrast).toBeGreaterThanOrEqual(4.5);
    // The large pinyin size: 0.78em of the text, and never under 13 px (on the smaller speaker lines).
    expect(grid.smallestPx).toBeGreaterThanOrEqual(13);
    await dark.close();
  });

  it('capitalises proper nouns: a name’s syllables that begin its parts', async () => {
    const page = await desktop.context.newPage();
    await gotoShown(page, `${site}/topics/chinas-diplomacy/?pinyin=on`);
    await buildRuby(page);
    const reading = (word: string) =>
      page.evaluate((w) => {
        for (const ruby of document.querySelectorAll('main .zh-run ruby')) {
          const base = [...ruby.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('');
          if (base === w) return [...ruby.querySelectorAll('rt')].map((rt) => rt.textContent).join(' ');
        }
        return null;
      }, word);
    expect(await reading('习近平')).toBe('Xí Jìn píng');
    expect(await reading('中国')).toBe('Zhōng guó');
    expect(await reading('外交')).toBe('wài jiāo');
    await page.close();
  });
});
