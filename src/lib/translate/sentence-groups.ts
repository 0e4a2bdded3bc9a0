import { refText, type AuthoredSentenceGroup, type TranslationRecord } from '../load/authored.ts';
import { SourceError } from '../load/errors.ts';
import { splitSentences } from '../parse/sentences.ts';
import { missingNumbers } from './numbers.ts';

/**
 * The sentence-level alignment of a paragraph: its Chinese cut into sentences
 * (splitSentences), and the authored groups of its English, each naming the
 * Chinese sentence(s) it renders. The groups must cover every Chinese sentence
 * exactly once and in order, each with its own English, and keep every Arabic
 * number of its Chinese.
 */

/** One aligned sentence group of a paragraph, with its ranges in both texts. */
export interface SentenceGroup {
  /** The group's number in its paragraph, from 1: the anchor is `<paragraph-id>-s<n>`. */
  n: number;
  /** The Chinese sentences it renders, numbered from 1 (inclusive). */
  sentences: { first: number; last: number };
  /** Code-point range of the paragraph's Chinese. */
  zh: { from: number; to: number };
  /** UTF-16 range of the paragraph's English (the groups joined by single spaces). */
  en: { from: number; to: number };
}

/** The anchor of a sentence group: `china-us-a4-s2`. */
export const sentenceId = (paragraphId: string, n: number) => `${paragraphId}-s${n}`;

const codePoints = (text: string) => [...text].length;

/**
 * Align a paragraph's authored English with its Chinese sentences.
 *
 * @param id the paragraph ID, for messages
 * @param zh the paragraph's simplified Chinese (the text its fingerprint was taken of)
 * @throws SourceError at the translation file and the group's line for a gap, an
 * overlap, a sentence number out of range, or a number of the Chinese missing from
 * the group's English; at the entry's line for a single English string given to a
 * paragraph of several sentences
 */
export function alignSentences(id: string, zh: string, record: TranslationRecord): SentenceGroup[] {
  const sentences = splitSentences(zh);
  const groups: AuthoredSentenceGroup[] = record.groups ?? [{ zh: { first: 1, last: sentences.length }, en: record.en, line: record.line }];
  if (!record.groups && sentences.length > 1) {
    throw new SourceError(record.file, record.line, `“${id}”: the Chinese has ${sentences.length} sentences, but the English is one string: write it as a list of sentence groups (\`- zh: 1\` / \`en: …\`), one for each Chinese sentence or run of sentences`);
  }
  const fail = (g: AuthoredSentenceGroup, message: string): never => {
    throw new SourceError(record.file, g.line, `“${id}”, sentence group ${refText(g.zh)}: ${message}`);
  };
  const out: SentenceGroup[] = [];
  let next = 1;
  let enAt = 0;
  for (const g of groups) {
    const { first, last } = g.zh;
    if (first > last) fail(g, `the range runs backwards (write ${last}-${first})`);
    if (last > sentences.length) fail(g, `the paragraph has only ${sentences.length} Chinese sentence${sentences.length === 1 ? '' : 's'}`);
    if (first < next) fail(g, `Chinese sentence ${first} is already rendered by the group before`);
    if (first > next) fail(g, `Chinese sentence${first - next > 1 ? `s ${next}-${first - 1} are` : ` ${next} is`} rendered by no group (“${excerpt(sentences[next - 1]!.text)}”)`);
    if (g.en === '') fail(g, 'the group has no English');
    const from = sentences[first - 1]!.from;
    const to = sentences[last - 1]!.to;
    const text = zh.slice(from, to);
    const lost = missingNumbers(text, g.en);
    if (lost.length) fail(g, `the English of the group lacks the number(s) ${lost.join(', ')} of its Chinese (“${excerpt(text)}”)`);
    out.push({ n: out.length + 1, sentences: { first, last }, zh: { from: codePoints(zh.slice(0, from)), to: codePoints(zh.slice(0, to)) }, en: { from: enAt, to: enAt + g.en.length } });
    enAt += g.en.length + 1;
    next = last + 1;
  }
  if (next <= sentences.length) {
    const g = groups[groups.length - 1]!;
    fail(g, `Chinese sentence${sentences.length > next ? `s ${next}-${sentences.length} are` : ` ${next} is`} rendered by no group (“${excerpt(sentences[next - 1]!.text)}”)`);
  }
  return out;
}

function excerpt(text: string): string {
  const chars = [...text];
  return chars.length > 16 ? `${chars.slice(0, 16).join('')}…` : text;
}
