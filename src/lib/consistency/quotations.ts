import type { SourceLocation } from '../../schemas/common.ts';
import { comparable } from './text.ts';
import { problem, type Problem } from './types.ts';

/**
 * Prose that may quote this edition's English: a glossary note, a topic
 * summary.
 *
 * The convention is simple and strict. Text inside curly double quotes “…”
 * is a quotation of this edition's English: the words must occur in the
 * English of the text (case-insensitive, curly and straight quotes alike; an
 * ellipsis … inside a quotation stands for left-out words, and the pieces must
 * occur in that order in one paragraph). Curly single quotes ‘…’ mark any
 * other wording (a document's title, another translation, a word as a word)
 * and are not checked. Straight double quotes are not allowed in such prose,
 * because they would leave open which of the two is meant.
 */
export interface QuotingText {
  /** The prose. */
  text: string;
  /** Names the prose in messages, e.g. `the note of “eight-major-steps”`. */
  what: string;
  /** Where the prose is authored. */
  at: SourceLocation;
  /** IDs of the paragraphs whose English a quotation may come from; every paragraph when absent. */
  within?: readonly string[];
}

/** A paragraph's English, as quotations are looked up in it. */
export interface EnglishParagraph {
  id: string;
  en: string;
}

/** The quotations (text inside “…”) of a piece of prose, and what is wrong with its quotation marks. */
export function quotationsOf(text: string): { quotes: string[]; faults: string[] } {
  const quotes: string[] = [];
  const faults: string[] = [];
  if (text.includes('"')) faults.push('straight double quotes are ambiguous: quote this edition’s English in “…”, other wording in ‘…’');
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\u201c') {
      if (open >= 0) faults.push(`a quotation opened with “ is not closed before the next “ (at “${text.slice(open + 1, i).trim()}”)`);
      open = i;
    } else if (c === '\u201d') {
      if (open < 0) faults.push(`a closing ” has no opening “ (before “${text.slice(Math.max(0, i - 30), i).trim()}”)`);
      else {
        const quote = text.slice(open + 1, i).trim();
        if (quote === '') faults.push('an empty quotation “”');
        else quotes.push(quote);
      }
      open = -1;
    }
  }
  if (open >= 0) faults.push(`a quotation opened with “ is never closed (“${text.slice(open + 1, open + 40).trim()}…)`);
  return { quotes, faults };
}

/** Whether a quotation (pieces separated by …, in order) occurs in one text. */
function occursIn(quote: string, english: string): boolean {
  const hay = comparable(english);
  let from = 0;
  for (const piece of quote.split('\u2026').map((p) => comparable(p)).filter((p) => p !== '')) {
    const at = hay.indexOf(piece, from);
    if (at < 0) return false;
    from = at + piece.length;
  }
  return true;
}

/**
 * Check that every quotation in the given prose occurs in the English of the
 * text, and that the prose marks quotations as the convention says (see
 * {@link QuotingText}).
 *
 * @param texts the prose to check, each with its location
 * @param paragraphs every paragraph of the edition with its English
 * @returns one problem per misquotation or faulty quotation mark; empty when all agree
 */
export function checkQuotations(texts: readonly QuotingText[], paragraphs: readonly EnglishParagraph[]): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(paragraphs.map((p) => [p.id, p]));
  for (const t of texts) {
    const { quotes, faults } = quotationsOf(t.text);
    for (const fault of faults) problems.push(problem(t.at, `${t.what}: ${fault}`));
    const scope = t.within ? t.within.map((id) => byId.get(id)).filter((p): p is EnglishParagraph => p !== undefined) : paragraphs;
    if (t.within) for (const id of t.within) if (!byId.has(id)) problems.push(problem(t.at, `${t.what}: there is no paragraph “${id}” to quote from`));
    for (const quote of quotes) {
      if (!scope.some((p) => occursIn(quote, p.en))) {
        const range = t.within ? ` of ${t.within.length === 1 ? t.within[0] : `${t.within[0]}…${t.within[t.within.length - 1]}`}` : '';
        problems.push(problem(t.at, `${t.what} quotes “${quote}”, which is not in the English${range}; quote the translation’s wording, or mark other wording with ‘…’`));
      }
    }
  }
  return problems;
}
