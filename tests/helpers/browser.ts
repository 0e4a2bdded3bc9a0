import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium; never a downloaded browser. */
export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A fresh Chromium profile; call `close()` to end it and remove the profile. */
export async function launchBrowser(options: Parameters<typeof chromium.launchPersistentContext>[1] = {}): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'pc-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    ...options,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A new tab that has forgotten any saved reading view, as a first-time reader's would be. */
export async function freshPage(context: BrowserContext, site: string) {
  const page = await context.newPage();
  await page.goto(`${site}/404.html`);
  await page.evaluate(() => localStorage.clear());
  return page;
}

/**
 * Go to `url` and wait until the page shows its text. A page opened with pinyin
 * keeps its main text hidden (`data-load`) until its first ruby is built, which
 * can come after the `load` event `goto` waits for.
 */
export async function gotoShown(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => !('load' in document.documentElement.dataset));
}

/**
 * Set one reading-view control as a reader does: open the controls from the
 * header's “Reading view” button, tick the radio button or checkbox named
 * `name` (or clear it), and close them again with Escape.
 */
export async function setView(page: Page, role: 'checkbox' | 'radio', name: Parameters<Page['getByRole']>[1], checked = true): Promise<void> {
  const toggle = page.locator('[data-view-toggle]');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await page.getByRole(role, name).setChecked(checked);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.querySelector('[data-view-toggle]')?.getAttribute('aria-expanded') === 'false');
}

/**
 * What a reader's copy puts on the clipboard as plain text: select the
 * contents of `from` (or everything from `from` to `to`), then fire the copy
 * event the page's handler answers.
 */
export function copySelection(page: Page, from: string, to?: string): Promise<string> {
  return page.evaluate(
    ([a, b]) => {
      const range = document.createRange();
      if (b) {
        range.setStartBefore(document.querySelector(a)!);
        range.setEndAfter(document.querySelector(b)!);
      } else range.selectNodeContents(document.querySelector(a)!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      const data = new DataTransfer();
      document.dispatchEvent(new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }));
      return data.getData('text/plain');
    },
    [from, to] as const,
  );
}

/**
 * Wait until every Chinese run of the page follows the view (src/client/zh-runs.ts
 * patches the runs away from the viewport in idle moments): `<html data-runs="synced">`.
 */
export async function runsSynced(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.runs === 'synced');
}

/**
 * Have the ruby of the page's Chinese built everywhere (zh-runs.ts builds it
 * sentence by sentence near the viewport), as printing and the dictionary
 * lookup's word-by-word moves do; `selector` limits it to the runs in or
 * around one element.
 */
export async function buildRuby(page: Page, selector?: string): Promise<void> {
  await runsSynced(page);
  await page.evaluate((s) => {
    const ask = new CustomEvent<{ done?: Promise<void> }>('zh:expand', { bubbles: true, detail: {} });
    (s ? document.querySelector(s)! : document).dispatchEvent(ask);
    return ask.detail.done;
  }, selector ?? null);
}

/** Have the page add up its layout shifts (not those right after input) from its first frame on; read them with layoutShifted(). */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { shifted: number };
    w.shifted = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) w.shifted += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shift the page has added up since recordLayoutShifts(). */
export function layoutShifted(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { shifted: number }).shifted);
}
