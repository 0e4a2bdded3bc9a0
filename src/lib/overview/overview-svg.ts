import type { Region } from '../../schemas/common.ts';
/**
 * "The shape of the press conference at a glance": one accessible, self-contained SVG
 * that draws every item of the conference (opening statement, questions, digest-only
 * topics) as a horizontal bar whose length is proportional to the answer length.
 *
 * Layout (a vertical list of bars, one row per item, in the order asked):
 *
 *   legend: what bar length and colour mean; region swatches; hatched digest-only swatch
 *   ┌────┬──────────────────────────────────────────────┐
 *   │  4 │ 谈中美关系 On China–US relations               │  ← title line (zh + en, truncated to fit)
 *   │    │ ██████████████████████ Bloomberg · 1,532       │  ← bar (region colour) + outlet · length
 *   └────┴──────────────────────────────────────────────┘
 *   - - - - - - - - - - - - - - - - - - - - - - - - - - -   ← "Full transcript breaks off here (after question 14)"
 *   │    │ 谈朝鲜半岛问题 On the Korean Peninsula          │
 *   │    │ ▨▨▨▨▨▨▨▨ digest only · 456                     │  ← hatched, dashed outline
 *
 * A vertical list keeps the labels horizontal and legible when the SVG is scaled down to a
 * 390px phone through its viewBox (default viewBox width 480, text 14–16 units), and the
 * reading order of the markup is the order of the conference.
 *
 * Each row is a <g class="overview-row">: the number, Chinese title and trailing label
 * (aria-hidden, since the link's name already says all of it), then an
 * <a class="overview-link" aria-label="Question 4, Bloomberg: On China–US relations, 1,532 characters">
 * holding a transparent <rect class="overview-hit"> over the whole row (a large click target
 * and focus outline), the <rect class="overview-bar"> and the English title as link text.
 * Keeping only the English title as visible link text makes the visible label a contiguous
 * part of the accessible name (WCAG 2.5.3 Label in Name, axe "label-content-name-mismatch").
 *
 * The root is role="group" (with aria-labelledby → <title>, aria-describedby → <desc>), not
 * role="img": an img's children are presentational, which would hide the links from assistive
 * technology and fail axe's "nested-interactive" rule.
 *
 * Pure: no DOM, no Astro, no dependencies; the same input always gives the same string.
 * No `style` attributes and no <style> element (CSP without 'unsafe-inline'): presentation
 * attributes only. All label text uses fill="currentColor" so it takes the page's text
 * colour (light and dark themes); region colours are used for the marks only. The links
 * carry fill="currentColor" too: SVG paints a text decoration with the fill of the element
 * that declares it (here the <a>, underlined by the page's link style), and the default
 * fill, black, would leave the underline invisible on the dark page.
 *
 * Hooks for page CSS: root class "overview-chart", plus the classes above, "overview-legend"
 * and "overview-divider". Size it with CSS (e.g. width: 100%; max-width: 40rem; height: auto);
 * the SVG has a viewBox and no width/height attributes.
 */

export interface OverviewItem {
  slug: string;
  href: string;
  kind: 'opening' | 'qa' | 'digest-only';
  number: number | null;
  titleZh: string;
  /** The Chinese title in traditional script (same length), drawn for readers who chose it. */
  titleZhHant?: string | undefined;
  titleEn: string;
  outletZh: string | null;
  outletEn: string | null;
  region: Region | 'Unknown';
  answerChars: number;
}

export interface OverviewOptions {
  /** Width of the viewBox in user units (default 480, minimum 320). Height follows from the content. */
  width?: number;
  /** Prefix for the ids of <title>, <desc> and patterns, so two charts can share a page (default "overview"). */
  idPrefix?: string;
}

