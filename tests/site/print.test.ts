import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { launchBrowser, gotoShown } from '../helpers/browser.ts';
import { edition } from '../helpers/site-edition.ts';

const site = inject('siteUrl');
let browser: Awaited<ReturnType<typeof launchBrowser>>;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(async () => browser?.close());

const dir = mkdtempSync(join(tmpdir(), 'pc-print-'));

/** Print a page to PDF as a reader would (the view given by the query), and return its text and page count. */
async function printed(path: string, name: string, digest?: 'diff' | 'full' | 'none'): Promise<{ text: string; flat: string; pages: number; file: string }> {
  const page = await browser.context.newPage();
  await page.goto(`${site}/404.html`);
  await page.evaluate(() => localStorage.clear());
  await gotoShown(page, site + path);
  if (digest) await page.selectOption('select[data-print-digest]', digest);
  // What the browser does when the reader prints: the page's print handlers run first.
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
  await page.close();
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  return { text, flat: text.replace(/\s+/g, ''), pages, file };
}

describe('printing a topic page', () => {
  it('prints the question, the answer and the translation, with a header and the page address, and no controls', async () => {
    const { flat, text, pages } = await printed('/topics/china-us/', 'china-us');
    expect(flat).toContain('自去年中美元首旧金山会晤后');
    expect(flat).toContain('中美关系关乎两国人民福祉');
    expect(flat).toContain('China–USrelationsbearonthewell-being');
    // A running head and a page number on every page (the printed page's margin boxes).
    const { facts } = edition;
    expect(text.split(`${facts.shortTitle.en} · ${facts.dateEn}`).length - 1).toBe(pages);
    expect(text.split('On China–US relations').length - 1).toBeGreaterThanOrEqual(pages);
    for (let n = 1; n <= pages; n++) expect(text, `page ${n}`).toContain(`Page ${n} of ${pages}`);
    // The real page address, taken at print time, and the paragraph numbers, so a quotation can be cited.
    expect(flat).toContain(`Printedfrom${site}/topics/china-us/`.replace(/\s/g, ''));
    expect(text).not.toMatch(/localhost/);
    expect(flat).toMatch(/¶1.*¶2.*¶3/);
    for (const control of ['Readingview', 'Copylink', 'Printthistopic', 'Skiptocontent', 'DownloadasMarkdown', 'Tonecolours']) {
      expect(flat, control).not.toContain(control);
    }
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(8);
  });

  it('prints the view on screen: traditional script with pinyin when chosen', async () => {
    const { flat } = await printed('/topics/china-us/?script=hant&pinyin=on', 'china-us-hant');
    expect(flat).toContain('中美關係');
    expect(flat).not.toContain('中美关系关乎');
    expect(flat).toMatch(/zhōng/);
    // All of it, not only what was on screen: the last answer paragraph's pinyin is printed too.
    const last = edition.topics.find((t) => t.slug === 'china-us')!.answer!.paragraphs.at(-1)!;
    const syllables = last.zh.pinyin.split(' ').filter((r) => r !== '-');
    const runs = syllables.slice(2).map((_, i) => syllables.slice(i, i + 3).join(''));
    // Runs of three syllables as printed (a line break may fall inside a few).
    expect(runs.filter((r) => flat.includes(r)).length).toBeGreaterThan(runs.length / 2);
  });

  it('prints English only when the reader chose English', async () => {
    const { flat } = await printed('/topics/china-eu/?mode=en', 'china-eu-en');
    expect(flat).toContain('Lastyearmarkedthe20thanniversary');
    expect(flat).not.toContain('去年是中欧建立全面战略伙伴关系');
  });

  it('prints the digest’s differences only, all of it, or none of it, as the reader chooses', async () => {
    const topic = edition.topics.find((t) => t.slug === 'china-us')!;
    // The digest abridges the answer: its English mostly repeats the answer's, so count how often it is printed.
    const sample = topic.digest!.paragraphs[0]!.en.replace(/\s/g, '').slice(0, 40);
    const times = (flat: string) => flat.split(sample).length - 1;
    const full = await printed('/topics/china-us/', 'china-us-digest-full', 'full');
    const diff = await printed('/topics/china-us/', 'china-us-digest-diff', 'diff');
    const none = await printed('/topics/china-us/', 'china-us-digest-none', 'none');
    expect(times(full.flat)).toBe(times(none.flat) + 1);
    expect(times(diff.flat)).toBe(times(none.flat));
    expect(full.flat).toContain('Thedigest’sabridgementofthisanswer');
    expect(diff.flat).toContain('Howthedigestdiffers');
    expect(none.flat).not.toContain('Thedigest’sabridgementofthisanswer');
    expect(none.flat).not.toContain('Howthedigestdiffers');
    expect(none.pages).toBeLessThanOrEqual(diff.pages);
    expect(diff.pages).toBeLessThan(full.pages);
  });
});
