import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { anchorManifest, compareAnchors, htmlPages, pageFile, type AnchorManifest } from '../../scripts/lib/anchors.ts';
import { loadEdition } from '../../scripts/lib/content.ts';
import { anchorTexts } from '../../src/schemas/edition-model.ts';

const DIST = 'dist';
const built = anchorManifest(DIST, anchorTexts(loadEdition()));

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
        if (id && target.endsWith('/') && built[target]?.[id] === undefined) broken.push(`${page} → ${href} (no anchor “${id}”)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('keeps every published anchor, or an alias to where it went (content/anchor-manifest.json)', () => {
    const published = JSON.parse(readFileSync('content/anchor-manifest.json', 'utf8')) as AnchorManifest;
    const aliases = (parse(readFileSync('content/data/anchor-aliases.yaml', 'utf8')) ?? []) as { page: string; from: string; to: string }[];
    const lost = compareAnchors(published, built).removed.filter((a) => {
      const [page, id] = a.split('#') as [string, string];
      const alias = aliases.find((x) => x.page === page && x.from === id);
      return !alias || built[page]?.[alias.to] === undefined;
    });
    expect(lost, 'published anchors removed: add an alias in content/data/anchor-aliases.yaml').toEqual([]);
  });

  it('keeps every paragraph anchor on the text it was published with', () => {
    const published = JSON.parse(readFileSync('content/anchor-manifest.json', 'utf8')) as AnchorManifest;
    expect(compareAnchors(published, built).moved).toEqual([]);
  });

  it('has every new anchor recorded in the manifest (run `npm run anchors:accept` after reviewing `npm run anchors`)', () => {
    const published = JSON.parse(readFileSync('content/anchor-manifest.json', 'utf8')) as AnchorManifest;
    expect(compareAnchors(published, built).added).toEqual([]);
  });

  it('would notice a paragraph anchor that moved to other text, or disappeared', () => {
    const published = JSON.parse(readFileSync('content/anchor-manifest.json', 'utf8')) as AnchorManifest;
    expect(published['/topics/china-us/']!['china-us-a3']).toMatch(/^[0-9a-f]{10}$/);
    // As if the parser had merged two paragraphs: a3 now holds a4's text, and a6 is gone.
    const page = { ...built['/topics/china-us/']! };
    page['china-us-a3'] = page['china-us-a4']!;
    delete page['china-us-a6'];
    const before = compareAnchors(published, built);
    const after = compareAnchors(published, { ...built, '/topics/china-us/': page });
    expect(after.moved.filter((a) => !before.moved.includes(a))).toEqual(['/topics/china-us/#china-us-a3']);
    expect(after.removed.filter((a) => !before.removed.includes(a))).toEqual(['/topics/china-us/#china-us-a6']);
  });

  // The build's site address (SITE_URL), if one was configured: absolute metadata only then, and never a local address.
  const SITE = process.env.SITE_URL || null;

  it('publishes a sitemap of every page and a robots.txt that points to it, only with a configured site address', () => {
    const sitemap = readFileSync(`${DIST}/sitemap.xml`, 'utf8');
    const robots = readFileSync(`${DIST}/robots.txt`, 'utf8');
    if (SITE) {
      for (const page of htmlPages(DIST).filter((p) => p !== '/404.html')) expect(sitemap, page).toContain(`${page}</loc>`);
      expect(robots).toMatch(/^Sitemap: .*\/sitemap\.xml$/m);
    } else {
      expect(sitemap).not.toContain('<url>');
      expect(robots).not.toMatch(/Sitemap:/);
    }
  });

  it('gives every page a title and description, and canonical and preview addresses only where the site address is known', () => {
    for (const page of htmlPages(DIST)) {
      const html = readFileSync(pageFile(DIST, page), 'utf8');
      expect(html, page).toMatch(/<title>[^<]{10,}<\/title>/);
      expect(html, page).toMatch(/<meta name="description" content="[^"]{20,}"/);
      expect(html, page).not.toMatch(/localhost|127\.0\.0\.1/);
      if (SITE) {
        expect(html, page).toMatch(new RegExp(`<link rel="canonical" href="${SITE.replace(/\/$/, '')}/`));
        const image = /<meta property="og:image" content="[^"]*?(\/og\/[^"]+\.png)"/.exec(html)?.[1];
        expect(image, page).toBeDefined();
        expect(existsSync(`${DIST}${image}`), `${page} ${image}`).toBe(true);
      } else {
        expect(html, page).not.toMatch(/rel="canonical"|property="og:url"|property="og:image"/);
      }
    }
    const topic = readFileSync(pageFile(DIST, '/topics/china-us/'), 'utf8');
    expect(existsSync(`${DIST}/og/china-us.png`)).toBe(true);
    expect(topic).toMatch(/<meta property="og:type" content="article"/);
    expect(topic).toContain('href="/print/china-us.css"');
  });
});
