import { missingNumbers } from './numbers.ts';

/**
 * A first proposal of a paragraph's sentence groups, for a translator to check
 * (`npm run translations:split`): the English cut into sentences and matched to
 * the Chinese sentences by relative length and by the numbers they share,
 * allowing one Chinese sentence to be rendered by up to three English ones and
 * up to three Chinese sentences by one English sentence. It is a proposal, never
 * applied by the build: the groups are authored data once written.
 */

/** One proposed group: the Chinese sentences it renders (1-based, inclusive) and its English. */
export interface ProposedGroup {
  first: number;
  last: number;
  en: string;
}

// A sentence ends at . ? or ! (and any closing quotes or bracket) before a space and a capital, digit or opening quote.
const ENGLISH_END = /[.?!]["'”’)]*(?=\s+["“(‘]?[A-Z0-9])/g;

/** The sentences of an English text, whitespace-normalised; joined by single spaces they give the text back. */
export function splitEnglishSentences(text: string): string[] {
  const en = text.trim().replace(/\s+/g, ' ');
  const out: string[] = [];
  let from = 0;
  for (const m of en.matchAll(ENGLISH_END)) {
    const to = m.index + m[0].length;
    out.push(en.slice(from, to).trim());
    from = to;
  }
  if (from < en.length) out.push(en.slice(from).trim());
  return out.filter(Boolean);
}

/** Group shapes tried, Chinese sentences : English sentences. */
const SHAPES: readonly [number, number][] = [[1, 1], [1, 2], [2, 1], [1, 3], [3, 1], [2, 2]];
/** The cost of a group other than one-to-one, per sentence beyond the first on either side. */
const MERGE_COST = 0.6;
/** The cost of each number of the Chinese that the English of a group lacks. */
const NUMBER_COST = 5;

/**
 * The cheapest grouping of `zh` (a paragraph's Chinese sentences) with `en`
 * (its English sentences): a group's cost is how far its English length is
 * from the paragraph's ratio of English to Chinese length, plus a cost for
 * merging and for each number lost.
 *
 * @returns null when the sentences cannot be grouped (no English, or far more English sentences than Chinese ones)
 */
export function proposeGroups(zh: readonly string[], en: readonly string[]): ProposedGroup[] | null {
  if (!zh.length || !en.length) return null;
  const zl = zh.map((s) => [...s].length);
  const el = en.map((s) => s.length);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const ratio = sum(el) / sum(zl);
  const n = zh.length;
  const m = en.length;
  const cost: number[][] = Array.from({ length: n + 1 }, () => Array<number>(m + 1).fill(Infinity));
  const back: ([number, number] | null)[][] = Array.from({ length: n + 1 }, () => Array<[number, number] | null>(m + 1).fill(null));
  cost[0]![0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = cost[i]![j]!;
      if (here === Infinity) continue;
      for (const [a, b] of SHAPES) {
        if (i + a > n || j + b > m) continue;
        const zlen = sum(zl.slice(i, i + a));
        const elen = sum(el.slice(j, j + b)) + b - 1;
        const lost = missingNumbers(zh.slice(i, i + a).join(''), en.slice(j, j + b).join(' ')).length;
        const c = here + Math.abs(Math.log(elen / (zlen * ratio))) + MERGE_COST * (a + b - 2) + NUMBER_COST * lost;
        if (c < cost[i + a]![j + b]!) {
          cost[i + a]![j + b] = c;
          back[i + a]![j + b] = [a, b];
        }
      }
    }
  }
  if (cost[n]![m] === Infinity) return null;
  const groups: ProposedGroup[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const [a, b] = back[i]![j]!;
    groups.unshift({ first: i - a + 1, last: i, en: en.slice(j - b, j).join(' ') });
    i -= a;
    j -= b;
  }
  return groups;
}
