/**
 * Search on a phone, cold: the search page is loaded in a throttled tab, the
 * browser cache is cleared (CDP `Network.clearBrowserCache`), the query is
 * typed into the search page's own box (#search-page-q) and Enter pressed.
 * Measured from the Enter keydown (recorded in the page, kept in
 * sessionStorage should the form navigate) to the frame after the results'
 * summary is written (the results list no longer `aria-busy`), and from the
 * input event of the typing (the engine and the query's files may load while
 * the reader types) to that frame; every request
 * from the typing on (the engine loads on the first keystroke) is counted
 * with its encoded (transferred) bytes from CDP's Network domain.
 */
import type { BrowserContext } from 'playwright-core';
import { CPU_THROTTLING, settle } from './mobile.ts';
import { round } from './stats.ts';

/** A query of the benchmark and what kind it is. */
export interface SearchQuery {
  kind: string;
  q: string;
}

/** The default queries: Chinese in both scripts, English, toneless pinyin. */
export const SEARCH_QUERIES: SearchQuery[] = [
  { kind: 'Chinese (simplified)', q: '人类命运共同体' },
  { kind: 'Chinese (traditional)', q: '兩岸' },
  { kind: 'English', q: 'multipolar world' },
  { kind: 'toneless pinyin', q: 'renlei mingyun' },
];

/** One search, cold. */
export interface SearchRun {
  kind: string;
  q: string;
  /** Enter keydown to the frame after the summary is written. */
  ms: number;
  /** The query's input event (the whole query typed at once) to that frame. */
  fromInputMs: number;
  /** The summary the page showed (“N passages found for …”). */
  summary: string;
  requests: number;
  bytes: number;
  /** Of those, the search's own files (its engine's code, /_astro/search-engine-*.js, and its index, /search/data/). */
  searchRequests: number;
  searchBytes: number;
  /** Every request: path and transferred bytes. */
  files: { path: string; bytes: number }[];
}

/** Run one query cold in a new throttled tab of `context` (a phone-emulating browser). */
export async function searchCold(context: BrowserContext, site: string, query: SearchQuery): Promise<SearchRun> {
  const page = await context.newPage();
  try {
    await page.addInitScript(() => {
      const w = window as unknown as { __resultsAt?: number; __summary?: string };
      const check = (): boolean => {
        if (!new URLSearchParams(location.search).get('q')) return false; // the page before the query
        const summary = document.querySelector('[data-search-summary]')?.textContent?.trim() ?? '';
        const busy = document.querySelector('[data-search-results]')?.getAttribute('aria-busy') === 'true';
        if (!summary || busy || w.__resultsAt) return Boolean(w.__resultsAt);
        requestAnimationFrame(() => {
          w.__resultsAt = performance.timeOrigin + performance.now();
          w.__summary = summary;
        });
        return true;
      };
      new MutationObserver(() => check()).observe(document, { subtree: true, childList: true, characterData: true });
      addEventListener('input', () => sessionStorage.setItem('benchInputAt', String(performance.timeOrigin + performance.now())), true);
      addEventListener('keydown', (e) => {
        if (e.key === 'Enter') sessionStorage.setItem('benchEnterAt', String(performance.timeOrigin + performance.now()));
      }, true);
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING });
    await page.goto(`${site}/search/`, { waitUntil: 'load' });
    await settle(page, 300);
    await cdp.send('Network.enable');
    await cdp.send('Network.clearBrowserCache');
    const urls = new Map<string, string>();
    const files: { path: string; bytes: number }[] = [];
    cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
    cdp.on('Network.loadingFinished', (e) => {
      const url = urls.get(e.requestId);
      if (url) files.push({ path: new URL(url).pathname + new URL(url).search, bytes: e.encodedDataLength });
    });
    const input = page.locator('#search-page-q');
    await input.fill(query.q);
    await input.press('Enter');
    await page.waitForFunction(() => (window as unknown as { __resultsAt?: number }).__resultsAt, null, { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const r = await page.evaluate(() => ({
      at: (window as unknown as { __resultsAt: number }).__resultsAt,
      enter: Number(sessionStorage.getItem('benchEnterAt')),
      input: Number(sessionStorage.getItem('benchInputAt')),
      summary: (window as unknown as { __summary: string }).__summary,
    }));
    const search = files.filter((f) => f.path.startsWith('/search/data/') || f.path.startsWith('/_astro/search-engine'));
    return {
      ...query,
      ms: round(r.at - r.enter),
      fromInputMs: round(r.at - r.input),
      summary: r.summary,
      requests: files.length,
      bytes: files.reduce((t, f) => t + f.bytes, 0),
      searchRequests: search.length,
      searchBytes: search.reduce((t, f) => t + f.bytes, 0),
      files,
    };
  } finally {
    await page.close();
  }
}
