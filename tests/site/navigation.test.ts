import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { edition as content } from '../helpers/site-edition.ts';

const site = inject('siteUrl');
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.context.newPage();
  await page.goto(`${site}/404.html`);
  await page.evaluate(() => localStorage.clear());
});
afterAll(async () => browser?.close());

describe('the overview on the home page', () => {
  it('draws every topic in order, each linking to its topic page, with an accessible name', async () => {
    await page.goto(`${site}/`);
    const links = page.locator('.overview svg a');
    expect(await links.count()).toBe(content.topics.length);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(content.topics.map((t) => `/topics/${t.slug}/`));
    const name = await links.nth(4).getAttribute('aria-label');
    expect(name).toMatch(/^Question 4, Bloomberg: On China–US relations/);
  });

  it('takes the reader to the topic, its title and question in view, when a mark is clicked', async () => {
    await page.goto(`${site}/`);
    await page.locator('.overview svg a').nth(13).click();
    await page.waitForURL(/\/topics\/south-china-sea\/$/);
    const viewport = page.viewportSize()!;
    const title = await page.locator('h1').boundingBox();
    const question = await page.locator('#south-china-sea-question').boundingBox();
    expect(title!.y).toBeGreaterThanOrEqual(0);
    expect(question!.y).toBeLessThan(viewport.height);
    // Nothing is highlighted as the target of a link.
    expect(await page.evaluate(() => document.querySelector(':target'))).toBeNull();
  });
});

describe('keyboard shortcuts', () => {
  it('move between topics, toggle pinyin, script and language, and list themselves', async () => {
    await page.goto(`${site}/topics/china-us/`);
    await page.keyboard.press('y');
    expect(await page.evaluate(() => document.documentElement.dataset.pinyin)).toBe('on');
    await page.keyboard.press('t');
    expect(await page.evaluate(() => document.documentElement.dataset.script)).toBe('hant');
    await page.keyboard.press('l');
    expect(await page.evaluate(() => document.documentElement.dataset.mode)).toBe('zh');
    await page.keyboard.press('?');
    expect(await page.locator('#shortcuts-help').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('#shortcuts-help').isVisible()).toBe(false);
    await page.keyboard.press('n');
    await page.waitForURL(/\/topics\/multipolarity-and-globalization\//);
    await page.keyboard.press('p');
    await page.waitForURL(/\/topics\/china-us\//);
  });

  it('work the moment the list closes, while its close button may still have focus', async () => {
    await page.goto(`${site}/topics/china-us/`);
    // Chromium moves focus out of a closed dialog only at its next focus fix-up, so the reader's next key can come
    // from the list's close button. A shortcut that acts cancels its key's default: the return value says whether it did.
    const [whileOpen, afterClose] = await page.evaluate(() => {
      const help = document.querySelector<HTMLDialogElement>('#shortcuts-help')!;
      const button = help.querySelector('button')!;
      const press = () => !button.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', bubbles: true, cancelable: true }));
      help.showModal();
      const open = press();
      help.close();
      return [open, press()];
    });
    expect(whileOpen).toBe(false);
    expect(afterClose).toBe(true);
    await page.waitForURL(/\/topics\/multipolarity-and-globalization\//);
  });

  it('stay out of the way while the reader types in the search box', async () => {
    await page.goto(`${site}/topics/china-us/`);
    await page.locator('.site-search input').focus();
    await page.keyboard.type('ny');
    expect(await page.locator('.site-search input').inputValue()).toBe('ny');
    expect(page.url()).toMatch(/\/topics\/china-us\/$/);
  });
});