/**
 * Region colours for the marks (bars and legend swatches), keyed by the region names used
 * in the data.
 *
 * Hues are the Okabe–Ito colour-blind-safe palette (Okabe & Ito, "Color Universal Design",
 * 2008). Their lightness is adjusted so that every colour sits in the luminance band that
 * gives at least 3:1 contrast (WCAG 2.x SC 1.4.11, non-text contrast) against BOTH page
 * backgrounds, the light #fbf9f5 and the dark #1a1816:
 *
 *   region                   colour    Okabe–Ito source          vs #fbf9f5  vs #1a1816
 *   China                    #B84400   vermillion, darkened         5.2:1       3.3:1
 *   Americas                 #0072B2   blue (unchanged)             4.9:1       3.4:1
 *   Europe                   #009E73   bluish green (unchanged)     3.3:1       5.2:1
 *   Asia-Pacific             #C06DA0   reddish purple, darkened     3.4:1       5.0:1
 *   Middle East and Africa   #AE8C00   orange/yellow, darkened      3.1:1       5.5:1
 *   Unknown                  #7F7A73   warm grey                    4.1:1       4.2:1
 *
 * Vermillion was darkened and the ochre kept light so the two stay apart for deuteranopes
 * (who see them mainly by lightness). Under simulated deuteranopia, protanopia and
 * tritanopia (Machado et al. 2009) the five region colours stay at least ΔE*ab 14 apart.
 * Grey ("Unknown", used by digest-only topics) is always drawn hatched with a dashed
 * outline, so it never relies on colour alone. Regions not listed here fall back to
 * the "Unknown" grey. Colour is never used for text: labels use currentColor.
 */
export const REGION_COLOURS: Record<Region | 'Unknown', string> = {
  China: '#B84400',
  Americas: '#0072B2',
  Europe: '#009E73',
  'Asia-Pacific': '#C06DA0',
  'Middle East and Africa': '#AE8C00',
  Unknown: '#7F7A73',
};

const UNKNOWN = 'Unknown';

/** The mark colour for a region; unknown region names get the "Unknown" grey. */
export function regionColour(region: string): string {
  return Object.hasOwn(REGION_COLOURS, region) ? REGION_COLOURS[region as Region] : fallbackColour();
}

function fallbackColour(): string {
  return REGION_COLOURS[UNKNOWN] ?? '#7F7A73';
}

