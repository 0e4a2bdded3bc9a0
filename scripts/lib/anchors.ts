import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every page of a built site (its URL path) and the anchors (`id`s) on it, sorted. */
export type AnchorManifest = Record<string, string[]>;

const ID = /\sid="([^"]+)"/g;

/** The HTML pages under `dist`, as URL paths (`/topics/china-us/`). */
export function htmlPages(dist: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) pages.push(`/${relative(dist, path).replace(/index\.html$/, '')}`);
    }
  };
  walk(dist);
  return pages.sort();
}

/** The file behind a URL path of the built site. */
export function pageFile(dist: string, path: string): string {
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
}

/** Build the anchor manifest of a built site. */
export function anchorManifest(dist: string): AnchorManifest {
  const manifest: AnchorManifest = {};
  for (const page of htmlPages(dist)) {
    const html = readFileSync(pageFile(dist, page), 'utf8');
    manifest[page] = [...new Set([...html.matchAll(ID)].map((m) => m[1]!))].sort();
  }
  return manifest;
}
