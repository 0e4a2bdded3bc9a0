import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { freshPage, launchBrowser, runsSynced } from '../helpers/browser.ts';
import { edition } from '../helpers/site-edition.ts';
import { DEVICES } from '../helpers/views.ts';

/**
 * Quoting a sentence as a journalist does: point at it and see its
 * translation, open a sentence link, select and copy an attributed
 * quotation. Expected texts come from the edition document, not the page.
 */
const site = inject('siteUrl');
let browser: Awaited<ReturnType<typeof launchBrowser>>;
beforeAll(async () => {
  browser = await launchBrowser(DEVICES.desktop);
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site });
});
afterAll(async () => {
  await browser?.close();
});

const topic = edition.topics.find((t) => t.slug === 'china-us')!;
const paragraph = topic.answer!.paragraphs.find((p) => p.id === 'china-us-a4')!;
const zhOf = (n: number) => [...paragraph.zh.hans].slice(paragraph.sentences![n - 1]!.zh.from, paragraph.sentences![n - 1]!.zh.to).join('');
const enOf = (n: number) => paragraph.en.slice(paragraph.sentences![n - 1]!.en.from, paragraph.sentences![n - 1]!.en.to).trim();
const { facts } = edition;
const attribution = `${facts.speaker.en}, ${facts.event.en}, ${facts.venue.en}, ${facts.dateEn}, answer to ${topic.outlet!.en}, ¶ 4`;

/** Classes of both copies of a sentence group of china-us-a4: the Chinese, the English. */
const classes = (page: Page, n: number) =>
  page.$$eval(`#china-us-a4 .pair .s[data-s="${n}"]`, (els) => els.map((e) => `${e.closest('.en') ? 'en' : 'zh'}:${e.className}`));

/** Select, as a reader's drag would, from `from` characters into one element to `to` characters into another. */
async function select(page: Page, start: [string, number], end: [string, number]): Promise<void> {
  await page.evaluate(
    ([[a, i], [b, j]]) => {
      const at = (selector: string, offset: number): [Node, number] => {
        const walker = document.createTreeWalker(document.querySelector(selector)!, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (n.parentElement?.closest('rt') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT) });
        let left = offset;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const len = n.textContent!.length;
          if (left <= len) return [n, left];
          left -= len;
        }
        throw new Error(`no offset ${offset} in ${selector}`);
      };
      const range = document.createRange();
      range.setStart(...at(a, i));
      range.setEnd(...at(b, j));
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    },
    [start, end] as const,
  );
}

async function copyQuotation(page: Page): Promise<{ text: string; html: string }> {
  const button = page.locator('[data-quote-button]');
  await button.waitFor({ state: 'visible' });
  await button.click();
  await page.getByRole('button', { name: /Copy quotation/ }).click();
  await page.waitForFunction(() => document.querySelector('#quote-card button')?.textContent?.includes('Copied'));
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return { text: await (await item!.getType('text/plain')).text(), html: await (await item!.getType('text/html')).text() };
  });
}

