/**
 * DOM size of reading pages: elements and nodes (every node of the document
 * tree: elements, text, comments) after load in the default view, before the
 * pinyin is first shown, and again after the pinyin control is ticked (so a
 * design that builds ruby on demand is counted at both moments).
 */
import type { Page } from 'playwright-core';
import { settle } from './mobile.ts';

/** Element and node counts of one page. */
export interface DomSize {
  page: string;
  before: { elements: number; nodes: number };
  afterPinyin: { elements: number; nodes: number };
}

const count = (page: Page) =>
  page.evaluate(() => {
    const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
    let nodes = 0;
    while (walker.nextNode()) nodes++;
    return { elements: document.getElementsByTagName('*').length, nodes };
  });

/** Count the DOM of `path` (under the site at `site`) before and after the pinyin is first shown. */
export async function domSize(page: Page, site: string, path: string): Promise<DomSize> {
  await page.goto(site + path, { waitUntil: 'load' });
  await settle(page, 100);
  const before = await count(page);
  await page.evaluate(() => document.querySelector<HTMLInputElement>('form[data-view-controls] input[name="pinyin"]')?.click());
  await settle(page, 100);
  const on = await page.evaluate(() => document.documentElement.dataset['pinyin']);
  if (on !== 'on') throw new Error(`${path}: the pinyin control did not show the pinyin`);
  return { page: path, before, afterPinyin: await count(page) };
}
