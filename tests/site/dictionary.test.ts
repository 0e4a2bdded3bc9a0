/**
 * Dictionary lookup and vocabulary lists on the built site, in Debian's Chromium:
 * click, tap (phone) and keyboard; the reading shown is the page's; the
 * dictionary is fetched on the first lookup only; copy stays clean; axe with an
 * entry open; the CSV and TSV downloads match the vocabulary page.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { buildRuby, freshPage, launchBrowser, copySelection, gotoShown } from '../helpers/browser.ts';
import { edition } from '../helpers/site-edition.ts';
import { paragraphUnits, placedParagraphs } from '../../src/lib/dictionary/build-dictionary.ts';
import { LOOKUP_KEYS } from '../../src/client/lookup-keys.ts';
import { RENDER_NEAR } from '../../src/utils/render-near.ts';

const site = inject('siteUrl');
const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** Where a word of the text first occurs as a ruby of its own. */
function whereIs(word: string): { slug: string; id: string } | null {
  for (const p of placedParagraphs(edition)) if (p.kind !== 'lede' && paragraphUnits(p.paragraph).some((u) => u.hans === word)) return { slug: p.slug, id: p.paragraph.id };
  return null;
}

/**
 * Have the ruby of paragraph `id` built, mark the ruby of `word` (its
 * simplified form, asked of the page as the lookup asks) with data-test, and
 * return its reading on the page.
 */
async function markWord(page: Page, id: string, word: string): Promise<string> {
  await buildRuby(page, `[id="${id}"] p.zh .zh-run`);
  return page.evaluate(
    ({ id, word }) => {
      const hansOf = (el: Element) => {
        const ask = new CustomEvent('zh:simplified', { bubbles: true, detail: { text: '' } });
        el.dispatchEvent(ask);
        return ask.detail.text;
      };
      const el = [...document.querySelectorAll(`[id="${id}"] p.zh .zh-run ruby`)].find((r) => !r.closest('a') && hansOf(r) === word)!;
      el.setAttribute('data-test', '');
      return [...el.querySelectorAll('rt')].map((rt) => rt.textContent).join('');
    },
    { id, word },
  );
}

/** The page's controls the open entry overlaps (none may be), or, for a bottom sheet, cuts through with its top edge. */
function coveredControls(page: Page, cutOnly = false): Promise<string[]> {
  return page.evaluate((cutOnly) => {
    const box = document.querySelector('#word-entry')!.getBoundingClientRect();
    const controls = [...document.querySelectorAll<HTMLElement>('a[href], button, summary, input, select, textarea, [tabindex]')].filter(
      (el) => !el.closest('#word-entry') && !el.closest('main p.zh, main p.en'),
    );
    return controls
      .filter((el) => {
        const r = el.getBoundingClientRect();
        if (!r.width || !r.height) return false;
        const overlaps = r.left < box.right && r.right > box.left && r.top < box.bottom && r.bottom > box.top;
        return overlaps && (!cutOnly || r.top < box.top);
      })
      .map((el) => el.outerHTML.slice(0, 100));
  }, cutOnly);
}

/** axe's target-size rule (WCAG 2.5.8) alone on the page as it is. */
async function targetSizeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (near) => {
    // Parts off screen are not rendered (content-visibility: auto), and the boxes a script asks of them
    // stand outside their placeholder: measure targets as they stand when a reader scrolls to them.
    const rendered = Object.assign(document.createElement('style'), { textContent: `.${near} { content-visibility: visible !important }` });
    document.head.append(rendered);
    const axe = (window as unknown as { axe: { run: (d: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'rule', values: ['target-size'] } });
    rendered.remove();
    return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  }, RENDER_NEAR);
}

let context: BrowserContext;
let close: () => Promise<void>;
beforeAll(async () => ({ context, close } = await launchBrowser()));
afterAll(async () => close?.());

