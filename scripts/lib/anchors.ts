import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every page of a built site (its URL path) and the anchors (`id`s) on it.
 * A paragraph or sentence anchor maps to a short hash of its Chinese text, so
 * an anchor that silently comes to point at other text is noticed; other
 * anchors map to "".
 */
export type AnchorManifest = Record<string, Record<string, string>>;

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

/** Short, stable fingerprint of a text. */
export function textHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 10);
}

/** Build the anchor manifest of a built site; `texts` maps paragraph and sentence IDs to their Chinese text. */
export function anchorManifest(dist: string, texts: ReadonlyMap<string, string> = new Map()): AnchorManifest {
  const manifest: AnchorManifest = {};
  for (const page of htmlPages(dist)) {
    const html = readFileSync(pageFile(dist, page), 'utf8');
    const ids = [...new Set([...html.matchAll(ID)].map((m) => m[1]!))].sort();
    manifest[page] = Object.fromEntries(ids.map((id) => [id, texts.has(id) ? textHash(texts.get(id)!) : '']));
  }
  return manifest;
}

/** What changed between a published manifest and the built one. */
export function compareAnchors(published: AnchorManifest, built: AnchorManifest) {
  const removed: string[] = [];
  const moved: string[] = [];
  const added: string[] = [];
  for (const [page, ids] of Object.entries(published)) {
    for (const [id, hash] of Object.entries(ids)) {
      const now = built[page]?.[id];
      if (now === undefined) removed.push(`${page}#${id}`);
      else if (hash !== now) moved.push(`${page}#${id}`);
    }
  }
  for (const [page, ids] of Object.entries(built)) for (const id of Object.keys(ids)) if (published[page]?.[id] === undefined) added.push(`${page}#${id}`);
  return { removed, moved, added };
}
