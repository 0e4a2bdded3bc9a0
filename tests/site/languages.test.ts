import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { Edition } from '../../src/schemas/edition.ts';
import { freshPage, launchBrowser } from '../helpers/browser.ts';

const site = inject('siteUrl');
/** The edition the site was built from. */
const edition: Edition = JSON.parse(readFileSync('content/build/generated/edition.json', 'utf8'));
let browser: Awaited<ReturnType<typeof launchBrowser>>;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(async () => browser?.close());

const pages = ['/', '/reporters/', '/transcript/', '/about/', '/hant/transcript/', ...readdirSync('dist/topics', { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `/topics/${e.name}/`)];

describe('language tags for search engines and screen readers', () => {
  it('puts every run of Chinese inside a zh-tagged element and every English paragraph inside an en-tagged one', async () => {
    const page = await browser.context.newPage();
    for (const path of pages) {
      await page.goto(site + path);
      const problems = await page.evaluate(() => {
        const bad: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          const parent = node.parentElement!;
          if (parent.closest('script, style, rt')) continue;
          const lang = parent.closest('[lang]')?.getAttribute('lang') ?? '';
          if (/\p{Script=Han}/u.test(text) && !lang.startsWith('zh')) bad.push(`Chinese in lang="${lang}": ${text.slice(0, 20)}`);
          // An English word in a Chinese run (an acronym such as CGTN belongs to the Chinese text).
          if (/\p{Script=Han}/u.test(text) && text.match(/[A-Za-z]{4,}/g)?.some((w) => w !== w.toUpperCase())) bad.push(`mixed run: ${text.slice(0, 30)}`);
        }
        for (const en of document.querySelectorAll('.en')) if (en.closest('[lang]')?.getAttribute('lang') !== 'en') bad.push('English paragraph without lang="en"');
        for (const t of document.querySelectorAll('.hant')) if (!t.getAttribute('lang')?.startsWith('zh-Hant')) bad.push('traditional text without zh-Hant');
        const script = document.documentElement.dataset.script === 'hant' ? 'zh-Hant-TW' : 'zh-Hans';
        for (const t of document.querySelectorAll('.zh-run')) if (t.getAttribute('lang') !== script) bad.push(`a run of Chinese in lang="${t.getAttribute('lang')}" on a ${script} page: ${t.textContent?.slice(0, 20)}`);
        return bad;
      });
      expect(problems, path).toEqual([]);
    }
    await page.close();
  });
});

describe('the English-only view reads English first', () => {
  /** A page in a fresh tab, in the English-only view (or `mode`). */
  async function open(path: string, mode = 'en') {
    const page = await freshPage(browser.context, site);
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`${site}${path}?mode=${mode}`);
    return { page, close: () => page.close() };
  }
  /** Top edges of the first visible element of each selector. */
  const tops = (page: Page, ...selectors: string[]) =>
    page.evaluate((sels) => sels.map((s) => [...document.querySelectorAll(s)].find((e) => e.getClientRects().length > 0)?.getBoundingClientRect().top ?? NaN), selectors);

  it('sets the English title above the Chinese in one h1 on every page with a bilingual title, and the Chinese above it in both', async () => {
    for (const path of ['/topics/china-us/', '/', '/transcript/', '/reporters/', '/glossary/']) {
      const { page, close } = await open(path);
      expect(await page.locator('h1').count(), path).toBe(1);
      const [en, zh] = await tops(page, 'h1 > .title-en', 'h1 > .title-zh');
      expect(en, path).toBeLessThan(zh!);
      // The English is the title: larger than the Chinese under it.
      const [enSize, zhSize] = await page.evaluate(() => ['.title-en', '.title-zh'].map((s) => parseFloat(getComputedStyle(document.querySelector(`h1 > ${s}`)!).fontSize)));
      expect(enSize, path).toBeGreaterThan(zhSize!);
      await close();
    }
    const { page, close } = await open('/topics/china-us/', 'both');
    const [en, zh] = await tops(page, 'h1 > .title-en', 'h1 > .title-zh');
    expect(zh).toBeLessThan(en!);
    await close();
  });

  it('shows the topic page’s labels, contents and speaker lines in English only', async () => {
    const { page, close } = await open('/topics/china-us/');
    const visible = (selector: string) => page.locator(selector).evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).map((e) => (e as HTMLElement).innerText.trim()));
    const han = /\p{Script=Han}/u;
    for (const selector of ['.topic-header .eyebrow', '.topic-header .badge', '.answer-contents', '.speaker', '.para-head', '.topic-tools']) {
      for (const text of await visible(selector)) expect(text, selector).not.toMatch(han);
    }
    // Each entry of the contents is one link whose visible words are the English.
    const entries = await visible('.answer-contents li a');
    expect(entries.length).toBeGreaterThanOrEqual(4);
    for (const text of entries) expect(text).toMatch(/^¶ \d+ [A-Z]/);
    expect(await visible('.question .speaker')).toEqual([expect.stringMatching(/^Question 4 · .+ reporter, .+$/)]);
    // In both languages the Chinese label is back, first.
    await page.goto(`${site}/topics/china-us/?mode=both`);
    expect((await visible('.question .speaker'))[0]).toMatch(/^\p{Script=Han}/u);
    await close();
  });

  it('puts each topic’s English title before its Chinese in the home page’s list and the previous/next links', async () => {
    for (const [path, en, zh] of [
      ['/', '.topic-list li:nth-child(3) .topic-en', '.topic-list li:nth-child(3) .topic-zh'],
      ['/topics/china-us/', '.topic-nav .next .nav-en', '.topic-nav .next .nav-zh'],
    ] as const) {
      const { page, close } = await open(path);
      const [a, b] = await tops(page, en, zh);
      expect(a, path).toBeLessThan(b!);
      await close();
    }
  });
});

