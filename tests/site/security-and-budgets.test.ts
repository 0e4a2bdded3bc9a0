import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { htmlPages, pageFile } from '../../scripts/lib/anchors.ts';
import { launchBrowser } from '../helpers/browser.ts';

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
      for (const [, code] of text.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
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
    await page.getByRole('checkbox', { name: '显示 Show' }).check();
    await page.getByRole('radio', { name: '繁 Traditional' }).check();
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

  it('keeps each page’s CSS within 20 KB and all the site’s own JavaScript within 5 KB', () => {
    for (const page of htmlPages('dist')) {
      const css = [...html(page).matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(`dist${m[1]}`));
      expect(css.reduce((n, c) => n + gz(c), 0), page).toBeLessThanOrEqual(20 * 1024);
    }
    const js = readdirSync('dist/_astro').filter((f) => f.endsWith('.js')).map((f) => readFileSync(`dist/_astro/${f}`));
    expect(js.length).toBeGreaterThan(0);
    expect(js.reduce((n, c) => n + gz(c), 0)).toBeLessThanOrEqual(5 * 1024);
  });
});
