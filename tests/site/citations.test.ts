import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { freshPage, launchBrowser } from '../helpers/browser.ts';
import { parseBibtex, parseCslJson, parseRis, type ReadRecord } from '../helpers/citation-parsers.ts';
import { edition } from '../helpers/site-edition.ts';
import { pageFile } from '../../scripts/lib/anchors.ts';

const site = inject('siteUrl');
// The build's site address (SITE_URL), if one was configured: only then do citations carry an address.
const SITE = process.env.SITE_URL || null;
const { facts } = edition;
const topic = edition.topics.find((t) => t.slug === 'china-us')!;
const answer4 = topic.answer!.paragraphs[3]!;
const question1 = topic.question!.paragraphs[0]!;
const siteName = `${facts.shortTitle.en}, ${facts.dateEn}`;
const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

let browser: Awaited<ReturnType<typeof launchBrowser>>;
beforeAll(async () => {
  browser = await launchBrowser({ viewport: { width: 1280, height: 800 } });
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site });
});
afterAll(async () => browser?.close());

const fresh = (): Promise<Page> => freshPage(browser.context, site);
const html = (path: string) => readFileSync(pageFile('dist', path), 'utf8');
const decode = (s: string) => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** The page's `citation_*` meta tags, name → contents in order. */
function citationTags(path: string): Record<string, string[]> {
  const tags: Record<string, string[]> = {};
  for (const [, name, content] of html(path).matchAll(/<meta name="(citation_[a-z_]+)" content="([^"]*)">/g)) (tags[name!] ??= []).push(decode(content!));
  return tags;
}

