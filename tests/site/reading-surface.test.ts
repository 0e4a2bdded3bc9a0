import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { buildRuby, freshPage, launchBrowser, gotoShown } from '../helpers/browser.ts';
import { DEVICES } from '../helpers/views.ts';

const site = inject('siteUrl');
let desktop: Awaited<ReturnType<typeof launchBrowser>>;
let phone: Awaited<ReturnType<typeof launchBrowser>>;
beforeAll(async () => {
  desktop = await launchBrowser(DEVICES.desktop);
  phone = await launchBrowser(DEVICES.phone);
});
afterAll(async () => {
  await desktop?.close();
  await phone?.close();
});

/** Every paragraph's label box and text box on the page. */
async function labelGeometry(page: Page) {
  return page.$$eval('.para', (paras) =>
    paras
      .map((p) => {
        const label = p.querySelector(':scope > .para-head .para-link')!.getBoundingClientRect();
        const text = [...p.querySelectorAll(':scope > .pair > p')].map((x) => x.getBoundingClientRect()).filter((r) => r.height > 0);
        // The pair's own box: on narrow screens it carries the rule that links the interleaved languages.
        const pair = p.querySelector(':scope > .pair')!.getBoundingClientRect();
        return { id: p.id, label: { x: label.x, bottom: label.bottom, height: label.height }, textTop: Math.min(...text.map((r) => r.top)), textLeft: pair.left };
      })
      .filter((g) => g.label.height > 0),
  );
}

describe('paragraph labels', () => {
  for (const [device, browser] of [['desktop', () => desktop], ['phone', () => phone]] as const) {
    for (const mode of ['both', 'zh', 'en'] as const) {
      it(`stand directly above their own paragraph (${device}, mode=${mode})`, async () => {
        const page = await browser().context.newPage();
        // chinas-diplomacy: the longest answer; china-us: paragraphs rejoined across a page break (the longest source line).
        const geometry = [];
        for (const slug of ['chinas-diplomacy', 'china-us']) {
          await page.goto(`${site}/topics/${slug}/?mode=${mode}&pinyin=off`);
          geometry.push(...(await labelGeometry(page)));
        }
        expect(geometry.length).toBeGreaterThan(20);
        for (const g of geometry) {
          const gap = g.textTop - g.label.bottom;
          expect(gap, `${g.id}: label to its text`).toBeGreaterThanOrEqual(-1);
          expect(gap, `${g.id}: label to its text`).toBeLessThan(12);
          expect(Math.abs(g.label.x - g.textLeft), `${g.id}: label aligned with its text`).toBeLessThan(4);
        }
        await page.close();
      });
    }
  }

  it('name question, answer and digest paragraphs differently', async () => {
    const page = await desktop.context.newPage();
    await page.goto(`${site}/topics/china-us/`);
    const labels = await page.$$eval('.para', (ps) => ps.map((p) => [p.id, p.querySelector('.para-link')?.textContent?.trim()]));
    const of = (id: string) => labels.find(([x]) => x === id)?.[1];
    expect(of('china-us-q1')).toBe('Q1');
    expect(of('china-us-a1')).toBe('¶ 1');
    expect(of('china-us-a2')).toBe('¶ 2');
    expect(of('china-us-d1')).toBe('D1');
    await page.close();
  });
});

describe('the header on a phone', () => {
  it('reaches every page and the search box through one Menu button', async () => {
    const page = await phone.context.newPage();
    await page.goto(`${site}/topics/china-us/`);
    const toggle = page.locator('[data-menu-toggle]');
    const links = page.locator('.site-nav a');
    expect(await links.count()).toBe(6);
    await expect.poll(() => toggle.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await links.first().isVisible()).toBe(false);
    // The closed header takes one row, never wider than the screen.
    expect(await page.evaluate(() => document.querySelector('.site-header')!.scrollWidth)).toBeLessThanOrEqual(390);

    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    for (let i = 0; i < 6; i++) {
      const box = (await links.nth(i).boundingBox())!;
      expect(box.x, `link ${i}`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `link ${i}`).toBeLessThanOrEqual(390);
      expect(box.height, `link ${i} is a tap target`).toBeGreaterThanOrEqual(24);
    }
    expect(await page.locator('.site-menu input[name="q"]').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await links.first().isVisible()).toBe(false);
    await page.close();
  });

  it('shows every page link without JavaScript', async () => {
    const noJs = await launchBrowser({ ...DEVICES.phone, javaScriptEnabled: false });
    const page = await noJs.context.newPage();
    await page.goto(`${site}/`);
    const links = page.locator('.site-nav a');
    for (let i = 0; i < (await links.count()); i++) expect(await links.nth(i).isVisible(), `link ${i}`).toBe(true);
    expect(await page.locator('[data-menu-toggle]').isVisible()).toBe(false);
    await noJs.close();
  });
});

