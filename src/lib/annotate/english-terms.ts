import type { GlossaryEntry } from '../../schemas/glossary.ts';
import type { Range } from './glossary-marks.ts';

/** A glossary term's rendering in a paragraph's English: UTF-16 range [from, to) of the English text. */
export interface EnglishTermMark {
  term: string;
  from: number;
  to: number;
}

/** One place where a rendering of a term occurs in the English. */
interface Candidate extends Range {
  /** Whether the match starts and ends on a word boundary (preferred over a match inside a word). */
  whole: boolean;
}

const QUOTES: Record<string, string> = {
  "'": "['\u2018\u2019\u02bc]",
  '\u2018': "['\u2018\u2019\u02bc]",
  '\u2019': "['\u2018\u2019\u02bc]",
  '\u02bc': "['\u2018\u2019\u02bc]",
  '"': '["\u201c\u201d]',
  '\u201c': '["\u201c\u201d]',
  '\u201d': '["\u201c\u201d]',
};

/**
 * A rendering as a pattern over running English, forgiving what the glossary
 * check forgives (src/lib/consistency/text.ts): letter case, curly or straight
 * quotes, runs of white space, and a leading “the”, “a” or “an”, which is left
 * out of the mark. Null for a rendering that is only an article.
 */
export function renderingPattern(rendering: string): RegExp | null {
  const core = rendering.trim().replace(/^(?:the|a|an)(?:\s+|$)/i, '');
  if (core === '') return null;
  const source = [...core]
    .map((ch) => (/\s/.test(ch) ? '\\s+' : (QUOTES[ch] ?? ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))))
    .join('')
    .replace(/(?:\\s\+)+/g, '\\s+');
  return new RegExp(source, 'giu');
}

const WORD = /[\p{L}\p{N}]/u;

/** Every occurrence of any of `renderings` in `en`. */
function candidates(en: string, renderings: readonly string[]): Candidate[] {
  const found: Candidate[] = [];
  for (const r of renderings) {
    const pattern = renderingPattern(r);
    if (!pattern) continue;
    for (const m of en.matchAll(pattern)) {
      const from = m.index;
      const to = from + m[0].length;
      const whole = !WORD.test(en[from - 1] ?? '') && !WORD.test(en[to] ?? '');
      found.push({ from, to, whole });
    }
  }
  // Whole words first, then the earliest, then the longest.
  return found.sort((a, b) => Number(b.whole) - Number(a.whole) || a.from - b.from || b.to - b.from - (a.to - a.from));
}

/**
 * Mark, in a paragraph's English, the glossary terms marked in its Chinese:
 * for each distinct term, its **first** occurrence in the English (the
 * glossary's `en` or one of its `variants`; whole words preferred to a match
 * inside a word), never overlapping another term's mark. The note is the same
 * at every occurrence, so one mark per term and paragraph is enough, and the
 * English is not crowded with underlines. A term whose rendering is missing
 * (or only overlaps another's) gets no mark: the glossary check
 * (src/lib/consistency/glossary.ts) and the edition's cross-references report
 * it.
 *
 * Terms are placed longest rendering first, as the Chinese marks are, so a
 * short term whose rendering lies inside a longer one takes its own
 * occurrence elsewhere in the paragraph.
 *
 * @param en the paragraph's English
 * @param termIds the ids of the terms marked in its Chinese (repeats allowed)
 * @param entries the glossary
 * @returns the marks, sorted by position (UTF-16 offsets of `en`)
 */
export function findEnglishTerms(en: string, termIds: readonly string[], entries: readonly GlossaryEntry[]): EnglishTermMark[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const wanted = [...new Set(termIds)]
    .map((id) => ({ id, found: candidates(en, byId.has(id) ? [byId.get(id)!.en, ...(byId.get(id)!.variants ?? [])] : []) }))
    .sort((a, b) => longest(b.found) - longest(a.found));
  const marks: EnglishTermMark[] = [];
  for (const { id, found } of wanted) {
    const free = found.find((c) => marks.every((m) => c.to <= m.from || c.from >= m.to));
    if (free) marks.push({ term: id, from: free.from, to: free.to });
  }
  return marks.sort((a, b) => a.from - b.from);
}

function longest(found: readonly Candidate[]): number {
  return found.reduce((n, c) => Math.max(n, c.to - c.from), 0);
}
