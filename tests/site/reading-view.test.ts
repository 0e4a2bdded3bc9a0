import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { copySelection, freshPage, launchBrowser, layoutShifted, recordLayoutShifts, runsSynced, setView, gotoShown } from '../helpers/browser.ts';
import { edition } from '../helpers/site-edition.ts';

const site = inject('siteUrl');
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser({ viewport: { width: 1280, height: 900 } });
  context = browser.context;
});
afterAll(async () => browser?.close());

/** Open a page as a first-time reader (no saved view). */
async function open(path: string, ctx: BrowserContext = context): Promise<Page> {
  const page = await freshPage(ctx, site);
  await gotoShown(page, site + path);
  return page;
}

const display = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).display);

describe('reading a topic page', () => {
  it('shows pinyin when the reader ticks “Show”, and the link then carries the view', async () => {
    const page = await open('/topics/china-us/');
    // The page ships the pinyin as data: no ruby until the reader asks for it.
    expect(await page.locator('main rt').count()).toBe(0);
    await page.locator('#china-us-a1').scrollIntoViewIfNeeded();
    await setView(page, 'checkbox', { name: '显示 Show' });
    expect(await page.evaluate(() => document.documentElement.dataset.pinyin)).toBe('on');
    expect(await display(page, '#china-us-a1 .zh-run rt')).not.toBe('none');
    // One syllable over each Han character of the paragraph.
    const [han, rts] = await page.locator('#china-us-a1 .zh > .zh-run').evaluate((run) => [[...(run.textContent ?? '')].filter((c) => /\p{Script=Han}/u.test(c)).length - [...run.querySelectorAll('rt')].reduce((n, rt) => n + [...(rt.textContent ?? '')].filter((c) => /\p{Script=Han}/u.test(c)).length, 0), run.querySelectorAll('rt').length]);
    expect(rts).toBe(han);
    await expect.poll(() => new URL(page.url()).searchParams.get('pinyin')).toBe('on');
    await page.close();
  });

  it('switches to traditional characters with the Chinese language tag for them', async () => {
    const page = await open('/topics/taiwan/');
    const run = page.locator('#taiwan-a1 .zh > .zh-run');
    expect(await run.innerText()).toContain('台湾');
    await setView(page, 'radio', { name: '繁 Traditional' });
    await runsSynced(page);
    expect(await run.innerText()).toContain('臺灣');
    expect(await run.getAttribute('lang')).toBe('zh-Hant-TW');
    // Interface labels follow the chosen script too.
    expect(await page.locator('.site-header nav').innerText()).toContain('話題');
    await page.close();
  });

  it('switches a paragraph’s labels with its text: on screen in the same frame, far below by the time the page is in line', async () => {
    const page = await open('/transcript/');
    await runsSynced(page);
    // The paragraphs' “Copy link” labels: the one label of a paragraph's head whose traditional form differs.
    const label = edition.ui['copyLink']!.zh!;
    expect(label.hant).not.toBe(label.hans);
    const seen = await page.evaluate(async () => {
      // The page's observer of what is near has made its first report: observers report in the order they were
      // made, so one made now has its first report after it.
      await new Promise<void>((r) => {
        const io = new IntersectionObserver(() => (io.disconnect(), r()));
        io.observe(document.body);
      });
      const labels = [...document.querySelectorAll<HTMLElement>('.para .para-head .zh-run')];
      const onScreen = labels.find((l) => {
        const box = l.closest('.para')!.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight;
      })!;
      const last = labels.at(-1)!;
      onScreen.dataset.test = 'near';
      last.dataset.test = 'far';
      document.querySelector<HTMLInputElement>('form[data-view-controls] input[name="script"][value="hant"]')!.click();
      return new Promise<{ near: string; nearLang: string }>((done) =>
        requestAnimationFrame(() => done({ near: onScreen.textContent!, nearLang: onScreen.lang })),
      );
    });
    expect(seen).toEqual({ near: label.hant, nearLang: 'zh-Hant-TW' });
    await runsSynced(page);
    const far = page.locator('[data-test="far"]');
    expect(await far.getAttribute('lang')).toBe('zh-Hant-TW');
    expect(await far.textContent()).toBe(label.hant);
    await page.close();
  });

  it('offers Chinese only, English only and both, side by side on a wide screen', async () => {
    const page = await open('/topics/china-eu/');
    const zh = page.locator('#china-eu-a1 .zh');
    const en = page.locator('#china-eu-a1 .en');
    const [zb, eb] = [await zh.boundingBox(), await en.boundingBox()];
    expect(eb!.x).toBeGreaterThan(zb!.x + zb!.width - 1);
    await setView(page, 'radio', { name: '中文', exact: true });
    expect(await en.isVisible()).toBe(false);
    expect(await zh.isVisible()).toBe(true);
    await setView(page, 'radio', { name: 'English', exact: true });
    expect(await zh.isVisible()).toBe(false);
    expect(await en.isVisible()).toBe(true);
    await expect.poll(() => new URL(page.url()).searchParams.get('mode')).toBe('en');
    await page.close();
  });

  it('sets the languages side by side or interleaved on a wide screen, as the reader chooses', async () => {
    const page = await open('/topics/china-eu/');
    const zh = page.locator('#china-eu-a1 .zh');
    const en = page.locator('#china-eu-a1 .en');
    let [zb, eb] = [(await zh.boundingBox())!, (await en.boundingBox())!];
    expect(eb.x, 'side by side by default').toBeGreaterThan(zb.x + zb.width - 1);
    await setView(page, 'radio', { name: '交错 Interleaved' });
    [zb, eb] = [(await zh.boundingBox())!, (await en.boundingBox())!];
    expect(eb.y, 'the English below its Chinese').toBeGreaterThan(zb.y + zb.height - 1);
    expect(Math.abs(eb.x - zb.x), 'in one column').toBeLessThan(2);
    await expect.poll(() => new URL(page.url()).searchParams.get('layout')).toBe('inter');
    await page.close();
  });

  it('interleaves the pairs on a phone-sized screen, and switches language there too', async () => {
    const phone = await launchBrowser({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await open('/topics/china-eu/', phone.context);
    const [zb, eb] = [await page.locator('#china-eu-a1 .zh').boundingBox(), await page.locator('#china-eu-a1 .en').boundingBox()];
    expect(eb!.y).toBeGreaterThan(zb!.y + zb!.height - 1);
    // The controls fold behind a button on a phone.
    expect(await page.locator('[data-view-controls]').isVisible()).toBe(false);
    await page.getByRole('button', { name: /Reading view/ }).click();
    expect(await page.locator('[data-view-controls]').isVisible()).toBe(true);
    await setView(page, 'radio', { name: 'English', exact: true });
    expect(await page.locator('#china-eu-a1 .zh').isVisible()).toBe(false);
    expect(await page.locator('#china-eu-a1 .en').isVisible()).toBe(true);
    await setView(page, 'radio', { name: '中文', exact: true });
    expect(await page.locator('#china-eu-a1 .zh').isVisible()).toBe(true);
    expect(await page.locator('#china-eu-a1 .en').isVisible()).toBe(false);
    await phone.close();
  });

  it('shows tone numbers and tone colours on request', async () => {
    const page = await open('/topics/china-us/?pinyin=on');
    await page.locator('#china-us-a1').scrollIntoViewIfNeeded();
    const rt = page.locator('#china-us-a1 .zh-run rt').first();
    // 中美 (China–US) is a name: Zhōng Měi.
    expect(await rt.innerText()).toBe('Zhōng');
    await setView(page, 'checkbox', { name: 'Tone numbers (a1)' });
    await expect.poll(() => rt.innerText()).toBe('Zhong1');
    const before = await rt.evaluate((el) => getComputedStyle(el).color);
    await setView(page, 'checkbox', { name: 'Tone colours' });
    expect(await rt.evaluate((el) => getComputedStyle(el).color)).not.toBe(before);
    await setView(page, 'checkbox', { name: 'Tone numbers (a1)' }, false);
    await expect.poll(() => rt.innerText()).toBe('Zhōng');
    await page.close();
  });

  it('remembers the view on the next visit, and a shared link opens in the sender’s view', async () => {
    const page = await open('/topics/ukraine/');
    await setView(page, 'radio', { name: '繁 Traditional' });
    await setView(page, 'checkbox', { name: '顯示 Show' });
    const shared = page.url();
    await page.goto(`${site}/topics/taiwan/`);
    expect(await page.evaluate(() => ({ ...document.documentElement.dataset }))).toMatchObject({ script: 'hant', pinyin: 'on' });
    await page.close();

    const other = await launchBrowser();
    const recipient = await open(new URL(shared).pathname + new URL(shared).search, other.context);
    expect(await recipient.evaluate(() => ({ ...document.documentElement.dataset }))).toMatchObject({ script: 'hant', pinyin: 'on' });
    const plain = await open('/topics/ukraine/', other.context);
    expect(await plain.evaluate(() => document.documentElement.dataset.script ?? 'hans')).toBe('hans');
    await other.close();
  });

  it('copies clean Chinese without pinyin and without the hidden script', async () => {
    const page = await open('/topics/china-us/?pinyin=on&mode=zh');
    const copied = await copySelection(page, '#china-us-a1 .zh');
    expect(copied).toBe('中美关系关乎两国人民福祉，关乎人类和世界前途。无论国际风云如何变幻，中国始终保持对美政策的稳定性和连续性，始终本着对历史、对人民、对世界负责的态度处理中美关系。');
    await page.close();
  });

  it('copies several paragraphs as clean text: no pinyin, buttons, source lines or notes', async () => {
    const page = await open('/topics/china-us/?pinyin=on&mode=zh');
    const copied = await copySelection(page, '#china-us-a4', '#china-us-a5');
    expect(copied).toContain('去年11月，中美元首在旧金山举行历史性会晤');
    expect(copied).toContain('美国如果总是是一套、做一套');
    expect(copied).not.toMatch(/Copy link|复制链接|Full transcript|Source reads|zhōng|¶/);
    expect(copied).not.toMatch(/[A-Za-z]{4,}/);
    await page.close();
  });

  it('offers Hong Kong forms as well as Taiwan ones', async () => {
    const page = await open('/topics/taiwan/');
    await setView(page, 'radio', { name: '港 Hong Kong' });
    const run = page.locator('#taiwan-a1 .zh > .zh-run');
    await runsSynced(page);
    expect(await run.getAttribute('lang')).toBe('zh-Hant-HK');
    const text = await run.innerText();
    expect(text).toContain('台灣');
    expect(text).not.toContain('臺灣');
    await setView(page, 'radio', { name: '繁 Traditional' });
    await runsSynced(page);
    expect(await run.innerText()).toContain('臺灣');
    expect(await run.getAttribute('lang')).toBe('zh-Hant-TW');
    await page.close();
  });

  it('lets a reader of a traditional route switch to simplified and keep it on reload and in the address', async () => {
    const page = await open('/hant/topics/taiwan/');
    expect(await page.evaluate(() => document.documentElement.dataset.script)).toBe('hant');
    await setView(page, 'radio', { name: /Simplified/ });
    await expect.poll(() => new URL(page.url()).searchParams.get('script')).toBe('hans');
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.script ?? 'hans')).toBe('hans');
    await runsSynced(page);
    const run = page.locator('#taiwan-a1 .zh > .zh-run');
    expect(await run.innerText()).toContain('台湾');
    expect(await run.getAttribute('lang')).toBe('zh-Hans');
    await page.close();
  });

  it('finds text anywhere on a long page, in the script on screen, as find-in-page does', async () => {
    // The transcript's last answer paragraph: off screen at load, so not yet laid out.
    const last = edition.topics.filter((t) => t.answer).at(-1)!.answer!.paragraphs.at(-1)!;
    const at = [...last.zh.hans].findIndex((c, i) => c !== [...last.zh.hant][i]);
    const [hans, hant] = [last.zh.hans, last.zh.hant].map((z) => [...z].slice(Math.max(0, at - 4), at + 4).join('')) as [string, string];
    const find = (page: Page, text: string) =>
      page.evaluate((text) => {
        const found = (window as unknown as { find: (s: string) => boolean }).find(text);
        const para = getSelection()?.anchorNode?.parentElement?.closest('.para');
        const box = para?.getBoundingClientRect();
        return { found, para: para?.id ?? null, onScreen: !!box && box.bottom > 0 && box.top < innerHeight };
      }, text);
    const page = await open('/transcript/');
    expect(await find(page, hans)).toEqual({ found: true, para: last.id, onScreen: true });
    await page.close();
    const traditional = await open('/transcript/?script=hant');
    await runsSynced(traditional);
    expect(await find(traditional, hant)).toEqual({ found: true, para: last.id, onScreen: true });
    await traditional.close();
  });

  /**
   * The page's stylesheets without the two-second fallback that shows the text of a page opened with pinyin whatever
   * happens (reading.css): a busy machine may take that long, and then the test would no longer show what the script does.
   */
  async function withoutTimedReveal(page: Page): Promise<void> {
    await page.route('**/_astro/*.css', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: `${await response.text()}\nhtml[data-load] main{animation:none!important}` });
    });
  }

  it('opens a link with pinyin without moving a line: the text shows with the ruby on screen already built', async () => {
    const page = await freshPage(context, site);
    await page.setViewportSize({ width: 390, height: 844 });
    await withoutTimedReveal(page);
    await recordLayoutShifts(page);
    await page.goto(`${site}/transcript/?pinyin=on`);
    // The text is hidden while the page is marked as loading its ruby, and the title's ruby is there when it shows.
    await page.waitForFunction(() => !('load' in document.documentElement.dataset));
    expect(await page.locator('main').evaluate((m) => getComputedStyle(m).visibility)).toBe('visible');
    expect(await page.locator('main h1 .title-zh rt').count()).toBe([...edition.title.zh.hans].filter((c) => /\p{Script=Han}/u.test(c)).length);
    await runsSynced(page);
    expect(await layoutShifted(page)).toBe(0);
    await page.close();
  });

  it('shows the text of a page opened with pinyin even when none of its scripts load (the stylesheet’s own fallback)', async () => {
    const page = await freshPage(context, site);
    await page.route('**/_astro/*.js', (route) => route.abort());
    await page.goto(`${site}/topics/china-us/?pinyin=on`);
    expect(await page.evaluate(() => 'load' in document.documentElement.dataset)).toBe(true);
    await page.waitForFunction(() => getComputedStyle(document.querySelector('main')!).visibility === 'visible', null, { timeout: 10_000 });
    expect(await page.evaluate(() => 'load' in document.documentElement.dataset)).toBe(true);
    await page.close();
  });

  it('does not make screen readers read the pinyin as well as the characters', async () => {
    const page = await open('/topics/china-us/?pinyin=on');
    const tree = (await page.locator('#china-us-a1 .zh').ariaSnapshot()).replace(/\s+/g, '');
    expect(tree).toContain('中美关系关乎两国人民福祉');
    expect(tree).not.toMatch(/zhōng|guān|rén/);
    await page.close();
  });

  it('keeps the reader’s place when the reading controls or the phone menu open and close', async () => {
    const desktop = await open('/topics/china-us/');
    const phoneBrowser = await launchBrowser({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const phone = await open('/topics/china-us/', phoneBrowser.context);
    const cases: [Page, string][] = [
      [desktop, '[data-view-toggle]'],
      [phone, '[data-view-toggle]'],
      [phone, '[data-menu-toggle]'],
    ];
    for (const [page, toggle] of cases) {
      await page.evaluate(() => document.getElementById('china-us-a3')!.scrollIntoView());
      // Parts above come into layout as the page scrolls (content-visibility): wait until the page holds still for ten frames.
      await page.waitForFunction(
        () =>
          new Promise<boolean>((done) => {
            const at = scrollY;
            let frames = 0;
            const tick = () => (scrollY !== at ? done(false) : ++frames === 10 ? done(true) : requestAnimationFrame(tick));
            requestAnimationFrame(tick);
          }),
      );
      const placeOf = () => page.evaluate(() => Math.round(document.getElementById('china-us-a3')!.getBoundingClientRect().top));
      const place = await placeOf();
      expect(await page.evaluate(() => scrollY)).toBeGreaterThan(300);
      // A pointer click where the button is (no scrolling to it first, as a reader's tap does none).
      const box = (await page.locator(toggle).boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await expect.poll(() => page.locator(toggle).getAttribute('aria-expanded')).toBe('true');
      expect(await placeOf()).toBe(place);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator(toggle).getAttribute('aria-expanded')).toBe('false');
      expect(await page.locator(toggle).evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await placeOf()).toBe(place);
    }
    await phoneBrowser.close();
    await desktop.close();
  });

  it('holds the text still when the reader jumps into a long page, as a scrollbar drag does, once the page has been idle', async () => {
    const phoneBrowser = await launchBrowser({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    for (const ctx of [phoneBrowser.context, context]) {
      for (const path of ['/topics/chinas-diplomacy/', '/topics/china-us/', '/transcript/']) {
        const page = await open(path, ctx);
        // Once the page has taken the heights of its parts while idle (part-sizes.ts).
        await page.waitForFunction(() => document.documentElement.dataset.parts === 'measured', null, { timeout: 60_000 });
        expect(await page.locator('.measuring').count()).toBe(0);
        for (const fraction of [0.3, 0.5, 0.7, 0.9]) {
          // Jump to a point of the page (no element asked for, so nothing is brought into layout first), take the text
          // the reader then sees a third of the way down the screen, and its place then and ten frames on.
          const [what, first, settled] = await page.evaluate(
            (fraction) =>
              new Promise<[string, number, number]>((done) => {
                scrollTo(0, document.documentElement.scrollHeight * fraction);
                const seen = document.elementFromPoint(innerWidth / 2, innerHeight / 3)!;
                const first = seen.getBoundingClientRect().top;
                let frames = 0;
                const tick = () => (++frames === 10 ? done([seen.outerHTML.slice(0, 60), first, seen.getBoundingClientRect().top]) : requestAnimationFrame(tick));
                requestAnimationFrame(tick);
              }),
            fraction,
          );
          expect(Math.abs(settled - first), `${path} at ${fraction}: ${what} from ${first} to ${settled}`).toBeLessThanOrEqual(1);
        }
        await page.close();
      }
    }
    await phoneBrowser.close();
  });

  it('draws the first screen of a reading page once: nothing moves as it loads', async () => {
    const phoneBrowser = await launchBrowser({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    for (const ctx of [context, phoneBrowser.context]) {
      for (const path of ['/topics/chinas-diplomacy/', '/topics/opening-remarks/', '/topics/brics-expansion/', '/transcript/']) {
        const page = await freshPage(ctx, site);
        await recordLayoutShifts(page);
        await page.goto(site + path);
        // Until the page has settled: its parts' heights taken while idle (part-sizes.ts), after the first screen is in.
        await page.waitForFunction(() => document.documentElement.dataset.parts === 'measured', null, { timeout: 60_000 });
        expect(await layoutShifted(page), path).toBe(0);
        await page.close();
      }
    }
    await phoneBrowser.close();
  });

  it('follows a reporter-index link to the exact answer, below the sticky header', async () => {
    const page = await open('/reporters/');
    await page.locator('#reporter-4').getByRole('link', { name: 'Go to the answer →' }).click();
    await page.waitForURL(/\/topics\/china-us\/#china-us-answer$/);
    const top = await page.locator('#china-us-answer').evaluate((el) => el.getBoundingClientRect().top);
    const header = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().bottom);
    expect(top).toBeGreaterThanOrEqual(header - 1);
    expect(top).toBeLessThan(300);
    await page.close();
  });
});

describe('reading without JavaScript', () => {
  it('shows Chinese and English in the default view, hides the controls, and links the traditional route', async () => {
    const noJs = await launchBrowser({ javaScriptEnabled: false });
    const page = await open('/topics/china-eu/', noJs.context);
    expect(await page.locator('#china-eu-a1 .zh').isVisible()).toBe(true);
    expect(await page.locator('#china-eu-a1 .en').isVisible()).toBe(true);
    expect(await page.locator('[data-view-controls]').isVisible()).toBe(false);
    // What needs script is not offered: a paragraph's Copy link, Quote and Cite; the topic's Cite opens natively.
    await page.locator('#china-eu-a1').hover();
    for (const action of ['.copy-link', '[data-quote-para]', '.cite-button']) expect(await page.locator(`#china-eu-a1 .para-head ${action}`).first().isVisible(), action).toBe(false);
    await page.locator('.topic-tools .cite-button').click();
    expect(await page.locator('dialog#cite-topic').evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: /繁體版 Traditional/ }).click();
    await page.waitForURL(/\/hant\/topics\/china-eu\/$/);
    const run = page.locator('#china-eu-a1 .zh > .zh-run');
    expect(await run.getAttribute('lang')).toBe('zh-Hant-TW');
    expect(await run.innerText()).toContain('中歐');
    await noJs.close();
  });
});