describe('the reading controls', () => {
  /** The height of what stays pinned at the top of the window (the sticky header, with the controls if open), as a share of the window. */
  const pinnedShare = (page: Page) =>
    page.evaluate(() => {
      const header = document.querySelector('.site-header')!.getBoundingClientRect();
      const panel = document.querySelector('[data-view-panel]')!.getBoundingClientRect();
      return Math.max(header.bottom, panel.bottom) / innerHeight;
    });

  for (const [device, browser, limit] of [['desktop', () => desktop, 0.1], ['phone', () => phone, 0.12]] as const) {
    it(`open over the page without moving the text, and fold away while reading (${device}: at most ${limit * 100} % pinned)`, async () => {
      const page = await browser().context.newPage();
      await gotoShown(page, `${site}/topics/chinas-diplomacy/?pinyin=on`);
      const toggle = page.locator('[data-view-toggle]');
      const heading = page.locator('main h1');
      const before = (await heading.boundingBox())!.y;
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      expect(await page.locator('[data-view-controls]').isVisible()).toBe(true);
      expect((await heading.boundingBox())!.y, 'the text did not move').toBe(before);
      const viewport = page.viewportSize()!;
      await page.mouse.move(viewport.width / 2, viewport.height - 40); // over the text, below the open controls
      await page.mouse.wheel(0, 600);
      await expect.poll(() => toggle.getAttribute('aria-expanded'), { message: 'scrolling on closes the controls' }).toBe('false');
      for (const y of [1500, 4000, 9000]) {
        await page.evaluate((to) => scrollTo(0, to), y);
        expect(await pinnedShare(page), `pinned while reading at ${y}px`).toBeLessThanOrEqual(limit);
      }
      await page.close();
    });
  }

  it('close with Escape (focus back on their button) and with their Close button', async () => {
    const page = await desktop.context.newPage();
    await page.goto(`${site}/topics/china-us/`);
    const toggle = page.locator('[data-view-toggle]');
    await toggle.click();
    await page.getByRole('radio', { name: '繁 Traditional' }).focus();
    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-view-toggle'))).toBe(true);
    await toggle.click();
    await page.locator('[data-view-close]').click();
    expect(await page.locator('[data-view-controls]').isVisible()).toBe(false);
    await page.close();
  });

  it('set the text size in four steps and the pinyin size in three, saved with the view', async () => {
    const page = await freshPage(desktop.context, site);
    await gotoShown(page, `${site}/topics/china-us/?pinyin=on`);
    await buildRuby(page, '#china-us-a1 p.zh > .zh-run');
    const sizes = () =>
      page.evaluate(() => {
        const zh = document.querySelector('#china-us-a1 p.zh')!;
        return { zh: parseFloat(getComputedStyle(zh).fontSize), en: parseFloat(getComputedStyle(document.querySelector('#china-us-a1 p.en')!).fontSize), py: parseFloat(getComputedStyle(zh.querySelector('rt')!).fontSize) };
      });
    const medium = await sizes();
    const choose = async (group: RegExp, name: string) => {
      await page.locator('[data-view-toggle]').click();
      await page.getByRole('group', { name: group }).getByRole('radio', { name, exact: true }).check();
      await page.keyboard.press('Escape');
    };
    const seen: number[] = [];
    for (const name of ['小 Small', '中 Medium', '大 Large', '特大 Largest']) {
      await choose(/^字号 Text size/, name);
      seen.push((await sizes()).zh);
    }
    expect(seen[1]).toBe(medium.zh);
    for (let i = 1; i < seen.length; i++) expect(seen[i], 'each step larger').toBeGreaterThan(seen[i - 1]!);
    expect((await sizes()).en).toBeGreaterThan(medium.en);
    await choose(/Pinyin size/, '大 Large');
    expect((await sizes()).py).toBeGreaterThan(medium.py);
    await expect.poll(() => new URL(page.url()).searchParams.get('size')).toBe('xl');
    await expect.poll(() => new URL(page.url()).searchParams.get('pysize')).toBe('l');
    await page.goto(`${site}/topics/taiwan/`);
    expect(await page.evaluate(() => [document.documentElement.dataset.size, document.documentElement.dataset.pysize])).toEqual(['xl', 'l']);
    await page.close();
  });
});

describe('the reporter index on a phone', () => {
  it('sets each question as a card at the full width of the screen', async () => {
    const page = await phone.context.newPage();
    await page.goto(`${site}/reporters/`);
    const widths = await page.$$eval('.reporter-table tbody tr td:last-child', (cells) => cells.map((c) => c.getBoundingClientRect().width));
    expect(widths.length).toBeGreaterThanOrEqual(14);
    for (const w of widths) expect(w).toBeGreaterThan(300);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.close();
  });
});

describe('finishing details', () => {
  it('sets the About page’s section headings as headings', async () => {
    const page = await desktop.context.newPage();
    await page.goto(`${site}/about/`);
    const [h2, p] = await page.evaluate(() => [document.querySelector('.prose h2'), document.querySelector('.prose p')].map((e) => parseFloat(getComputedStyle(e!).fontSize)));
    expect(h2!).toBeGreaterThan(p! * 1.1);
    await page.close();
  });

  it('opens the keyboard shortcuts in the middle of the window, and does not offer them on a phone', async () => {
    const page = await desktop.context.newPage();
    await page.goto(`${site}/topics/china-us/`);
    await page.keyboard.press('?');
    const dialog = page.locator('#shortcuts-help');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const box = (await dialog.boundingBox())!;
    const view = page.viewportSize()!;
    expect(Math.abs(box.x + box.width / 2 - view.width / 2)).toBeLessThan(view.width * 0.05);
    expect(Math.abs(box.y + box.height / 2 - view.height / 2)).toBeLessThan(view.height * 0.1);
    await page.close();
    const tab = await phone.context.newPage();
    await tab.goto(`${site}/topics/china-us/`);
    expect(await tab.locator('.site-footer [data-shortcuts-open]').isVisible()).toBe(false);
    await tab.close();
  });

  it('breaks the home page’s long Chinese title between words only, at every width', async () => {
    for (const browser of [desktop, phone]) {
      const page = await browser.context.newPage();
      await page.goto(`${site}/`);
      const words = await page.$$eval('h1 .zh-word', (ws) => ws.filter((w) => w.getClientRects().length > 0).map((w) => ({ text: w.textContent, lines: w.getClientRects().length })));
      expect(words.length).toBeGreaterThan(5);
      for (const w of words) expect(w.lines, w.text ?? '').toBe(1);
      await page.close();
    }
  });
});
