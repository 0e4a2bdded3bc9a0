import type { ZhString } from '../schemas/edition.ts';

/** Longest first clause shown whole; a longer one is cut to CUT_TO characters. */
const WHOLE_UP_TO = 22;
const CUT_TO = 20;
/** Longest English lead shown whole, in words; a longer one is cut to LEAD_WORDS. */
const WHOLE_WORDS = 9;
const LEAD_WORDS = 8;

/**
 * A paragraph's opening words in Chinese, for an answer's contents: its first
 * clause, cut to 20 characters with “…” when it is longer than 22. Every
 * script is cut at the same place, since the forms align character by character.
 */
export function openingClause(zh: ZhString): ZhString {
  const clause = [...(/^[^。！？；：]+/.exec(zh.hans)?.[0] ?? zh.hans)];
  const n = clause.length > WHOLE_UP_TO ? CUT_TO : clause.length;
  const cut = (s: string) => [...s].slice(0, n).join('') + (n < clause.length ? '…' : '');
  return { ...zh, hans: cut(zh.hans), hant: cut(zh.hant), hk: cut(zh.hk) };
}

/** A paragraph's opening words in English: the first eight words and “…” when it has more than nine. */
export function openingWords(en: string): string {
  const words = en.split(/\s+/);
  return words.length > WHOLE_WORDS ? `${words.slice(0, LEAD_WORDS).join(' ')}…` : en;
}
