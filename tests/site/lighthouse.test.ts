import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { describe, expect, it, inject } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS } from '../helpers/browser.ts';

const site = inject('siteUrl');
// Performance is timing-dependent, so it is measured by `npm run bench` (scripts/bench.ts), never gated here.
const CATEGORIES = ['accessibility', 'best-practices', 'seo'] as const;
// The target is 100 in every category; the gate is 95.
const GATE = 0.95;

const PAGES = {
  home: '/',
  'largest topic page': '/topics/chinas-diplomacy/',
  'reporter index': '/reporters/',
};

describe('Lighthouse (mobile emulation)', () => {
  for (const [name, path] of Object.entries(PAGES)) {
    it(`scores at least 95 in accessibility, best practices and SEO on the ${name}`, () => {
      mkdirSync('test-results', { recursive: true });
      const out = `test-results/lighthouse-${name.replace(/\s+/g, '-')}.json`;
      execFileSync(
        'node_modules/.bin/lighthouse',
        [site + path, '--quiet', '--output=json', `--output-path=${out}`, `--only-categories=${CATEGORIES.join(',')}`, `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`],
        { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: 'inherit', timeout: 120_000 },
      );
      const report = JSON.parse(readFileSync(out, 'utf8')) as { categories: Record<string, { score: number }> };
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(report.categories[c]!.score * 100)]));
      console.log(`lighthouse ${path}: ${JSON.stringify(scores)}`);
      for (const c of CATEGORIES) expect(report.categories[c]!.score, `${path} ${c}`).toBeGreaterThanOrEqual(GATE);
    }, 150_000);
  }
});
