import { NO_READING, toneOf } from '../schemas/pinyin.ts';
import { escapeHtml } from './escape-html.ts';

/** The edition's word lengths as [start, end) code-point ranges. */
export function wordRanges(words: readonly number[]): [number, number][] {
  const ranges: [number, number][] = [];
  let at = 0;
  for (const length of words) {
    ranges.push([at, at + length]);
    at += length;
  }
  return ranges;
}

/** An annotation wrapped around a range of the text: pre-built, already escaped opening and closing tags. */
export interface Wrap {
  from: number;
  to: number;
  open: string;
  close: string;
}

/**
 * Ruby markup for a run of Chinese text: one `<ruby>` per word (as the
 * edition segments it), one `<rt>` per syllable carrying its tone as a
 * class (`t1`…`t5`) for tone colours. Characters without a reading
 * (punctuation, digits, Latin letters) are plain text and never annotated.
 * `<rt>` is hidden from assistive technology: screen readers already voice
 * the characters, and reading each syllable again would say everything twice.
 *
 * @param display the characters to show (simplified or traditional), same length as `readings`
 * @param readings one syllable per character, NO_READING for none
 * @param words word ranges (see wordRanges) of the edition's segmentation
 * @param wraps annotations (sentences, glossary terms, corrections) that nest but never cross; words are cut at their edges
 */
export function rubyHtml(display: string, readings: readonly string[], words: readonly [number, number][], wraps: readonly Wrap[] = []): string {
  const chars = [...display];
  if (chars.length !== readings.length) throw new Error(`ruby: ${chars.length} characters but ${readings.length} readings in “${display.slice(0, 20)}…”`);
  const { opens, closes } = tagsAt(wraps);
  let html = '';
  for (const [start, end] of cutAt(words, wraps)) {
    html += opens.get(start) ?? '';
    let i = start;
    while (i < end) {
      if (readings[i] === NO_READING) {
        html += escapeHtml(chars[i]!);
        i++;
        continue;
      }
      html += '<ruby>';
      while (i < end && readings[i] !== NO_READING) {
        const syllable = readings[i]!;
        html += `${escapeHtml(chars[i]!)}<rt class="t${toneOf(syllable)}" aria-hidden="true">${escapeHtml(syllable)}</rt>`;
        i++;
      }
      html += '</ruby>';
    }
    html += closes.get(end) ?? '';
  }
  return html;
}

/**
 * The tags to write at each position: where wraps meet, the inner ones close
 * first, then the outer ones open before the inner ones (a sentence around the
 * glossary term it starts with), so nested wraps stay well formed.
 */
function tagsAt(wraps: readonly Wrap[]): { opens: Map<number, string>; closes: Map<number, string> } {
  const opens = new Map<number, string>();
  const closes = new Map<number, string>();
  // Outer first: the wider wrap opens first at a shared start and closes last at a shared end.
  const byWidth = [...wraps].sort((a, b) => b.to - b.from - (a.to - a.from));
  for (const w of byWidth) {
    opens.set(w.from, (opens.get(w.from) ?? '') + w.open);
    closes.set(w.to, w.close + (closes.get(w.to) ?? ''));
  }
  return { opens, closes };
}

/** Split word ranges wherever an annotation starts or ends. */
function cutAt(words: readonly [number, number][], wraps: readonly Wrap[]): [number, number][] {
  const cuts = new Set(wraps.flatMap((w) => [w.from, w.to]));
  const out: [number, number][] = [];
  for (const [start, end] of words) {
    let from = start;
    for (let i = start + 1; i < end; i++) {
      if (cuts.has(i)) {
        out.push([from, i]);
        from = i;
      }
    }
    out.push([from, end]);
  }
  return out;
}