/** The page's JSON-LD blocks, parsed. */
function jsonLd(path: string): Record<string, any>[] {
  return [...html(path).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(([, text]) => JSON.parse(text!));
}

const absolute = (path: string) => (SITE ? new URL(path, SITE).href : null);

describe('citation metadata in the page head', () => {
  it('a topic page carries Highwire citation_* tags with the edition’s facts', () => {
    const tags = citationTags('/topics/china-us/');
    expect(tags.citation_title).toEqual([topic.title.en]);
    expect(tags.citation_author).toEqual([facts.speaker.en]);
    expect(tags.citation_publication_date).toEqual([facts.date.replace(/-/g, '/')]);
    expect(tags.citation_date).toEqual([facts.date.replace(/-/g, '/')]);
    expect(tags.citation_publisher).toEqual([siteName]);
    expect(tags.citation_language).toEqual(['zh', 'en']);
    expect(tags.citation_public_url ?? []).toEqual(SITE ? [absolute('/topics/china-us/')] : []);
    expect(tags.citation_journal_title).toBeUndefined();
  });

  it('the home page and the transcript cite the whole edition', () => {
    for (const path of ['/', '/transcript/']) {
      const tags = citationTags(path);
      expect(tags.citation_title, path).toEqual([facts.title.en]);
      expect(tags.citation_author, path).toEqual([facts.speaker.en]);
      expect(tags.citation_date, path).toEqual([facts.date.replace(/-/g, '/')]);
      expect(tags.citation_language, path).toEqual(['zh', 'en']);
      expect(tags.citation_public_url ?? [], path).toEqual(SITE ? [absolute('/')] : []);
    }
  });

  it('no page publishes a local address in its citation', () => {
    for (const path of ['/', '/transcript/', '/topics/china-us/', '/hant/topics/china-us/']) expect(html(path), path).not.toMatch(/citation_public_url" content="https?:\/\/(localhost|127\.)/);
  });

  it('JSON-LD parses and describes an Article about the press conference, by the speaker, translated by the edition', () => {
    for (const [path, title] of [['/topics/china-us/', topic.title.en], ['/', facts.title.en]] as const) {
      const blocks = jsonLd(path);
      expect(blocks, path).toHaveLength(1);
      const data = blocks[0]!;
      expect(data['@context']).toBe('https://schema.org');
      expect(data['@type']).toBe('Article');
      expect(data.headline).toBe(title);
      expect(data.inLanguage).toEqual(['zh-Hans', 'en']);
      expect(data.datePublished).toBe(facts.date);
      expect(data.author).toEqual([expect.objectContaining({ '@type': 'Person', name: facts.speaker.en })]);
      expect(data.translator).toMatchObject({ '@type': 'Organization', name: expect.stringContaining(siteName) });
      expect(data.about).toMatchObject({ '@type': 'Event', name: facts.event.en, startDate: facts.date, location: { name: facts.venue.en } });
      expect(data.isBasedOn).toMatchObject({ '@type': 'CreativeWork', publisher: { name: facts.publisher.en } });
      expect(data.url).toBe(SITE ? absolute(path) : undefined);
    }
  });
});

describe('citation downloads', () => {
  const cases = [
    { what: 'the topic', base: '/topics/china-us/cite', title: topic.title.en, page: '/topics/china-us/', author: facts.speaker.en },
    { what: '¶ 4', base: `/topics/china-us/cite/${answer4.id}`, title: `${topic.title.en}, ¶ 4`, page: `/topics/china-us/#${answer4.id}`, author: facts.speaker.en },
    { what: 'Q1', base: `/topics/china-us/cite/${question1.id}`, title: `${topic.title.en}, Q1`, page: `/topics/china-us/#${question1.id}`, author: null },
    { what: 'the edition', base: '/data/cite', title: facts.title.en, page: '/', author: facts.speaker.en },
  ];
  const readers: [string, (text: string) => ReadRecord[], RegExp][] = [
    ['bib', parseBibtex, /^application\/x-bibtex/],
    ['ris', parseRis, /^application\/x-research-info-systems/],
    ['json', parseCslJson, /^application\/json/],
  ];
  for (const c of cases) {
    it(`of ${c.what} parse with independent readers (BibTeX, RIS, CSL-JSON) to the same title, date and address`, async () => {
      for (const [ext, read, type] of readers) {
        const response = await fetch(`${site}${c.base}.${ext}`);
        expect(response.status, ext).toBe(200);
        expect(response.headers.get('content-type'), ext).toMatch(type);
        const records = read(await response.text());
        expect(records, ext).toHaveLength(1);
        const [record] = records;
        expect(record!.title, ext).toBe(c.title);
        expect(record!.date, ext).toBe(facts.date);
        expect(record!.url, ext).toBe(absolute(c.page));
        if (c.author) expect(record!.authors, ext).toEqual([c.author]);
        else expect(record!.authors[0], ext).toContain(topic.outlet!.en);
      }
    });
  }

  it('are linked from the dialogs: the topic’s in the page, each paragraph’s in the words its dialog is filled with', async () => {
    const page = html('/topics/china-us/');
    for (const ext of ['bib', 'ris', 'json']) expect(page).toMatch(new RegExp(`href="/topics/china-us/cite\\.${ext}"[^>]* download`));
    expect(html('/')).toMatch(/href="\/data\/cite\.bib"[^>]* download/);
    const words = (await (await fetch(`${site}/topics/china-us/cite/paragraphs.json`)).json()) as Record<string, { downloads: Record<string, string> }>;
    // Every paragraph of the topic, and only those, each with downloads that are served.
    expect(Object.keys(words).sort()).toEqual([...topic.question!.paragraphs, ...topic.answer!.paragraphs, ...topic.digest!.paragraphs].map((p) => p.id).sort());
    for (const ext of ['bib', 'ris', 'json']) {
      const path = words[answer4.id]!.downloads[ext]!;
      expect(path).toBe(`/topics/china-us/cite/${answer4.id}.${ext}`);
      expect((await fetch(`${site}${path}`)).status, path).toBe(200);
    }
  });
});

describe('the cite dialog', () => {
  it('opens from the keyboard on a paragraph, shows Chicago, APA and MLA naming the paragraph, copies one exactly, and closes with Esc', async () => {
    const page = await fresh();
    await page.goto(`${site}/topics/china-us/`);
    const button = page.locator(`#${answer4.id} .para-head .cite-button`);
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog#cite-paragraph');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open && d.matches(':modal'))).toBe(true);
    expect(await dialog.getAttribute('aria-label')).toBe('Cite ¶ 4');
    const styles = dialog.locator('.cite-style');
    expect(await styles.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.style))).toEqual(['chicago', 'apa', 'mla']);
    const texts = await dialog.locator('.cite-text').allTextContents();
    for (const text of texts) {
      expect(text).toContain(facts.speaker.en);
      expect(text).toContain(`${topic.title.en}, ¶ 4`);
      if (SITE) expect(text).toContain(absolute(`/topics/china-us/#${answer4.id}`));
    }
    expect(await dialog.locator('.cite-link a').getAttribute('href')).toBe(`/topics/china-us/#${answer4.id}`);
    // Tab to the APA copy button and press it: the clipboard holds exactly the APA entry.
    const apaCopy = dialog.locator('.cite-style[data-style="apa"] .cite-copy');
    for (let i = 0; i < 8 && !(await apaCopy.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await apaCopy.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(texts[1]);
    expect(await apaCopy.getAttribute('data-copied')).toBe('true');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.close();
  });

  it('one dialog serves every paragraph: a second paragraph’s Cite shows that paragraph, not the one before', async () => {
    const page = await fresh();
    await page.goto(`${site}/topics/china-us/`);
    const dialog = page.locator('dialog#cite-paragraph');
    for (const [paragraph, label] of [[answer4, '¶ 4'], [question1, 'Q1']] as const) {
      await page.locator(`#${paragraph.id}`).hover();
      await page.locator(`#${paragraph.id} .para-head .cite-button`).click();
      await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
      expect(await dialog.getAttribute('aria-label')).toBe(`Cite ${label}`);
      expect(await dialog.locator('.cite-heading').textContent()).toBe(`Cite: ${topic.title.en}, ${label}`);
      for (const text of await dialog.locator('.cite-text').allTextContents()) expect(text).toMatch(new RegExp(`${topic.title.en}, ${label}(?!\\d)`));
      expect(await dialog.locator('.cite-link a').getAttribute('href')).toBe(`/topics/china-us/#${paragraph.id}`);
      expect(await dialog.locator('.cite-downloads a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
        ['bib', 'ris', 'json'].map((ext) => `/topics/china-us/cite/${paragraph.id}.${ext}`),
      );
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
    }
    // The question's entry names its asker, not the speaker: the words are the paragraph's own, not a template's.
    await page.locator(`#${question1.id} .para-head .cite-button`).click();
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    expect(await dialog.locator('.cite-text').first().textContent()).toMatch(new RegExp(`^Reporter of ${topic.outlet!.en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\. `));
    await page.close();
  });

  it('the transcript’s paragraphs cite their topic page’s anchors', async () => {
    const page = await fresh();
    await page.goto(`${site}/transcript/`);
    await page.locator(`#${answer4.id}`).scrollIntoViewIfNeeded();
    await page.locator(`#${answer4.id}`).hover();
    await page.locator(`#${answer4.id} .para-head .cite-button`).click();
    const dialog = page.locator('dialog#cite-paragraph');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    expect(await dialog.locator('.cite-link a').getAttribute('href')).toBe(`/topics/china-us/#${answer4.id}`);
    expect(await dialog.locator('.cite-text').first().textContent()).toContain(`${topic.title.en}, ¶ 4`);
    await page.close();
  });

  it('opens for the whole topic with a click, one click copies the Chicago entry, and Close shuts it', async () => {
    const page = await fresh();
    await page.goto(`${site}/topics/china-us/`);
    await page.locator('.topic-tools .cite-button').click();
    const dialog = page.locator('dialog#cite-topic');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    const chicago = (await dialog.locator('.cite-style[data-style="chicago"] .cite-text').textContent())!;
    expect(chicago).toMatch(new RegExp(`^${facts.speaker.en}\\. ${facts.date.slice(0, 4)}\\. “${topic.title.en}\\.”`));
    expect(chicago).toContain('Translated by');
    await dialog.locator('.cite-style[data-style="chicago"] .cite-copy').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(chicago);
    await dialog.locator('.cite-close').click();
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
    await page.close();
  });

  it('is axe-clean when open, on desktop and phone, light and dark', async () => {
    for (const [width, height] of [[1366, 900], [390, 844]] as const) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await fresh();
        await page.setViewportSize({ width, height });
        await page.emulateMedia({ colorScheme });
        await page.goto(`${site}/topics/china-us/`);
        await page.locator(`#${answer4.id}`).hover();
        await page.locator(`#${answer4.id} .cite-button`).click();
        await expect.poll(() => page.locator('dialog#cite-paragraph').evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
        await page.evaluate(AXE_SOURCE);
        const violations = await page.evaluate(async (tags) => {
          const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: object) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
          const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
          return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
        }, AXE_TAGS);
        expect(violations, `${width}×${height} ${colorScheme}`).toEqual([]);
        await page.close();
      }
    }
  });

  it('is hidden in print', async () => {
    const page = await fresh();
    await page.goto(`${site}/topics/china-us/`);
    await page.locator('.topic-tools .cite-button').click();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('dialog#cite-topic').isVisible()).toBe(false);
    expect(await page.locator('.cite-button').first().isVisible()).toBe(false);
    await page.close();
  });
});
