import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { escapeHtml } from '../../utils/escape-html.ts';

/** What a topic's link preview shows. */
export interface PreviewCard {
  titleZh: string;
  titleEn: string;
  /** e.g. “Question 4 · Bloomberg (United States)” */
  byline: string;
  /** e.g. “Wang Yi · press conference · 7 March 2024” */
  footer: string;
}

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

const require = createRequire(import.meta.url);
// The package exports only its JS entry (dist/index.cjs); the fonts sit beside dist/.
const FONT_DIR = join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
/** The font files the cards are drawn with (part of the preview cache's key). */
export const PREVIEW_FONTS: readonly string[] = ['NotoSansHans-Regular.otf', 'NotoSansHans-Bold.otf'].map((f) => join(FONT_DIR, f));

/**
 * The version of the drawing code, part of the preview cache's key
 * (src/lib/og/preview-cache.ts). The SVG, the renderer's options and version
 * and the fonts are keyed by themselves; bump this for any other change to how
 * previewPng draws.
 */
export const DRAWING_VERSION = 1;

/** resvg's options apart from the font files (part of the preview cache's key). */
export const PREVIEW_RENDER_OPTIONS = {
  font: { loadSystemFonts: false, defaultFontFamily: 'Noto Sans Hans' },
  fitTo: { mode: 'width', value: PREVIEW_WIDTH },
} as const;

/** Break text into lines of at most `max` width units (a CJK character counts 1, a Latin one about 0.55). */
export function wrapText(text: string, max: number): string[] {
  const width = (s: string) => [...s].reduce((w, c) => w + (/[\u2E80-\uFFEF]/.test(c) ? 1 : 0.55), 0);
  const cjk = /[\u2E80-\uFFEF]/.test(text);
  const tokens = cjk ? [...text] : text.split(/(?<=\s)/);
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line && width(line + token) > max) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line) lines.push(line.trimEnd());
  return lines;
}

/** The preview card as SVG (fonts: the bundled Noto Sans Hans, so no system font is needed). */
export function previewSvg(card: PreviewCard): string {
  const zh = wrapText(card.titleZh, 16).slice(0, 2);
  const en = wrapText(card.titleEn, 36).slice(0, 2);
  const text = (x: number, y: number, size: number, weight: number, fill: string, s: string) =>
    `<text x="${x}" y="${y}" font-family="Noto Sans Hans" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeHtml(s)}</text>`;
  let y = 240;
  const lines: string[] = [];
  for (const l of zh) {
    lines.push(text(80, y, 72, 700, '#1d1b18', l));
    y += 92;
  }
  y += 10;
  for (const l of en) {
    lines.push(text(80, y, 40, 400, '#5f5a52', l));
    y += 54;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" viewBox="0 0 ${PREVIEW_WIDTH} ${PREVIEW_HEIGHT}">
<rect width="100%" height="100%" fill="#fbf9f5"/>
<rect x="0" y="0" width="24" height="${PREVIEW_HEIGHT}" fill="#9b2c1f"/>
${text(80, 100, 30, 400, '#9b2c1f', card.byline)}
${lines.join('\n')}
<line x1="80" y1="540" x2="1120" y2="540" stroke="#ddd6ca" stroke-width="2"/>
${text(80, 585, 28, 400, '#5f5a52', card.footer)}
</svg>`;
}

/** Render the preview card to PNG bytes. */
export function previewPng(card: PreviewCard): Uint8Array {
  const resvg = new Resvg(previewSvg(card), {
    ...PREVIEW_RENDER_OPTIONS,
    font: { ...PREVIEW_RENDER_OPTIONS.font, fontFiles: [...PREVIEW_FONTS] },
  });
  return resvg.render().asPng();
}
