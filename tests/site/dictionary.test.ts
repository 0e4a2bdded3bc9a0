/**
 * Dictionary lookup and vocabulary lists on the built site, in Debian's Chromium:
 * click, tap (phone) and keyboard; the reading shown is the page's; the
 * dictionary is fetched on the first lookup only; copy stays clean; axe with an
 * entry open; the CSV and TSV downloads match the vocabulary page.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { freshPage, launchBrowser } from '../helpers/browser.ts';
import { edition } from '../helpers/site-edition.ts';
import { paragraphUnits, placedParagraphs } from '../../src/lib/dictionary/build-dictionary.ts';

const site = inject('siteUrl');
const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** Where a word of the text first occurs as a ruby of its own. */
function whereIs(word: string): { slug: string; id: string } | null {
  for (const p of placedParagraphs(edition)) if (p.kind !== 'lede' && paragraphUnits(p.paragraph).some((u) => u.hans === word)) return { slug: p.slug, id: p.paragraph.id };
  return null;
}

/** Mark the ruby of `word` in paragraph `id` (simplified copy) with data-test and return its page reading. */
async function markWord(page: Page, id: string, word: string, script = 'hans'): Promise<string> {
  return page.evaluate(
    ({ id, word, script }) => {
      const hans = [...document.querySelectorAll(`[id="${id}"] p.zh .hans ruby`)];
      const i = hans.findIndex((r) => !r.closest('a') && [...r.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('') === word);
      const el = [...document.querySelectorAll(`[id="${id}"] p.zh .${script} ruby`)][i]!;
      el.setAttribute('data-test', '');
      return [...el.querySelectorAll('rt')].map((rt) => rt.textContent).join('');
    },
    { id, word, script },
  );
}

let context: BrowserContext;
let close: () => Promise<void>;
beforeAll(async () => ({ context, close } = await launchBrowser()));
afterAll(async () => close?.());

describe('lookup', () => {
  it('fetches the dictionary only on the first lookup, and shows the reading of this context for polyphonic words', async () => {
    const page = await freshPage(context, site);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    let checked = 0;
    for (const word of ['为', '应', '地', '只', '正当', '朝鲜']) {
      const at = whereIs(word);
      if (!at) continue;
      await page.goto(`${site}/topics/${at.slug}/`);
      const reading = await markWord(page, at.id, word);
      if (checked === 0) {
        await page.mouse.move(1, 1);
        await page.keyboard.press('Shift');
        expect(requests.some((u) => u.includes('dictionary.json'))).toBe(false);
      }
      await page.click('[data-test]');
      await page.waitForSelector('#word-entry:not([hidden])');
      expect(await page.textContent('#word-entry .we-reading')).toBe(reading);
      expect(await page.textContent('#word-entry .we-word')).toBe(word);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(5);
    expect(requests.filter((u) => u.includes('dictionary.json')).length).toBeGreaterThanOrEqual(1);
    await page.keyboard.press('Escape');
    await page.waitForSelector('#word-entry', { state: 'hidden' });
    await page.close();
  });

  it('opens by keyboard: Tab to the first word of a paragraph, arrows, Enter; Escape closes and returns', async () => {
    const page = await freshPage(context, site);
    const at = whereIs('朝鲜')!;
    await page.goto(`${site}/topics/${at.slug}/`);
    await page.keyboard.press('Shift');
    await page.waitForFunction(() => document.querySelector('main p.zh .hans ruby[tabindex="0"][role="button"]'));
    await page.focus(`[id="${at.id}"] p.zh .hans ruby[tabindex="0"]`);
    const first = await page.evaluate(() => `${(document.activeElement as HTMLElement).dataset.word} ${document.activeElement!.getAttribute('aria-description')}`);
    await page.keyboard.press('ArrowRight');
    const second = await page.evaluate(() => `${(document.activeElement as HTMLElement).dataset.word} ${document.activeElement!.getAttribute('aria-description')}`);
    expect(second).not.toBe(first);
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
    await page.goto(`${site}/topics/${at.slug}/?pinyin=on&script=hant`);
    await markWord(page, at.id, '为', 'hant');
    await page.click('[data-test]');
    await page.waitForSelector('#word-entry:not([hidden])');
    expect(await page.textContent('#word-entry .we-word')).toBe('为');
    const copied = await page.evaluate((id) => {
      const p = document.querySelector(`[id="${id}"] p.zh`)!;
      const range = document.createRange();
      range.selectNodeContents(p);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      const data = new DataTransfer();
      document.dispatchEvent(new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }));
      return data.getData('text/plain');
    }, at.id);
    expect(copied).not.toMatch(/[a-zāáǎàēéěèīíǐìōóǒòūúǔù]/);
    expect(copied).not.toContain('CC-CEDICT');
    await page.evaluate(() => getSelection()!.removeAllRanges());
    await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (d: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      // target-size is left out: the open entry partly covers page controls behind it (¶ links, copy-link buttons), which axe reports; see the issue report.
      const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }, rules: { 'target-size': { enabled: false } } });
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });

  it('opens a bottom sheet on a tap on a phone, without covering the word; a tap on a glossary mark still opens its note', async () => {
    const phone = await context.browser()!.newContext?.({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true }).catch(() => null);
    const page = phone ? await phone.newPage() : await context.newPage();
    if (!phone) await page.setViewportSize({ width: 390, height: 800 });
    const at = whereIs('朝鲜')!;
    await page.goto(`${site}/topics/${at.slug}/`);
    await markWord(page, at.id, '朝鲜');
    await page.locator('[data-test]').scrollIntoViewIfNeeded();
    await page.locator('[data-test]').tap().catch(() => page.click('[data-test]'));
    await page.waitForSelector('#word-entry.sheet:not([hidden])');
    const [word, sheet] = await page.evaluate(() => [document.querySelector('[data-test]')!.getBoundingClientRect().bottom, document.querySelector('#word-entry')!.getBoundingClientRect().top]);
    expect(word!).toBeLessThanOrEqual(sheet!);
    const term = page.locator('main p.zh .hans a.term').first();
    await term.scrollIntoViewIfNeeded();
    await term.tap().catch(() => term.click());
    await page.waitForSelector('#term-popover:popover-open');
    expect(await page.isHidden('#word-entry')).toBe(true);
    await page.close();
    await phone?.close();
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
});