describe('glossary marks on the English', () => {
  it('opens the note of an English mark on a click, in the English-only and the bilingual view, and copies clean English', async () => {
    const { context, close } = await launchBrowser({ viewport: { width: 1366, height: 900 } });
    const page = await freshPage(context, site);
    for (const mode of ['en', 'both']) {
      await page.goto(`${site}/topics/china-us/?mode=${mode}`);
      const mark = page.locator('#china-us-a2 p.en a.term[data-term="three-principles"]');
      expect(await mark.innerText()).toBe('three principles');
      await mark.scrollIntoViewIfNeeded();
      await mark.click();
      await expect.poll(() => page.locator('#term-popover').isVisible()).toBe(true);
      expect(await page.locator('#term-popover').innerText()).toContain(await page.locator('#term-three-principles dd strong').innerText());
      expect(new URL(page.url()).hash).toBe('');
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('#term-popover').isVisible()).toBe(false);
    }
    // From the keyboard too: focus the mark, Enter opens it.
    await page.locator('#china-us-a2 p.en a.term').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#term-popover').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    // Selecting and copying the English gives the translation exactly.
    const copied = await page.evaluate(() => {
      const p = document.querySelector('#china-us-a2 p.en')!;
      getSelection()!.selectAllChildren(p);
      return getSelection()!.toString();
    });
    expect(copied).toBe(edition.topics.find((t) => t.slug === 'china-us')!.answer!.paragraphs[1]!.en);
    await page.close();
    await close();
  });
});

describe('the overview chart in the dark scheme', () => {
  it('underlines its links in a colour that stands out from the dark page', async () => {
    const { context, close } = await launchBrowser({ viewport: { width: 1366, height: 900 }, colorScheme: 'dark' });
    const page = await freshPage(context, site);
    await page.goto(`${site}/`);
    const links = await page.locator('.overview-chart a.overview-link').evaluateAll((as) =>
      as.map((a) => {
        const style = getComputedStyle(a);
        return { line: style.textDecorationLine, fill: style.fill, paper: getComputedStyle(document.documentElement).backgroundColor };
      }),
    );
    expect(links.length).toBeGreaterThan(10);
    /** WCAG relative luminance of an rgb() colour. */
    const luminance = (css: string) => {
      const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
        const c = Number(v) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    for (const { line, fill, paper } of links) {
      expect(line).toContain('underline');
      // The SVG underline is painted with the link's fill: it must contrast with the page (3:1, non-text contrast).
      const [hi, lo] = [luminance(fill), luminance(paper)].sort((a, b) => b - a);
      expect((hi! + 0.05) / (lo! + 0.05), `${fill} on ${paper}`).toBeGreaterThanOrEqual(3);
    }
    await page.close();
    await close();
  });
});
