import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { freshPage, launchBrowser, setView, gotoShown } from '../helpers/browser.ts';

const site = inject('siteUrl');
let browser: Awaited<ReturnType<typeof launchBrowser>>;
beforeAll(async () => {
  browser = await launchBrowser({ viewport: { width: 1280, height: 800 } });
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site });
});
afterAll(async () => browser?.close());

const fresh = (): Promise<Page> => freshPage(browser.context, site);

/** Where an element sits relative to the viewport and the sticky header. */
async function placement(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel)!.getBoundingClientRect();
    const header = document.querySelector('.site-header')!.getBoundingClientRect();
    return { top: el.top, headerBottom: header.bottom, viewport: innerHeight };
  }, selector);
}

describe('deep links', () => {
  it('land on the paragraph just below the sticky header (1rem between), highlighted', async () => {
    const page = await fresh();
    await page.goto(`${site}/topics/south-china-sea/#south-china-sea-a3`);
    // The page scrolls again once the header's height is known, so wait for it.
    const justBelow = (p: Awaited<ReturnType<typeof placement>>) => p.top >= p.headerBottom - 1 && p.top <= p.headerBottom + 20;
    await expect.poll(() => placement(page, '#south-china-sea-a3'), { timeout: 10_000 }).toSatisfy(justBelow);
    const background = await page.locator('#south-china-sea-a3').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    // A key term's entry, an answer section and a paragraph of the transcript land the same way.
    const targets: [string, string][] = [
      ['/topics/chinas-diplomacy/', '#term-global-south'],
      ['/topics/ukraine/', '#ukraine-answer'],
      ['/transcript/', '#taiwan-a4'],
    ];
    for (const [path, target] of targets) {
      await page.goto(`${site}${path}${target}`);
      await expect.poll(() => placement(page, target), { timeout: 10_000 }).toSatisfy(justBelow);
    }
    await page.close();
  });

  it('land on a sentence of a paragraph, below the sticky header', async () => {
    const page = await fresh();
    await page.goto(`${site}/topics/china-us/#china-us-a4-s2`);
    const sentence = '#china-us-a4-s2';
    await expect
      .poll(() => placement(page, sentence), { timeout: 10_000 })
      .toSatisfy((p: Awaited<ReturnType<typeof placement>>) => p.top >= p.headerBottom - 1 && p.top < p.viewport / 2);
    // The anchor is the Chinese of the second sentence group; its English counterpart carries the same number.
    expect(await page.locator(sentence).evaluate((el) => [el.closest('.zh .zh-run') !== null, (() => {
      const copy = el.cloneNode(true) as Element; // its characters, without the pinyin
      copy.querySelectorAll('rt').forEach((rt) => rt.remove());
      return copy.textContent;
    })()])).toEqual([true, '习近平主席深刻阐明了中方对中美关系的基本方针和原则立场。']);
    expect(await page.locator('#china-us-a4 .en .s[data-s="2"]').textContent()).toBe("President Xi Jinping expounded in depth China's basic guidelines and principled position on China–US relations.");
    await page.close();
  });

  it('land on the sentence in the script of the route, and on its English when the Chinese is hidden', async () => {
    const below = (p: { top: number; headerBottom: number; viewport: number }) => p.top >= p.headerBottom - 1 && p.top < p.viewport / 2;
    // The traditional route carries its anchors on its own (traditional) text.
    const page = await fresh();
    await page.goto(`${site}/hant/topics/china-us/#china-us-a4-s3`);
    await expect.poll(() => placement(page, '#china-us-a4-s3'), { timeout: 10_000 }).toSatisfy(below);
    expect(await page.locator('#china-us-a4-s3').evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('zh-Hant-TW');
    await page.close();
    // In the English-only view the anchored Chinese is hidden: land on its English.
    const en = await fresh();
    await en.goto(`${site}/topics/china-us/?mode=en#china-us-a4-s3`);
    expect(await en.locator('#china-us-a4-s3').isVisible()).toBe(false);
    await expect.poll(() => placement(en, '#china-us-a4 .en .s[data-s="3"]'), { timeout: 10_000 }).toSatisfy(below);
    await en.close();
  });

  it('open in the view they were shared in', async () => {
    const page = await fresh();
    await gotoShown(page, `${site}/topics/taiwan/?script=hant&pinyin=on&mode=zh#taiwan-a2`);
    expect(await page.evaluate(() => ({ ...document.documentElement.dataset }))).toMatchObject({ script: 'hant', pinyin: 'on', mode: 'zh' });
    await expect.poll(() => page.locator('#taiwan-a2 .zh > .zh-run').getAttribute('lang')).toBe('zh-Hant-TW');
    await expect.poll(() => page.locator('#taiwan-a2 .zh rt').count()).toBeGreaterThan(0);
    expect(await page.locator('#taiwan-a2 .en').isVisible()).toBe(false);
    const { top, headerBottom } = await placement(page, '#taiwan-a2');
    expect(top).toBeGreaterThanOrEqual(headerBottom - 1);
    await page.close();
  });

  it('copy a paragraph’s link with the current view, and say so', async () => {
    const page = await fresh();
    await page.goto(`${site}/topics/china-us/`);
    await setView(page, 'checkbox', { name: '显示 Show' });
    await page.locator('#china-us-a5').hover();
    const button = page.getByRole('button', { name: 'Copy link to paragraph 5' }).first();
    expect(await button.isVisible()).toBe(true);
    await button.click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const url = new URL(copied);
    expect(url.pathname).toBe('/topics/china-us/');
    expect(url.hash).toBe('#china-us-a5');
    expect(url.searchParams.get('pinyin')).toBe('on');
    // The whole view travels with the link, so it opens the same for a reader with other saved settings.
    expect(Object.fromEntries(url.searchParams)).toEqual({ mode: 'both', layout: 'side', script: 'hans', pinyin: 'on', tones: 'marks', colours: 'off', size: 'm', pysize: 'm' });
    expect(await page.locator('#copy-status').innerText()).toContain('Link copied');
    await page.close();
  });

  it('copy a plain address, without view options, when the view is the page’s default one', async () => {
    const page = await fresh();
    await page.goto(`${site}/topics/china-us/`);
    await page.locator('#china-us-a3').hover();
    await page.getByRole('button', { name: 'Copy link to paragraph 3' }).first().click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site}/topics/china-us/#china-us-a3`);
    await page.close();
  });

  it('copy an answer’s link from the keyboard', async () => {
    const page = await fresh();
    await page.goto(`${site}/topics/ukraine/`);
    const button = page.getByRole('button', { name: 'Copy link to this answer' });
    await button.focus();
    await page.keyboard.press('Enter');
    expect(new URL(await page.evaluate(() => navigator.clipboard.readText())).hash).toBe('#ukraine-answer');
    await page.close();
  });

  it('support text fragments on the Chinese and on the English', async () => {
    const page = await fresh();
    // The browser scrolls to a text fragment after the page has loaded: wait for the paragraph to come into view.
    const inView = (selector: string) =>
      page.evaluate((sel) => {
        const el = document.querySelector(sel)!.getBoundingClientRect();
        return el.top >= 0 && el.top < innerHeight;
      }, selector);
    await page.goto(`${site}/topics/china-eu/#:~:text=${encodeURIComponent('一路绿灯')}`);
    await expect.poll(() => inView('#china-eu-a3'), { timeout: 10_000 }).toBe(true);
    await page.goto(`${site}/topics/china-eu/#:~:text=${encodeURIComponent('reaching a crossroads')}`);
    await expect.poll(() => inView('#china-eu-a2'), { timeout: 10_000 }).toBe(true);
    await page.close();
  });

  it('follow an alias when a published anchor was renamed', async () => {
    // Serve the page as if content/data/anchor-aliases.yaml mapped old-name → china-us-a2.
    const page = await fresh();
    await page.route(`${site}/topics/china-us/`, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace('<main id="main"', `<main id="main" data-anchor-aliases='{"old-name":"china-us-a2"}'`);
      await route.fulfill({ response, body });
    });
    await page.goto(`${site}/topics/china-us/#old-name`);
    await page.waitForFunction(() => location.hash === '#china-us-a2');
    const { top, headerBottom } = await placement(page, '#china-us-a2');
    expect(top).toBeGreaterThanOrEqual(headerBottom - 1);
    await page.close();
  });
});
