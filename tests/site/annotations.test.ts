import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { freshPage, launchBrowser, gotoShown } from '../helpers/browser.ts';

const site = inject('siteUrl');
let browser: Awaited<ReturnType<typeof launchBrowser>>;
beforeAll(async () => (browser = await launchBrowser({ viewport: { width: 1280, height: 900 } })));
afterAll(async () => browser?.close());

async function open(path: string, ctx: BrowserContext = browser.context): Promise<Page> {
  const page = await freshPage(ctx, site);
  await gotoShown(page, site + path);
  return page;
}

const popover = (page: Page) => page.locator('#term-popover');
/** The first visible mark of a term in a paragraph. */
const term = (page: Page, paragraph: string, id: string) => page.locator(`#${paragraph} a.term[data-term="${id}"]:visible`).first();

describe('glossary notes at the point of reading', () => {
  it('opens a term’s note on a mouse click, beside the term, without moving the text', async () => {
    const page = await open('/topics/community-with-a-shared-future/');
    const para = page.locator('#community-with-a-shared-future-a1');
    const mark = term(page, 'community-with-a-shared-future-a1', 'community-with-a-shared-future-for-mankind');
    // In view first, so the only thing that could move the text is the note itself.
    await mark.scrollIntoViewIfNeeded();
    const before = await para.boundingBox();
    await mark.click();
    await expect.poll(() => popover(page).isVisible()).toBe(true);
    expect(await popover(page).innerText()).toContain('a community with a shared future for mankind');
    expect(await para.boundingBox()).toEqual(before);
    expect(new URL(page.url()).hash).toBe('');
    await page.keyboard.press('Escape');
    await expect.poll(() => popover(page).isVisible()).toBe(false);
    await page.close();
  });

  it('opens on a tap on a touch screen', async () => {
    const phone = await launchBrowser({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await open('/topics/artificial-intelligence/', phone.context);
    await term(page, 'artificial-intelligence-a3', 'small-yard-high-fence').tap();
    await expect.poll(() => popover(page).isVisible()).toBe(true);
    expect(await popover(page).innerText()).toContain('small yard, high fence');
    const box = (await popover(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await phone.close();
  });

  it('keeps a long note whole on a phone: the screen’s width, within the screen, clear of its term and the header', async () => {
    const phone = await launchBrowser({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await open('/topics/china-us/', phone.context);
    // A mark near the end of its line, whose note is long: the note must not be squeezed into the rest of the line.
    const mark = term(page, 'china-us-a2', 'three-principles');
    await mark.scrollIntoViewIfNeeded();
    await mark.tap();
    await expect.poll(() => popover(page).isVisible()).toBe(true);
    const [box, at, header] = [(await popover(page).boundingBox())!, (await mark.boundingBox())!, (await page.locator('.site-header').boundingBox())!];
    expect(at.x).toBeGreaterThan(390 / 2);
    expect(box.width).toBeGreaterThanOrEqual(390 - 32 - 1);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.y).toBeGreaterThanOrEqual(header.y + header.height);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    const clear = box.y >= at.y + at.height || box.y + box.height <= at.y;
    expect(clear).toBe(true);
    // A note longer than the room scrolls within itself.
    expect(await popover(page).evaluate((el) => el.scrollHeight <= el.clientHeight || getComputedStyle(el).overflowY === 'auto')).toBe(true);
    await phone.close();
  });

  it('opens when a keyboard user tabs onto a term, and closes when they move on', async () => {
    const page = await open('/topics/taiwan/');
    const marks = page.locator('#taiwan-a1 .zh > .zh-run a.term');
    await marks.nth(0).focus();
    // Tab on to the next term (word stops of the dictionary and paragraph links may come between).
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.matches('a.term') ?? false)) break;
    }
    expect(await page.evaluate(() => document.activeElement?.matches('a.term'))).toBe(true);
    await expect.poll(() => popover(page).isVisible()).toBe(true);
    const term = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.term);
    const en = await page.locator(`#term-${term} dd strong`).innerText();
    expect(await popover(page).innerText()).toContain(en);
    await page.keyboard.press('/');
    await expect.poll(() => popover(page).isVisible()).toBe(false);
    await page.close();
  });

  it('opens from the keyboard and gives focus back when closed', async () => {
    const page = await open('/topics/south-china-sea/');
    const mark = term(page, 'south-china-sea-q1', 'code-of-conduct-in-the-south-china-sea');
    await mark.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => popover(page).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('term-popover');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.term)).toBe('code-of-conduct-in-the-south-china-sea');
    await page.close();
  });

  it('keeps working with pinyin shown, in traditional script and in both-language mode', async () => {
    const page = await open('/topics/community-with-a-shared-future/?pinyin=on&script=hant');
    const mark = term(page, 'community-with-a-shared-future-a1', 'community-with-a-shared-future-for-mankind');
    expect(await mark.locator('xpath=ancestor::*[@lang][1]').getAttribute('lang')).toBe('zh-Hant-TW');
    expect(await mark.locator('rt').first().isVisible()).toBe(true);
    await mark.click();
    await expect.poll(() => popover(page).isVisible()).toBe(true);
    await page.close();
  });

  it('leads from the glossary page to every occurrence', async () => {
    const page = await open('/glossary/');
    const entry = page.locator('#small-yard-high-fence');
    await entry.getByRole('link').last().click();
    await page.waitForURL(/\/topics\/artificial-intelligence\/#artificial-intelligence-(a3|d2)$/);
    const id = new URL(page.url()).hash.slice(1);
    expect(await page.locator(`#${id} a.term[data-term="small-yard-high-fence"]`).count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe('editorial corrections', () => {
  it('marks the printed text and shows the source and corrected readings side by side', async () => {
    const page = await open('/topics/china-us/');
    const sic = page.locator('#china-us-a5 .zh-run a.sic');
    expect(await sic.innerText()).toContain('总是是一套');
    await sic.click();
    await page.waitForURL(/#fix-/);
    const note = page.locator(new URL(page.url()).hash);
    expect(await note.isVisible()).toBe(true);
    expect(await note.locator('.fix-source').innerText()).toBe('总是是一套');
    expect(await note.locator('.fix-corrected').innerText()).toBe('总是说一套');
    await page.close();
  });

  it('opens the digest apparatus to show what the digest leaves out', async () => {
    const page = await open('/topics/chinas-diplomacy/');
    const apparatus = page.locator('#chinas-diplomacy-d1 details.apparatus');
    await apparatus.locator('summary').click();
    expect(await apparatus.locator('del').allInnerTexts()).toContain('特色大国');
    await page.close();
  });
});
