import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { htmlPages, pageFile } from '../../scripts/lib/anchors.ts';
import { brotli } from '../../scripts/lib/bench/information-floor.ts';
import { pageText } from '../../scripts/lib/bench/page-weight.ts';
import { launchBrowser, setView } from '../helpers/browser.ts';

const site = inject('siteUrl');
const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const html = (page: string) => readFileSync(pageFile('dist', page), 'utf8');

describe('Content-Security-Policy', () => {
  it('is on every page, allows only this site, and hashes every inline script', () => {
    for (const page of htmlPages('dist')) {
      const text = html(page);
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(text)?.[1] ?? '';
      expect(csp, page).toContain("default-src 'self'");
      expect(csp, page).not.toMatch(/unsafe-inline|'unsafe-eval'|https?:|\*/);
      // JSON data blocks (JSON-LD, the quote card's facts) are data, never run (CSP does not apply to them): they must parse as JSON.
      for (const [, data] of text.matchAll(/<script type="application\/(?:ld\+)?json"[^>]*>([\s\S]*?)<\/script>/g)) expect(() => JSON.parse(data!), `${page}: JSON data block`).not.toThrow();
      for (const [, code] of text.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)) {
        const hash = `'sha256-${createHash('sha256').update(code!, 'utf8').digest('base64')}'`;
        expect(csp, `${page}: inline script not in the policy`).toContain(hash);
      }
      expect(text, page).not.toMatch(/\sstyle="|<style[\s>]/);
    }
  });
});

describe('in the browser', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(async () => browser?.close());

  it('makes no request to any other host and breaks no policy, while a reader reads, toggles, opens a note and searches', async () => {
    const page = await browser.context.newPage();
    const origin = new URL(site).origin;
    const foreign: string[] = [];
    const violations: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    page.on('console', (m) => {
      if (m.type() === 'error') violations.push(m.text());
    });
    await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`)));
    for (const path of ['/', '/reporters/', '/glossary/', '/about/', '/transcript/']) await page.goto(site + path);
    await page.goto(`${site}/topics/community-with-a-shared-future/`);
    await setView(page, 'checkbox', { name: '显示 Show' });
    await setView(page, 'radio', { name: '繁 Traditional' });
    await page.locator('#community-with-a-shared-future-a1 a.term:visible').first().click();
    await page.goto(`${site}/search/?q=${encodeURIComponent('人类命运共同体')}`);
    await page.waitForFunction(() => /found/.test(document.querySelector('[data-search-summary]')?.textContent ?? ''));
    expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('size budgets (gzipped)', () => {
  const topicPages = htmlPages('dist').filter((p) => p.startsWith('/topics/'));

  it('keeps the largest topic page’s HTML, with every annotation, within 40 KB', () => {
    const largest = Math.max(...topicPages.map((p) => gz(html(p))));
    expect(largest).toBeGreaterThan(10_000);
    expect(largest).toBeLessThanOrEqual(40 * 1024);
  });

  it('keeps each reading page’s markup light: brotli within 3× of all the text it shows, the largest topic page within 2×', () => {
    // All its text: what the bench's pageText reads, the body's text and the pinyin its runs carry. The page as
    // served: its precompressed .br. Small pages carry the same header and footer as large ones, so they stand higher.
    const reading = [...htmlPages('dist').filter((p) => /^\/(hant\/)?topics\/[^/]+\/$/.test(p)), '/transcript/', '/hant/transcript/'];
    const ratios = reading.map((p) => {
      const page = html(p);
      return { page: p, raw: page.length, ratio: statSync(`${pageFile('dist', p)}.br`).size / brotli(pageText(page)) };
    });
    expect(ratios).toHaveLength(40);
    for (const r of ratios) expect(r.ratio, r.page).toBeLessThanOrEqual(3);
    const largest = ratios.filter((r) => r.page.startsWith('/topics/')).reduce((a, b) => (b.raw > a.raw ? b : a));
    expect(largest.ratio, largest.page).toBeLessThanOrEqual(2);
  });

  /** The site's own scripts a page loads before the reader does anything: its module scripts and what they import statically. */
  function eagerScripts(page: string): string[] {
    const seen = new Set<string>();
    const visit = (path: string) => {
      if (seen.has(path)) return;
      seen.add(path);
      const code = readFileSync(`dist${path}`, 'utf8');
      for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[^'"`()]*?from\s*)?["']([^"']+\.js)["']/g)) visit(new URL(m[1]!, `http://x${path}`).pathname);
    };
    for (const m of html(page).matchAll(/<script type="module" src="([^"]+)"/g)) visit(m[1]!);
    return [...seen];
  }

  // 6 KB of script up front: the ruby builder (0.6 KB) is part of it, so a page opened with pinyin shows its text without
  // waiting for a second request (reading pages fetched the builder right after load anyway).
  it('keeps each page’s CSS within 20 KB and the JavaScript it loads up front within 6 KB', () => {
    for (const page of htmlPages('dist')) {
      const css = [...html(page).matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(`dist${m[1]}`));
      expect(css.reduce((n, c) => n + gz(c), 0), page).toBeLessThanOrEqual(20 * 1024);
      const js = eagerScripts(page);
      expect(js.length, page).toBeGreaterThan(0);
      expect(js.reduce((n, f) => n + gz(readFileSync(`dist${f}`)), 0), page).toBeLessThanOrEqual(6 * 1024);
    }
  });

  it('loads what only some readers use (the dictionary lookup, the search engine) later, each part within 4 KB', () => {
    const eager = new Set(htmlPages('dist').flatMap(eagerScripts));
    const lazy = readdirSync('dist/_astro').filter((f) => f.endsWith('.js')).map((f) => `/_astro/${f}`).filter((f) => !eager.has(f));
    for (const f of lazy) expect(gz(readFileSync(`dist${f}`)), f).toBeLessThanOrEqual(4 * 1024);
  });
});