describe('sentences and their translation', () => {
  it('checks a paragraph of several sentence groups', () => {
    expect(paragraph.sentences!.length).toBeGreaterThanOrEqual(3);
  });

  for (const layout of ['side', 'inter'] as const) {
    it(`highlight together when the reader points at one, without moving the text (layout=${layout})`, async () => {
      const page = await freshPage(browser.context, site);
      await page.goto(`${site}/topics/china-us/?layout=${layout}`);
      // The paragraph's place in the document (pointing scrolls the window, which is no movement of the text).
      const place = () => page.locator('#china-us-a4').evaluate((el) => {
        const r = el.getBoundingClientRect();
        return [r.left + scrollX, r.top + scrollY, r.width, r.height];
      });
      const before = await place();
      await page.locator('#china-us-a4 .zh .zh-run .s[data-s="2"]').hover();
      await expect.poll(() => classes(page, 2)).toEqual(['zh:s s-lit', 'en:s s-lit']);
      expect((await classes(page, 1)).every((c) => !c.includes('s-lit'))).toBe(true);
      await page.locator('#china-us-a4 .en .s[data-s="3"]').hover();
      await expect.poll(() => classes(page, 3)).toEqual(['zh:s s-lit', 'en:s s-lit']);
      expect((await classes(page, 2)).every((c) => !c.includes('s-lit'))).toBe(true);
      expect(await place()).toEqual(before);
      await page.close();
    });
  }

  it('highlight together when focus moves into a sentence (a glossary mark, a looked-up word)', async () => {
    const page = await freshPage(browser.context, site);
    await page.goto(`${site}/topics/china-us/`);
    const mark = page.locator('#china-us-a2 .zh .zh-run .s a.term').first();
    const n = await mark.evaluate((a) => (a.closest('.s') as HTMLElement).dataset.s);
    await mark.focus();
    await expect.poll(() => page.$$eval(`#china-us-a2 .pair .s[data-s="${n}"]`, (els) => els.every((e) => e.classList.contains('s-lit')))).toBe(true);
    await page.close();
  });

  it('open a sentence link in a fresh window on the sentence, marked with its translation', async () => {
    const fresh = await launchBrowser(DEVICES.desktop);
    const page = await fresh.context.newPage();
    await page.goto(`${site}/topics/china-us/#china-us-a4-s2`);
    await expect.poll(() => classes(page, 2)).toEqual(['zh:s s-target', 'en:s s-target']);
    const box = (await page.locator('#china-us-a4-s2').boundingBox())!;
    const header = (await page.locator('.site-header').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
    expect(box.y).toBeLessThan(900);
    await fresh.close();
  });
});

describe('the quote card', () => {
  it('copies a selected sentence with its English and attribution, as plain text and as HTML', async () => {
    const page = await freshPage(browser.context, site);
    await page.goto(`${site}/topics/china-us/`);
    await select(page, ['#china-us-a4 .zh .zh-run .s[data-s="2"]', 2], ['#china-us-a4 .zh .zh-run .s[data-s="2"]', 10]);
    const { text, html } = await copyQuotation(page);
    const link = `${site}/topics/china-us/#china-us-a4-s2`;
    expect(text).toBe(`“${zhOf(2)}”\n“${enOf(2)}”\n— ${attribution} — ${link}`);
    expect(html).toContain(`<blockquote lang="zh-Hans">${zhOf(2)}</blockquote>`);
    expect(html).toContain(`<a href="${link}">${attribution}</a>`);
    await page.close();
  });

  it('quotes exactly the sentences a selection spans, with the matching English, in the script on screen', async () => {
    const page = await freshPage(browser.context, site);
    await page.goto(`${site}/topics/china-us/?script=hant`);
    await runsSynced(page);
    await select(page, ['#china-us-a4 .zh .zh-run .s[data-s="1"]', 30], ['#china-us-a4 .zh .zh-run .s[data-s="2"]', 5]);
    const { text } = await copyQuotation(page);
    const hant = [...paragraph.zh.hant].slice(paragraph.sentences![0]!.zh.from, paragraph.sentences![1]!.zh.to).join('');
    expect(text.split('\n')[0]).toBe(`“${hant}”`);
    expect(text.split('\n')[1]).toBe(`“${enOf(1)} ${enOf(2)}”`);
    expect(text).toContain(`— ${attribution} — ${site}/topics/china-us/#china-us-a4`);
    expect(text).not.toContain(enOf(3));
    await page.close();
  });

  it('keeps a selection the mouse drags across the Chinese of a page just opened, and quotes it', async () => {
    const page = await freshPage(browser.context, site);
    await page.goto(`${site}/topics/china-us/`);
    await page.locator('#china-us-a4').scrollIntoViewIfNeeded();
    // Just inside the start of a character of a sentence group, on screen (the caret goes before it): the first of
    // group 1, the third of group 2.
    const point = (n: number, i: number) =>
      page.evaluate(
        ([n, i]) => {
          const text = document.createTreeWalker(document.querySelector(`#china-us-a4 .zh .zh-run .s[data-s="${n}"]`)!, NodeFilter.SHOW_TEXT).nextNode()!;
          const range = document.createRange();
          range.setStart(text, i);
          range.setEnd(text, i + 1);
          const r = range.getBoundingClientRect();
          return { x: r.left + r.width / 4, y: r.top + r.height / 2 };
        },
        [n, i] as const,
      );
    const [from, to] = [await point(1, 0), await point(2, 2)];
    // The press loads the dictionary lookup, which builds the first words of the paragraphs while the drag goes on.
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 8 });
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await page.mouse.up();
    await page.waitForFunction(() => document.querySelector('main p.zh .zh-run ruby[tabindex="0"]'));
    expect(await page.evaluate(() => String(getSelection()))).toBe(zhOf(1) + [...zhOf(2)].slice(0, 2).join(''));
    const { text } = await copyQuotation(page);
    expect(text.split('\n')[0]).toBe(`“${zhOf(1)}${zhOf(2)}”`);
    await page.close();
  });

  it('quotes a selection in the English as well', async () => {
    const page = await freshPage(browser.context, site);
    await page.goto(`${site}/topics/china-us/`);
    await select(page, ['#china-us-a4 .en .s[data-s="3"]', 4], ['#china-us-a4 .en .s[data-s="3"]', 40]);
    const { text } = await copyQuotation(page);
    expect(text.split('\n')[0]).toBe(`“${zhOf(3)}”`);
    expect(text.split('\n')[1]).toBe(`“${enOf(3)}”`);
    await page.close();
  });
});

describe('a paragraph’s Quote button', () => {
  it('quotes the whole paragraph from the keyboard, with the paragraph’s link', async () => {
    const page = await freshPage(browser.context, site);
    await page.goto(`${site}/topics/china-us/`);
    await page.locator('#china-us-a4 [data-quote-para]').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /Copy quotation/ }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/Copy quotation/);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#quote-card button')?.textContent?.includes('Copied'));
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toBe(`“${paragraph.zh.hans}”\n“${paragraph.en}”\n— ${attribution} — ${site}/topics/china-us/#china-us-a4`);
    await page.close();
  });
});
