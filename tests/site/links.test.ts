import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { anchorManifest, htmlPages, pageFile, type AnchorManifest } from '../../scripts/lib/anchors.ts';

const DIST = 'dist';
const built = anchorManifest(DIST);

describe('links and anchors', () => {
  it('has no broken internal link or missing anchor anywhere in the built site', () => {
    const broken: string[] = [];
    for (const page of htmlPages(DIST)) {
      const html = readFileSync(pageFile(DIST, page), 'utf8');
      for (const [, href] of html.matchAll(/\shref="([^"]+)"/g)) {
        if (/^(https?:|mailto:|data:)/.test(href!)) continue;
        const url = new URL(href!.replace(/&amp;/g, '&'), `http://site${page}`);
        const target = url.pathname;
        const file = pageFile(DIST, target);
        if (!existsSync(file)) {
          broken.push(`${page} → ${href} (no such page)`);
          continue;
        }
        const id = decodeURIComponent(url.hash.slice(1));
        if (id && target.endsWith('/') && !(built[target] ?? []).includes(id)) broken.push(`${page} → ${href} (no anchor “${id}”)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('keeps every published anchor, or an alias to where it went (content/anchor-manifest.json)', () => {
    const published = JSON.parse(readFileSync('content/anchor-manifest.json', 'utf8')) as AnchorManifest;
    const aliases = (parse(readFileSync('content/data/anchor-aliases.yaml', 'utf8')) ?? []) as { page: string; from: string; to: string }[];
    const lost: string[] = [];
    for (const [page, ids] of Object.entries(published)) {
      const now = new Set(built[page] ?? []);
      for (const id of ids) {
        if (now.has(id)) continue;
        const alias = aliases.find((a) => a.page === page && a.from === id);
        if (!alias || !now.has(alias.to)) lost.push(`${page}#${id}`);
      }
    }
    expect(lost, 'published anchors removed: add an alias in content/data/anchor-aliases.yaml').toEqual([]);
  });

  it('has every new anchor recorded in the manifest (run `npm run anchors:accept` after reviewing `npm run anchors`)', () => {
    const published = JSON.parse(readFileSync('content/anchor-manifest.json', 'utf8')) as AnchorManifest;
    const unrecorded = Object.entries(built).flatMap(([page, ids]) => ids.filter((id) => !(published[page] ?? []).includes(id)).map((id) => `${page}#${id}`));
    expect(unrecorded).toEqual([]);
  });

  it('would notice a paragraph anchor that moved', () => {
    // The manifest pins the pipeline's IDs: the third answer paragraph of question 4 is china-us-a3.
    const published = JSON.parse(readFileSync('content/anchor-manifest.json', 'utf8')) as AnchorManifest;
    expect(published['/topics/china-us/']).toContain('china-us-a3');
    const shifted = { ...built, '/topics/china-us/': built['/topics/china-us/']!.filter((id) => id !== 'china-us-a3') };
    const lost = published['/topics/china-us/']!.filter((id) => !shifted['/topics/china-us/']!.includes(id));
    expect(lost).toEqual(['china-us-a3']);
  });

  it('publishes a sitemap of every page and a robots.txt that points to it', () => {
    const sitemap = readFileSync(`${DIST}/sitemap.xml`, 'utf8');
    for (const page of htmlPages(DIST).filter((p) => p !== '/404.html')) expect(sitemap, page).toContain(`${page}</loc>`);
    expect(readFileSync(`${DIST}/robots.txt`, 'utf8')).toMatch(/^Sitemap: .*\/sitemap\.xml$/m);
  });

  it('gives every page a title, description, canonical URL and a link-preview image that exists', () => {
    for (const page of htmlPages(DIST)) {
      const html = readFileSync(pageFile(DIST, page), 'utf8');
      expect(html, page).toMatch(/<title>[^<]{10,}<\/title>/);
      expect(html, page).toMatch(/<meta name="description" content="[^"]{20,}"/);
      expect(html, page).toMatch(/<link rel="canonical" href="[^"]+"/);
      const image = /<meta property="og:image" content="[^"]*?(\/og\/[^"]+\.png)"/.exec(html)?.[1];
      expect(image, page).toBeDefined();
      expect(existsSync(`${DIST}${image}`), `${page} ${image}`).toBe(true);
    }
    const topic = readFileSync(pageFile(DIST, '/topics/china-us/'), 'utf8');
    expect(topic).toContain('/og/china-us.png');
    expect(topic).toMatch(/<meta property="og:type" content="article"/);
  });
});
