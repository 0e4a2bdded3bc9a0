/**
 * Chromium as a phone: Playwright's mobile emulation (390×844 CSS pixels,
 * device scale factor 2, touch, mobile viewport) and CPU throttling through
 * the Chrome DevTools Protocol (`Emulation.setCPUThrottlingRate`).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../../tests/helpers/browser.ts';

/** The emulated phone (about an iPhone 14's CSS viewport). */
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } as const;

/** The CPU slowdown applied to every measured page. */
export const CPU_THROTTLING = 4;

/** A phone-emulating Chromium with a fresh profile; `close()` ends it. */
export async function launchPhone(): Promise<{ context: BrowserContext; version: string; close: () => Promise<void> }> {
  const browser = await launchBrowser({ ...PHONE });
  return { context: browser.context, version: browser.context.browser()?.version() ?? '', close: browser.close };
}

/**
 * A new tab whose CPU is slowed `rate` times (it stays so across its
 * navigations), that forgets the saved reading view before every load.
 */
export async function throttledPage(context: BrowserContext, rate = CPU_THROTTLING): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    try {
      localStorage.removeItem('view');
    } catch {
      // storage unavailable: nothing saved either
    }
  });
  page.on('pageerror', (e) => console.error(`bench: page error: ${e.message}`));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return page;
}

/** Let a loaded page settle: fonts loaded, a few frames drawn, a moment idle. */
export async function settle(page: Page, idleMs = 500): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
  });
  await page.waitForTimeout(idleMs);
}
