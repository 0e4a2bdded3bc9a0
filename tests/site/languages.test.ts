import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';

const site = inject('siteUrl');
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
          if (/\p{Script=Han}/u.test(text) && /[A-Za-z]{4,}/.test(text)) bad.push(`mixed run: ${text.slice(0, 30)}`);
        }
        for (const en of document.querySelectorAll('.en')) if (en.closest('[lang]')?.getAttribute('lang') !== 'en') bad.push('English paragraph without lang="en"');
        for (const t of document.querySelectorAll('.hant')) if (!t.getAttribute('lang')?.startsWith('zh-Hant')) bad.push('traditional text without zh-Hant');
        return bad;
      });
      expect(problems, path).toEqual([]);
    }
    await page.close();
  });
});