describe('lookup', () => {
  it('fetches the dictionary only on the first lookup, and shows the reading of this context for polyphonic words', async () => {
    const page = await freshPage(context, site);
    let fetched = 0;
    page.on('request', (r) => void (r.url().includes('dictionary.json') && fetched++));
    let checked = 0;
    for (const word of ['为', '应', '地', '只', '正当', '朝鲜']) {
      const at = whereIs(word);
      if (!at) continue;
      await page.goto(`${site}/topics/${at.slug}/`);
      fetched = 0;
      const reading = await markWord(page, at.id, word);
      if (checked === 0) {
        // The lookup loaded and ready (its words labelled), and still no dictionary.
        await page.mouse.move(1, 1);
        await page.keyboard.press('Shift');
        await page.waitForFunction(() => document.querySelector('main p.zh .zh-run ruby[tabindex="0"][role="button"]'));
        expect(fetched).toBe(0);
      }
      await page.click('[data-test]');
      await page.waitForSelector('#word-entry:not([hidden])');
      expect(await page.textContent('#word-entry .we-reading')).toBe(reading);
      expect(await page.textContent('#word-entry .we-word')).toBe(word);
      if (checked === 0) {
        // A second lookup on the same page uses the dictionary already fetched.
        await page.keyboard.press('ArrowRight');
        await page.waitForFunction((w) => document.querySelector('#word-entry .we-word')?.textContent !== w, word);
        await page.waitForSelector('#word-entry:not([hidden])');
      }
      expect(fetched).toBe(1);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(5);
    await page.keyboard.press('Escape');
    await page.waitForSelector('#word-entry', { state: 'hidden' });
    await page.close();
  });

  it('looks up the word under a click on text whose ruby is not built yet, in the script on screen', async () => {
    const page = await freshPage(context, site);
    const at = whereIs('朝鲜')!;
    await page.goto(`${site}/topics/${at.slug}/?script=hant`);
    await page.locator(`[id="${at.id}"]`).scrollIntoViewIfNeeded();
    // Where 朝鮮 stands in the paragraph's text, found as a reader's eye finds it.
    const point = await page.evaluate((id) => {
      const run = document.querySelector(`[id="${id}"] p.zh .zh-run`)!;
      const walker = document.createTreeWalker(run, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const i = n.data.indexOf('朝鮮');
        if (i < 0 || n.parentElement!.closest('a, ruby')) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + 1);
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      return null;
    }, at.id);
    expect(point).not.toBeNull();
    expect(await page.locator(`[id="${at.id}"] ruby`).count()).toBe(0);
    await page.mouse.click(point!.x, point!.y);
    await page.waitForSelector('#word-entry:not([hidden])');
    // Headed by the dictionary's simplified form; named by the word as the reader sees it.
    expect(await page.textContent('#word-entry .we-word')).toBe('朝鲜');
    expect(await page.getAttribute('#word-entry', 'aria-label')).toMatch(/^朝鮮 /);
    await page.close();
  });

  it('opens by keyboard: Tab to the first word of a paragraph, arrows, Enter; Escape closes and returns', async () => {
    const page = await freshPage(context, site);
    const at = whereIs('朝鲜')!;
    await page.goto(`${site}/topics/${at.slug}/`);
    await page.keyboard.press('Shift');
    await page.waitForFunction(() => document.querySelector('main p.zh .zh-run ruby[tabindex="0"][role="button"]'));
    await page.focus(`[id="${at.id}"] p.zh .zh-run ruby[tabindex="0"]`);
    const first = await page.evaluate(() => `${(document.activeElement as HTMLElement).dataset.word} ${document.activeElement!.getAttribute('aria-description')}`);
    await page.keyboard.press('ArrowRight');
    const focused = () => page.evaluate(() => `${(document.activeElement as HTMLElement).dataset.word} ${document.activeElement!.getAttribute('aria-description')}`);
    await expect.poll(focused).not.toBe(first);
    const second = await focused();
    expect(second).toMatch(/^\S+ \S/);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#word-entry:not([hidden])');
    expect(await page.getAttribute('#word-entry', 'aria-label')).toBe(second);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('word-entry');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#word-entry', { state: 'hidden' });
    expect(await page.evaluate(() => `${(document.activeElement as HTMLElement).dataset.word} ${document.activeElement!.getAttribute('aria-description')}`)).toBe(second);
    await page.close();
  });

  it('keeps copy clean and passes axe with an entry open (traditional script, pinyin on, dark)', async () => {
    const page = await freshPage(context, site);
    await page.emulateMedia({ colorScheme: 'dark' });
    const at = whereIs('为')!;
    await gotoShown(page, `${site}/topics/${at.slug}/?pinyin=on&script=hant`);
    await markWord(page, at.id, '为');
    await page.click('[data-test]');
    await page.waitForSelector('#word-entry:not([hidden])');
    expect(await page.textContent('#word-entry .we-word')).toBe('为');
    const copied = await copySelection(page, `[id="${at.id}"] p.zh`);
    expect(copied).not.toMatch(/[a-zāáǎàēéěèīíǐìōóǒòūúǔù]/);
    expect(copied).not.toContain('CC-CEDICT');
    await page.evaluate(() => getSelection()!.removeAllRanges());
    await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (d: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });

  it('never covers a control (¶ links, copy-link buttons, the header): first and last words of paragraphs, near the top and the bottom of the window', async () => {
    const page = await freshPage(context, site);
    const slug = edition.topics.find((t) => t.kind === 'qa' && (t.answer?.paragraphs.length ?? 0) >= 6)!.slug;
    await page.goto(`${site}/topics/${slug}/`);
    await buildRuby(page);
    const ids = await page.$$eval('main .para[id]', (els) => els.map((e) => e.id).slice(0, 8));
    const problems: string[] = [];
    let checked = 0;
    for (const id of ids) {
      for (const [which, where] of [['last', 'end'], ['first', 'start'], ['last', 'center']] as const) {
        const found = await page.evaluate(
          ({ id, which, where }) => {
            document.querySelector('[data-test]')?.removeAttribute('data-test');
            const words = [...document.querySelectorAll(`[id="${id}"] p.zh .zh-run ruby`)].filter((r) => !r.closest('a'));
            const el = which === 'last' ? words.at(-1) : words[0];
            if (!el) return false;
            el.setAttribute('data-test', '');
            el.scrollIntoView({ block: where, behavior: 'instant' });
            return true;
          },
          { id, which, where },
        );
        if (!found) continue;
        await page.click('[data-test]');
        await page.waitForSelector('#word-entry:not([hidden])');
        const covered = await coveredControls(page);
        if (covered.length) problems.push(`${id} ${which} word at the ${where}: ${covered.join(' | ')}`);
        if (checked === 0 || covered.length) problems.push(...(await targetSizeViolations(page)));
        checked++;
        await page.keyboard.press('Escape');
      }
    }
    expect(checked).toBeGreaterThanOrEqual(12);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('opens a bottom sheet on a tap on a phone, without covering the word; a tap on a glossary mark still opens its note', async () => {
    const phone = await context.browser()!.newContext({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });
    const page = await phone.newPage();
    const at = whereIs('朝鲜')!;
    await page.goto(`${site}/topics/${at.slug}/`);
    await markWord(page, at.id, '朝鲜');
    await page.locator('[data-test]').scrollIntoViewIfNeeded();
    await page.locator('[data-test]').tap();
    await page.waitForSelector('#word-entry.sheet:not([hidden])');
    const [word, sheet] = await page.evaluate(() => [document.querySelector('[data-test]')!.getBoundingClientRect().bottom, document.querySelector('#word-entry')!.getBoundingClientRect().top]);
    expect(word!).toBeLessThanOrEqual(sheet!);
    expect(await coveredControls(page, true)).toEqual([]);
    const term = page.locator('main p.zh .zh-run a.term').first();
    await term.scrollIntoViewIfNeeded();
    await term.tap();
    await page.waitForSelector('#term-popover:popover-open');
    expect(await page.isHidden('#word-entry')).toBe(true);
    await phone.close();
  });
});

describe('the entry and the shortcuts help in both languages', () => {
  it('labels the entry in Chinese (in the script the reader chose) and English, from content/ui.yaml', async () => {
    const page = await freshPage(context, site);
    const at = whereIs('朝鲜')!;
    await page.goto(`${site}/topics/${at.slug}/?script=hant`);
    await markWord(page, at.id, '朝鲜');
    await page.click('[data-test]');
    await page.waitForSelector('#word-entry:not([hidden])');
    const close = edition.ui['lookupClose']!;
    expect(await page.getAttribute('#word-entry .we-close', 'aria-label')).toBe(`${close.zh!.hant} ${close.en}`);
    const appears = edition.ui['lookupAppears']!;
    const occ = page.locator('#word-entry .we-occ');
    expect(await occ.locator('.hant').first().textContent()).toMatch(new RegExp(`^${appears.zh!.hant.replace('{count}', '\\d+')}$`));
    expect(await occ.locator('.hant').first().isVisible()).toBe(true);
    expect(await occ.locator('.hans').first().isVisible()).toBe(false);
    expect(await occ.textContent()).toContain(appears.en.replace(/\{count\}.*/, ''));
    await page.close();
  });

  it('lists the lookup keys in the keyboard shortcuts help, the keys the lookup reacts to', async () => {
    const page = await freshPage(context, site);
    await page.goto(`${site}/`);
    const rows = await page.$$eval('#shortcuts-help dl > div', (divs) => divs.map((d) => [[...d.querySelectorAll('kbd')].map((k) => k.textContent!.trim()), d.querySelector('dd')!.textContent!.replace(/\s+/g, ' ').trim()] as const));
    const shown: Record<string, string> = { Enter: edition.ui['keyEnter']!.en, ' ': edition.ui['keySpace']!.en, Escape: edition.ui['keyEscape']!.en, ArrowLeft: '←', ArrowRight: '→' };
    for (const [action, keys] of Object.entries(LOOKUP_KEYS)) {
      const label = edition.ui[action]!;
      const row = rows.find(([, text]) => text.startsWith(label.en));
      expect(row, action).toBeDefined();
      expect(row![0]).toEqual(keys.map((k) => shown[k] ?? k));
      expect(row![1]).toContain(label.zh!.hans);
    }
    await page.close();
  });
});

describe('vocabulary downloads', () => {
  it('parse and match the vocabulary page', async () => {
    const slug = edition.topics.find((t) => t.kind === 'qa')!.slug;
    const page = await freshPage(context, site);
    await page.goto(`${site}/topics/${slug}/vocabulary/`);
    const words = await page.$$eval('table[data-vocab] tbody tr', (rows) => rows.map((r) => (r as HTMLTableRowElement).cells[1]!.textContent!.trim()));
    const csv = (await (await fetch(`${site}/topics/${slug}/vocabulary.csv`)).text()).replace(/^\uFEFF/, '');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('order,simplified,traditional,pinyin,gloss,hsk,count,first_paragraph');
    const parse = (line: string) => [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"')).slice(0, 8);
    expect(lines.slice(1).map((l) => parse(l)[1])).toEqual(words);
    const tsv = (await (await fetch(`${site}/topics/${slug}/vocabulary.tsv`)).text()).split('\n').filter((l) => l && !l.startsWith('#'));
    expect(tsv.map((l) => l.split('\t')[0])).toEqual(words);
    expect(tsv.every((l) => l.split('\t').length === 3 && l.split('\t')[1]!.split('<br>').length === 4)).toBe(true);
    await page.selectOption('select[name="sort"]', 'count');
    const counts = await page.$$eval('table[data-vocab] tbody tr', (rows) => rows.map((r) => Number((r as HTMLTableRowElement).cells[6]!.textContent)));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    await page.close();
  });

  it('has a traditional-script page, traditional forms first, linked from the traditional topic page, with the same words', async () => {
    const slug = edition.topics.find((t) => t.kind === 'qa')!.slug;
    const page = await freshPage(context, site);
    await page.goto(`${site}/hant/topics/${slug}/`);
    await page.click(`a[href$="/hant/topics/${slug}/vocabulary/"]`);
    await page.waitForURL(`**/hant/topics/${slug}/vocabulary/`);
    expect(await page.getAttribute('html', 'data-script')).toBe('hant');
    const cells = await page.$$eval('table[data-vocab] tbody tr', (rows) => rows.map((r) => [(r as HTMLTableRowElement).cells[1]!.textContent!.trim(), (r as HTMLTableRowElement).cells[2]!.textContent!.trim()]));
    const csv = (await (await fetch(`${site}/topics/${slug}/vocabulary.csv`)).text()).replace(/^\uFEFF/, '').trim().split('\r\n').slice(1);
    expect(cells.map(([, hans]) => hans)).toEqual(csv.map((l) => l.split(',')[1]));
    expect(cells.map(([hant]) => hant!.replace(/ \(.*\)$/, ''))).toEqual(csv.map((l) => l.split(',')[2]));
    expect(cells.some(([hant, hans]) => hant !== hans)).toBe(true);
    await page.close();
  });
});

describe('vocabulary list layout', () => {
  /** The largest vocabulary list, so that most of its rows start off screen. */
  const slug = 'chinas-diplomacy';
  /** Each column's left edge, per row, for the header row and the first `n` body rows. */
  const columnLefts = (page: Page, n: number) =>
    page.$$eval(
      'table[data-vocab] tr',
      (rows, n) => rows.slice(0, n + 1).map((r) => [...(r as HTMLTableRowElement).cells].map((c) => Math.round(c.getBoundingClientRect().left))),
      n,
    );

  it('lines its columns up on a desktop, head and rows, and keeps rows off screen from layout', async () => {
    const page = await freshPage(context, site);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${site}/topics/${slug}/vocabulary/`);
    const lefts = await columnLefts(page, 12);
    expect(lefts[0]).toHaveLength(7);
    for (const row of lefts) expect(row).toEqual(lefts[0]);
    expect(new Set(lefts[0]).size).toBe(7);
    const rendered = await page.$$eval('table[data-vocab] tbody tr', (rows) =>
      rows.map((r) => (r as HTMLTableRowElement).cells[1]!.checkVisibility({ contentVisibilityAuto: true })),
    );
    expect(rendered.length).toBeGreaterThan(200);
    expect(rendered[0]).toBe(true);
    expect(rendered.at(-1)).toBe(false);
    // A sort brings rows from far below on screen: they are laid out when they arrive.
    await page.selectOption('select[name="sort"]', 'count');
    await page.waitForFunction(() => (document.querySelector('table[data-vocab] tbody tr') as HTMLTableRowElement).cells[1]!.checkVisibility({ contentVisibilityAuto: true }));
    const sorted = await columnLefts(page, 12);
    for (const row of sorted) expect(row).toEqual(lefts[0]);
    await page.close();
  });

  it('finds the English of a row near the end, not yet laid out, as find-in-page does, and brings it on screen', async () => {
    const page = await freshPage(context, site);
    await page.goto(`${site}/topics/${slug}/vocabulary/`);
    const found = await page.evaluate(() => {
      const rows = [...document.querySelectorAll<HTMLTableRowElement>('table[data-vocab] tbody tr')];
      const all = document.body.textContent!;
      const once = (text: string) => all.indexOf(text) === all.lastIndexOf(text);
      // The last row whose English occurs nowhere else on the page, so that the first match is in it.
      const last = rows.reverse().find((r) => once(r.cells[4]!.textContent!.trim()))!;
      const gloss = last.cells[4]!.textContent!.trim();
      const before = last.cells[4]!.checkVisibility({ contentVisibilityAuto: true });
      const hit = (window as unknown as { find: (s: string) => boolean }).find(gloss);
      const row = getSelection()?.anchorNode?.parentElement?.closest('tr');
      const box = row?.getBoundingClientRect();
      return { before, hit, inLast: row === last, onScreen: !!box && box.bottom > 0 && box.top < innerHeight };
    });
    expect(found).toEqual({ before: false, hit: true, inLast: true, onScreen: true });
    await page.close();
  });

  it('folds each row into two lines on a phone, the English under the word, with nothing wider than the screen', async () => {
    const page = await freshPage(context, site);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${site}/hant/topics/${slug}/vocabulary/`);
    const rows = await page.$$eval('table[data-vocab] tbody tr', (trs) =>
      trs.slice(0, 12).map((tr) => {
        const [, word, , pinyin, gloss] = [...(tr as HTMLTableRowElement).cells].map((c) => c.getBoundingClientRect());
        return { word: word!, pinyin: pinyin!, gloss: gloss! };
      }),
    );
    for (const { word, pinyin, gloss } of rows) {
      expect(Math.abs(pinyin.top - word.top)).toBeLessThan(word.height);
      expect(gloss.top).toBeGreaterThanOrEqual(word.bottom - 1);
      expect(Math.round(gloss.left)).toBe(Math.round(word.left));
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.close();
  });

  it('is a table to a screen reader: column heads, rows and cells', async () => {
    const page = await freshPage(context, site);
    await page.goto(`${site}/topics/${slug}/vocabulary/`);
    const tree = await page.locator('table[data-vocab]').ariaSnapshot();
    expect(tree).toMatch(/^- table:/);
    for (const head of ['vocabularyWord', 'vocabularyPinyin', 'vocabularyGloss', 'vocabularyCount']) expect(tree).toContain(`columnheader "${edition.ui[head]!.en}"`);
    expect(tree).toMatch(/- row "1 \S+ \S+ /);
    expect(tree.match(/^\s+- row /gm)!.length).toBeGreaterThan(200);
    await page.close();
  });

  it('prints as a table with every row laid out, the head repeated on every page', async () => {
    const page = await freshPage(context, site);
    await page.goto(`${site}/topics/${slug}/vocabulary/`);
    await page.check('input[name="hide"]');
    // About the width of an A4 page's text block (print.css's margins).
    await page.setViewportSize({ width: 680, height: 960 });
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const table = document.querySelector<HTMLTableElement>('table[data-vocab]')!;
      const rows = [...table.tBodies[0]!.rows];
      const shown = rows.filter((r) => getComputedStyle(r).display !== 'none');
      return {
        display: getComputedStyle(table).display,
        head: getComputedStyle(table.tHead!).display,
        basicShown: shown.filter((r) => r.hasAttribute('data-basic')).length,
        basicRows: rows.filter((r) => r.hasAttribute('data-basic')).length,
        lastRendered: shown.at(-1)!.cells[1]!.checkVisibility({ contentVisibilityAuto: true }),
        lastLeft: [...shown.at(-1)!.cells].map((c) => Math.round(c.getBoundingClientRect().left)),
        firstLeft: [...shown[0]!.cells].map((c) => Math.round(c.getBoundingClientRect().left)),
        headPosition: getComputedStyle(table.tHead!).position,
        // Numbers, words and readings are never broken across lines (a cell laid out on one line has one line box).
        brokenCells: shown.flatMap((r) =>
          [r.cells[0]!, r.cells[1]!, r.cells[3]!].filter((c) => {
            const range = document.createRange();
            range.selectNodeContents(c);
            return new Set([...range.getClientRects()].map((b) => Math.round(b.top))).size > 1;
          }).map((c) => c.textContent),
        ),
      };
    });
    expect(printed.display).toBe('table');
    expect(printed.head).toBe('table-header-group');
    expect(printed.basicRows).toBeGreaterThan(0);
    expect(printed.basicShown).toBe(0);
    expect(printed.lastRendered).toBe(true);
    expect(printed.lastLeft).toEqual(printed.firstLeft);
    expect(printed.headPosition).toBe('static');
    expect(printed.brokenCells).toEqual([]);
    await page.close();
  });
});
