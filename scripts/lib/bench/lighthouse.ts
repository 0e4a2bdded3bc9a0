/**
 * Lighthouse's performance score, as tests/site/lighthouse.test.ts runs
 * Lighthouse (its default mobile emulation and simulated throttling, Debian's
 * Chromium), performance category only.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS } from '../../../tests/helpers/browser.ts';
import { round, stats, type Stats } from './stats.ts';

/** One Lighthouse run. */
export interface LighthouseRun {
  score: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

/** A page's runs and their spread. */
export interface LighthousePage {
  page: string;
  runs: LighthouseRun[];
  score: Stats;
  fcpMs: Stats;
  lcpMs: Stats;
  tbtMs: Stats;
}

/** One run of Lighthouse on `url`, its JSON report written to `outFile`. */
export function lighthouseRun(root: string, url: string, outFile: string): Promise<LighthouseRun> {
  return new Promise((ok, fail) => {
    const argv = [url, '--quiet', '--output=json', `--output-path=${outFile}`, '--only-categories=performance', `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`];
    const child = spawn(join(root, 'node_modules', '.bin', 'lighthouse'), argv, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CHROME_PATH: CHROMIUM } });
    const output: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => output.push(d));
    child.stderr.on('data', (d: Buffer) => output.push(d));
    child.on('error', fail);
    child.on('close', (code, signal) => {
      if (code !== 0) {
        process.stderr.write(Buffer.concat(output));
        return fail(new Error(`lighthouse ${url} exited with ${code ?? signal}`));
      }
      const report = JSON.parse(readFileSync(outFile, 'utf8')) as { categories: { performance?: { score: number | null } }; audits: Record<string, { numericValue?: number }> };
      const score = report.categories.performance?.score;
      if (typeof score !== 'number') return fail(new Error(`lighthouse ${url}: no performance score (the run failed)`));
      const metric = (id: string): number => round(report.audits[id]?.numericValue ?? Number.NaN, 3);
      ok({ score: Math.round(score * 100), fcpMs: metric('first-contentful-paint'), lcpMs: metric('largest-contentful-paint'), tbtMs: metric('total-blocking-time'), cls: metric('cumulative-layout-shift') });
    });
  });
}

/** `runs` Lighthouse runs of `page` (a path with its query) on the site at `site`. */
export async function lighthousePage(root: string, site: string, page: string, runs: number, scratch: string): Promise<LighthousePage> {
  const results: LighthouseRun[] = [];
  for (let i = 0; i < runs; i++) results.push(await lighthouseRun(root, site + page, join(scratch, `run-${i}.json`)));
  return {
    page,
    runs: results,
    score: stats(results.map((r) => r.score)),
    fcpMs: stats(results.map((r) => r.fcpMs)),
    lcpMs: stats(results.map((r) => r.lcpMs)),
    tbtMs: stats(results.map((r) => r.tbtMs)),
  };
}