// Characters not allowed in XML 1.0 (C0 controls except tab/newline/CR, lone surrogates, U+FFFE/U+FFFF).
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for XML text nodes and double- or single-quoted attributes; drops characters XML cannot carry. */
export function escapeXml(value: string): string {
  return value
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Formats a count with thousands separators, independently of the runtime's locale data: 1532 → "1,532". */
export function formatCount(n: number): string {
  const value = Number.isFinite(n) ? Math.round(n) : 0;
  const sign = value < 0 ? '-' : '';
  return sign + String(Math.abs(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** True for CJK ideographs, kana, hangul and full-width forms (drawn about 1em wide). */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    cp >= 0x20000
  );
}

const NARROW = new Set([...' !\'(),-./:;[]`fijlrt|‘’·']);
const BROAD = new Set([...'MWmw@%']);

/**
 * Latin widths are estimated without font metrics (measured against Noto Sans and Source Sans they
 * come out within about 7%), so Latin text is fitted to its space divided by this factor.
 * Chinese characters are 1em in any CJK font, so Chinese needs no slack.
 */
const LATIN_SLACK = 1.08;

/**
 * An estimate of a string's rendered width in user units. `zh` text
 * (set in a CJK font) draws its punctuation, such as “ ” and 、, full width.
 */
export function estimateTextWidth(text: string, fontSize: number, zh = false): number {
  let em = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (isWide(cp) || (zh && cp > 0x2000)) em += 1;
    else if (NARROW.has(ch)) em += 0.32;
    else if (BROAD.has(ch)) em += 0.85;
    else if (ch >= 'A' && ch <= 'Z') em += 0.68;
    else em += 0.56;
  }
  return em * fontSize;
}

/**
 * Shortens text with an ellipsis so that its estimated width fits `maxWidth`; returns it unchanged
 * when it fits. Latin text is cut at a word boundary where possible (so every visible word is a
 * whole word of the full text, which keeps a link's visible label inside its accessible name);
 * Chinese text, and a first word too long to fit, are cut between characters.
 */
export function truncateToWidth(text: string, fontSize: number, maxWidth: number, zh = false): string {
  const limit = zh ? maxWidth : maxWidth / LATIN_SLACK;
  if (estimateTextWidth(text, fontSize, zh) <= limit) return text;
  const fits = (candidate: string) => candidate.length > 1 && estimateTextWidth(candidate, fontSize, zh) <= limit;
  const tidy = (head: string) => head.replace(/[\s,;:·–—、，。-]+$/u, '') + '…';
  if (!zh) {
    const words = text.split(/\s+/);
    for (let n = words.length - 1; n > 0; n--) {
      const candidate = tidy(words.slice(0, n).join(' '));
      if (fits(candidate)) return candidate;
    }
  }
  const chars = [...text];
  for (let n = chars.length - 1; n > 0; n--) {
    const candidate = tidy(chars.slice(0, n).join(''));
    if (fits(candidate)) return candidate;
  }
  return estimateTextWidth('…', fontSize, zh) <= limit ? '…' : '';
}

/** Only same-site, http(s), mailto and fragment links; anything else (e.g. javascript:) becomes "#". */
function safeHref(href: string): string {
  const trimmed = href.trim();
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(trimmed);
  if (scheme && !['http', 'https', 'mailto'].includes((scheme[1] ?? '').toLowerCase())) return '#';
  return trimmed === '' ? '#' : trimmed;
}

/** Numbers for attributes: at most two decimals, no "-0", no exponent. */
function num(n: number): string {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

function chars(item: OverviewItem): number {
  return Number.isFinite(item.answerChars) && item.answerChars > 0 ? item.answerChars : 0;
}

function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

function listEn(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

/** The accessible name of an item's link, e.g. "Question 4, Bloomberg: On China–US relations, 1,532 characters". */
export function itemLabel(item: OverviewItem): string {
  const count = formatCount(chars(item));
  const title = item.titleEn.trim() || item.titleZh.trim();
  if (item.kind === 'opening') return `Opening statement: ${title}, ${count} characters`;
  if (item.kind === 'digest-only') {
    return `Known only from the digest, asked after the transcript breaks off: ${title}, ${count} characters of digest text`;
  }
  const who = [item.number === null ? 'Question' : `Question ${item.number}`, item.outletEn?.trim() ?? ''].filter(Boolean).join(', ');
  return `${who}: ${title}, ${count} characters`;
}

function describeQuestion(item: OverviewItem): string {
  const parts = [item.number === null ? 'a question' : `question ${item.number}`];
  const who = [item.outletEn?.trim(), item.titleEn.trim() ? `on ${lowerFirstOn(item.titleEn.trim())}` : ''].filter(Boolean).join(', ');
  return who ? `${parts[0]} (${who})` : (parts[0] ?? '');
}

/** "On China–US relations" → "China–US relations", so it reads after "on". */
function lowerFirstOn(title: string): string {
  return title.replace(/^on\s+/i, '');
}

function regionOrder(regions: Iterable<string>): string[] {
  const known = Object.keys(REGION_COLOURS);
  const set = new Set(regions);
  const listed = known.filter((r) => set.has(r));
  const others = [...set].filter((r) => !known.includes(r)).sort();
  // Unknown last, as it is the least informative.
  return [...listed.filter((r) => r !== UNKNOWN), ...others, ...listed.filter((r) => r === UNKNOWN)];
}

function summary(items: OverviewItem[], breakAfter: number | null): { title: string; desc: string } {
  const opening = items.filter((i) => i.kind === 'opening');
  const questions = items.filter((i) => i.kind === 'qa');
  const digest = items.filter((i) => i.kind === 'digest-only');
  const title = 'The press conference at a glance: answer lengths in the order asked';
  if (items.length === 0) return { title, desc: 'No questions to show.' };

  const covered = [
    opening.length > 0 ? (opening.length === 1 ? 'the opening statement' : plural(opening.length, 'opening statement', 'opening statements')) : '',
    questions.length > 0 ? plural(questions.length, 'question', 'questions') : '',
  ].filter(Boolean);
  const sentences: string[] = [];
  sentences.push(
    `A bar chart of the press conference in the order it happened: ${listEn(covered) || 'no items'} from the full transcript` +
      (digest.length > 0 ? `, then ${plural(digest.length, 'topic', 'topics')} known only from the digest.` : '.'),
  );
  sentences.push('Each bar’s length is the length of the answer in Chinese characters; its colour is the region of the outlet that asked.');
  for (const o of opening) sentences.push(`The opening statement runs to ${formatCount(chars(o))} characters.`);
  if (questions.length > 0) {
    // First of equals wins, so the result does not depend on sort stability.
    let longest = questions[0] as OverviewItem;
    let shortest = longest;
    for (const q of questions) {
      if (chars(q) > chars(longest)) longest = q;
      if (chars(q) < chars(shortest)) shortest = q;
    }
    const total = questions.reduce((sum, q) => sum + chars(q), 0);
    if (questions.length > 1) {
      sentences.push(
        `The longest answer is to ${describeQuestion(longest)}, at ${formatCount(chars(longest))} characters; ` +
          `the shortest is to ${describeQuestion(shortest)}, at ${formatCount(chars(shortest))}. ` +
          `The answers to the questions total ${formatCount(total)} characters.`,
      );
    } else {
      sentences.push(`The answer to ${describeQuestion(longest)} runs to ${formatCount(chars(longest))} characters.`);
    }
    const counts = new Map<string, number>();
    for (const q of questions) counts.set(q.region, (counts.get(q.region) ?? 0) + 1);
    sentences.push(`Questions by region of the asking outlet: ${regionOrder(counts.keys()).map((r) => `${r} ${counts.get(r) ?? 0}`).join(', ')}.`);
  }
  if (digest.length > 0) {
    const titles = digest.map((d) => lowerFirstOn(d.titleEn.trim() || d.titleZh.trim()));
    sentences.push(
      `The full transcript breaks off ${breakAfter === null ? 'before them' : `after question ${breakAfter}`}; ` +
        `the digest alone covers ${listEn(titles)}, shown hatched with the length of the digest’s text.`,
    );
  }
  return { title, desc: sentences.join(' ') };
}

// Geometry, in user units.
const PAD = 8; // outer margin
const GUTTER = 32; // number column
const FS_TITLE = 16; // title line
const FS_META = 14; // legend, trailing labels, divider
const ROW = 52; // row pitch
const BAR_Y = 24; // bar offset within a row
const BAR_H = 14;
const LABEL_GAP = 8; // bar end → trailing label
const TITLE_GAP = 6; // Chinese title → English title
const DIVIDER_H = 62;
const LEGEND_ROW = 22;
const SWATCH = 14;

function textEl(x: number, y: number, fontSize: number, content: string, extra = ''): string {
  return `<text x="${num(x)}" y="${num(y)}" font-size="${fontSize}" fill="currentColor"${extra}>${content}</text>`;
}

/** The fill/stroke attributes of a mark: solid for answers, hatched with a dashed outline for digest-only topics. */
function markPaint(colour: string, digestOnly: boolean, hatchId: string | undefined): string {
  if (digestOnly && hatchId !== undefined) {
    return `fill="url(#${hatchId})" stroke="${colour}" stroke-width="1.5" stroke-dasharray="4 2"`;
  }
  return `fill="${colour}"`;
}

/**
 * Draws the press conference as one SVG string (see the module comment for the layout).
 * Items are drawn in the order given; a "transcript breaks off here" divider precedes the
 * first digest-only item.
 */
export function overviewSvg(items: OverviewItem[], options?: OverviewOptions): string {
  const width = Math.max(320, Math.round(options?.width ?? 480));
  const prefix = (options?.idPrefix ?? 'overview').replace(/[^A-Za-z0-9_-]/g, '') || 'overview';
  const ids = { title: `${prefix}-title`, desc: `${prefix}-desc` };

  const firstDigest = items.findIndex((i) => i.kind === 'digest-only');
  let breakAfter: number | null = null;
  for (const item of firstDigest === -1 ? [] : items.slice(0, firstDigest)) {
    if (item.kind === 'qa' && item.number !== null) breakAfter = Math.max(breakAfter ?? item.number, item.number);
  }
  const { title, desc } = summary(items, breakAfter);

  const contentX = PAD + GUTTER;
  const contentW = width - PAD - contentX;

  // Hatch patterns, one per colour used by a digest-only item (in order of first use).
  const hatchIds = new Map<string, string>();
  for (const item of items) {
    const colour = regionColour(item.region);
    if (item.kind === 'digest-only' && !hatchIds.has(colour)) hatchIds.set(colour, `${prefix}-hatch-${hatchIds.size + 1}`);
  }
  if (hatchIds.size === 0 && firstDigest !== -1) hatchIds.set(fallbackColour(), `${prefix}-hatch-1`);

  // Trailing labels ("Bloomberg · 1,532"), then one scale for every bar so lengths stay proportional
  // while each label still fits to the right of its bar.
  const trailing = items.map((item) => {
    const count = formatCount(chars(item));
    if (item.kind === 'digest-only') return `digest only · ${count}`;
    const outlet = item.kind === 'qa' && item.outletEn ? truncateToWidth(item.outletEn.trim(), FS_META, contentW * 0.4) : '';
    return outlet ? `${outlet} · ${count}` : count;
  });
  const maxChars = Math.max(0, ...items.map(chars));
  let scale = maxChars > 0 ? contentW / maxChars : 0;
  items.forEach((item, i) => {
    const c = chars(item);
    if (c > 0) scale = Math.min(scale, (contentW - LABEL_GAP - 0.01 - LATIN_SLACK * estimateTextWidth(trailing[i] ?? '', FS_META)) / c);
  });
  scale = Math.max(0, scale);

  const body: string[] = [];
  let y = PAD;

  // Legend.
  const legend: string[] = [];
  for (const note of ['Bar length = length of the answer in Chinese characters', 'Colour = region of the outlet that asked']) {
    legend.push(textEl(PAD, y + 12, FS_META, escapeXml(truncateToWidth(note, FS_META, width - 2 * PAD))));
    y += LEGEND_ROW;
  }
  const entries: { label: string; paint: string }[] = regionOrder(items.filter((i) => i.kind !== 'digest-only').map((i) => i.region)).map((r) => ({
    label: r,
    paint: markPaint(regionColour(r), false, undefined),
  }));
  if (firstDigest !== -1) {
    const colour = regionColour(items[firstDigest]?.region ?? UNKNOWN);
    entries.push({ label: 'Digest only (after the transcript breaks off)', paint: markPaint(colour, true, hatchIds.get(colour)) });
  }
  let x = PAD;
  for (const entry of entries) {
    const label = truncateToWidth(entry.label, FS_META, width - 2 * PAD - SWATCH - 6);
    const w = SWATCH + 6 + LATIN_SLACK * estimateTextWidth(label, FS_META);
    if (x > PAD && x + w > width - PAD) {
      x = PAD;
      y += LEGEND_ROW;
    }
    legend.push(
      `<rect x="${num(x + 0.75)}" y="${num(y + 0.75)}" width="${SWATCH - 1.5}" height="${SWATCH - 1.5}" ${entry.paint}/>` +
        textEl(x + SWATCH + 6, y + 12, FS_META, escapeXml(label)),
    );
    x += w + 16;
  }
  if (entries.length > 0) y += LEGEND_ROW;
  body.push(`<g class="overview-legend">${legend.join('')}</g>`);
  y += 10;

  items.forEach((item, i) => {
    const digestOnly = item.kind === 'digest-only';
    if (i === firstDigest) {
      const line1 = breakAfter === null ? 'The full transcript breaks off here' : `The full transcript breaks off here, after question ${breakAfter}`;
      const line2 = 'Below: digest-only topics (bar = digest text length)';
      body.push(
        `<g class="overview-divider">` +
          `<line x1="${PAD}" y1="${num(y + 6)}" x2="${num(width - PAD)}" y2="${num(y + 6)}" stroke="currentColor" stroke-width="1.5" stroke-dasharray="6 4"/>` +
          textEl(PAD, y + 28, FS_META, escapeXml(truncateToWidth(line1, FS_META * 1.05, width - 2 * PAD)), ' font-weight="700"') +
          textEl(PAD, y + 46, FS_META, escapeXml(truncateToWidth(line2, FS_META, width - 2 * PAD))) +
          `</g>`,
      );
      y += DIVIDER_H;
    }

    const colour = regionColour(item.region);
    const barW = chars(item) * scale;

    // Title line: Chinese short title, then the English one, shortened to fit.
    const zhFull = item.titleZh.trim();
    const enFull = item.titleEn.trim();
    const gap = zhFull && enFull ? TITLE_GAP : 0;
    let zh = truncateToWidth(zhFull, FS_TITLE, contentW, true);
    let en = enFull ? truncateToWidth(enFull, FS_TITLE, contentW - estimateTextWidth(zh, FS_TITLE, true) - gap) : '';
    if (enFull && estimateTextWidth(en, FS_TITLE) < Math.min(estimateTextWidth(enFull, FS_TITLE), FS_TITLE * 6)) {
      // Not even a few words of English fit: share the line instead.
      zh = truncateToWidth(zhFull, FS_TITLE, contentW / 2, true);
      en = truncateToWidth(enFull, FS_TITLE, contentW - estimateTextWidth(zh, FS_TITLE, true) - gap);
    }
    const enX = contentX + (zh ? estimateTextWidth(zh, FS_TITLE, true) + gap : 0);

    // Only the English title is link text, so the link's visible label is a contiguous part of its
    // accessible name (WCAG 2.5.3 Label in Name). The number, Chinese title and trailing label repeat
    // what the name says, so they are hidden from assistive technology; they are drawn first, and the
    // link's transparent hit area on top makes the whole row clickable.
    const hidden = ' aria-hidden="true"';
    const number = item.kind === 'qa' && item.number !== null ? textEl(PAD + GUTTER - 8, y + 16, FS_TITLE, escapeXml(String(item.number)), `${hidden} font-weight="700" text-anchor="end"`) : '';
    body.push(
      `<g class="overview-row">` +
        number +
        (zh ? textEl(contentX, y + 16, FS_TITLE, escapeXml(zh), `${hidden} lang="zh-Hans"${item.titleZhHant ? ' class="hans"' : ''}`) : '') +
        (zh && item.titleZhHant ? textEl(contentX, y + 16, FS_TITLE, escapeXml(sameCut(zh, zhFull, item.titleZhHant)), `${hidden} lang="zh-Hant-TW" class="hant"`) : '') +
        textEl(contentX + barW + LABEL_GAP, y + BAR_Y + 12, FS_META, escapeXml(trailing[i] ?? ''), hidden) +
        `<a href="${escapeXml(safeHref(item.href))}" aria-label="${escapeXml(itemLabel(item))}" class="overview-link" fill="currentColor" data-slug="${escapeXml(item.slug)}" data-kind="${item.kind}">` +
        `<rect class="overview-hit" x="${PAD}" y="${num(y - 2)}" width="${num(width - 2 * PAD)}" height="${ROW - 4}" fill="#000" fill-opacity="0"/>` +
        `<rect class="overview-bar" x="${contentX}" y="${num(y + BAR_Y)}" width="${num(barW)}" height="${BAR_H}" ${markPaint(colour, digestOnly, hatchIds.get(colour))}/>` +
        (en ? textEl(enX, y + 16, FS_TITLE, escapeXml(en)) : '') +
        `</a>` +
        `</g>`,
    );
    y += ROW;
  });

  const height = Math.ceil(y + PAD - 6);
  const defs = [...hatchIds].map(
    ([colour, id]) =>
      `<pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="2.5" height="6" fill="${colour}"/></pattern>`,
  );

  // role="group" rather than role="img": see the module comment.
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="group" aria-labelledby="${ids.title}" aria-describedby="${ids.desc}" class="overview-chart">` +
    `<title id="${ids.title}">${escapeXml(title)}</title>` +
    `<desc id="${ids.desc}">${escapeXml(desc)}</desc>` +
    (defs.length > 0 ? `<defs>${defs.join('')}</defs>` : '') +
    body.join('') +
    `</svg>`
  );
}

/** The traditional title cut where the simplified one was (the forms align character by character). */
function sameCut(cut: string, full: string, hant: string): string {
  if (cut === full) return hant;
  const kept = [...cut];
  const ellipsis = kept[kept.length - 1] === '…' ? 1 : 0;
  return [...hant].slice(0, kept.length - ellipsis).join('') + (ellipsis ? '…' : '');
}
