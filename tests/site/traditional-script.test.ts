import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { allParagraphs, edition } from '../helpers/site-edition.ts';

const site = inject('siteUrl');
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser({ javaScriptEnabled: false });
  page = await browser.context.newPage();
});
afterAll(async () => browser?.close());

/**
 * Every visible run of Chinese on the page with the language of the element
 * that carries it. On a traditional page nothing visible may be simplified:
 * not the text, not a label, not a heading or a name.
 */
async function visibleChinese(path: string): Promise<{ text: string; lang: string }[]> {
  await page.goto(site + path);
  return page.evaluate(() => {
    const out: { text: string; lang: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !/\p{Script=Han}/u.test(node.textContent ?? '')) continue;
      if (!el.checkVisibility({ checkVisibilityCSS: true }) || el.closest('rt, template, [hidden]')) continue;
      out.push({ text: (node.textContent ?? '').trim(), lang: el.closest('[lang]')?.getAttribute('lang') ?? '' });
    }
    return out;
  });
}

/** Characters this edition writes only in simplified script: they differ from their traditional form and no traditional text uses them. */
const SIMPLIFIED_ONLY = (() => {
  const strings = [...allParagraphs.map((p) => p.zh), ...edition.topics.map((t) => t.title.zh), ...Object.values(edition.ui).flatMap((u) => (u.zh ? [u.zh] : []))];
  const traditional = new Set(strings.flatMap((z) => [...z.hant, ...z.hk]));
  return new Set(strings.flatMap((z) => [...z.hans].filter((c, i) => c !== [...z.hant][i] && !traditional.has(c))));
})();

describe('the traditional-script pages (/hant/), read without JavaScript', () => {
  for (const path of ['/hant/topics/china-us/', '/hant/topics/korean-peninsula/', '/hant/transcript/']) {
    it(`${path} shows every label, heading, name and paragraph in traditional script`, async () => {
      const runs = await visibleChinese(path);
      expect(runs.length).toBeGreaterThan(20);
      const simplified = runs.filter((r) => !/^zh(-Hant-(TW|HK))?$/.test(r.lang));
      expect(simplified).toEqual([]);
      // And no simplified-only character, whatever the markup claims.
      const leaked = runs.filter((r) => [...r.text].some((c) => SIMPLIFIED_ONLY.has(c)));
      expect(leaked).toEqual([]);
    });
  }

  it('has interface strings whose traditional forms differ, so the check above can fail', () => {
    const differing = Object.values(edition.ui).filter((u) => u.zh && u.zh.hans !== u.zh.hant);
    expect(differing.length).toBeGreaterThan(10);
    expect(SIMPLIFIED_ONLY.size).toBeGreaterThan(10);
  });
});
