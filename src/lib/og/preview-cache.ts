import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { DRAWING_VERSION, PREVIEW_FONTS, PREVIEW_RENDER_OPTIONS, previewPng, previewSvg, type PreviewCard } from './preview-image.ts';

/**
 * The folder that keeps drawn preview images between builds: `OG_CACHE_DIR`,
 * else `.cache/og` in the project (git-ignored). `npm run build` deletes
 * neither it nor anything in it; an entry is never stale, since its name is
 * the hash of everything that decides the image.
 */
export function previewCacheDir(): string {
  return resolve(process.env.OG_CACHE_DIR ?? join(process.cwd(), '.cache', 'og'));
}

const require = createRequire(import.meta.url);
let rendererInput: string | null = null;

/** The inputs every image shares: the drawing code's version, the renderer's version and options, the fonts' bytes. */
function sharedInput(): string {
  if (rendererInput === null) {
    const hash = createHash('sha256');
    hash.update(`drawing ${DRAWING_VERSION}\n`);
    hash.update(`resvg ${(require('@resvg/resvg-js/package.json') as { version: string }).version}\n`);
    hash.update(`options ${JSON.stringify(PREVIEW_RENDER_OPTIONS)}\n`);
    for (const font of PREVIEW_FONTS) hash.update(readFileSync(font));
    rendererInput = hash.digest('hex');
  }
  return rendererInput;
}

/**
 * The cache key of a preview card: SHA-256 of its SVG (which holds the title
 * text, byline, footer and layout) and of the shared inputs (drawing code
 * version, renderer version and options, font files).
 */
export function previewCacheKey(card: PreviewCard): string {
  return createHash('sha256').update(sharedInput()).update('\n').update(previewSvg(card)).digest('hex');
}

/** Counts of this process's cache look-ups, for the build's log line. */
export const previewCacheStats = { hits: 0, drawn: 0 };

/**
 * The preview card as PNG bytes, drawn only when no image for the same input
 * is in the cache (`dir`, default previewCacheDir()); a newly drawn image is
 * written there (atomically: a temporary file renamed into place). An
 * unreadable or unwritable cache only costs the drawing.
 */
export function cachedPreviewPng(card: PreviewCard, dir = previewCacheDir()): Uint8Array {
  const file = join(dir, `${previewCacheKey(card)}.png`);
  try {
    const png = readFileSync(file);
    previewCacheStats.hits++;
    return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
  } catch {
    // not cached yet (or unreadable): draw it
  }
  const png = previewPng(card);
  previewCacheStats.drawn++;
  try {
    mkdirSync(dir, { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, png);
    renameSync(temp, file);
  } catch (error) {
    console.warn(`[og] could not cache ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return png;
}
