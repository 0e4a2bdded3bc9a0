/** Letters, digits and CJK ideographs: the characters that carry wording (punctuation does not). */
const WORDING = /[\p{L}\p{N}]/u;

/** A sentence of a paragraph and its character range [from, to). */
export interface Sentence {
  text: string;
  from: number;
  to: number;
}

const SENTENCE_END = new Set(['。', '！', '？', '!', '?']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')']);

/** Split a paragraph into sentences at 。！？ (keeping any closing quote with its sentence). */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (!SENTENCE_END.has(text[i]!)) continue;
    let to = i + 1;
    while (to < text.length && CLOSERS.has(text[to]!)) to++;
    sentences.push({ text: text.slice(from, to), from, to });
    from = to;
    i = to - 1;
  }
  if (from < text.length) sentences.push({ text: text.slice(from), from, to: text.length });
  return sentences;
}

/** The set of adjacent-character pairs of a text's wording (punctuation removed). */
export function bigrams(text: string): Set<string> {
  const chars = [...text].filter((c) => WORDING.test(c));
  const set = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) set.add(chars[i]! + chars[i + 1]!);
  return set;
}

/**
 * How much of `part` is found in `whole`: the share of `part`'s bigrams that
 * also occur in `whole` (0..1). Abridgement keeps wording, so a digest passage
 * scores high against the answer it was cut from, whatever was left out.
 */
export function containment(part: Set<string>, whole: Set<string>): number {
  if (part.size === 0) return 0;
  let shared = 0;
  for (const gram of part) if (whole.has(gram)) shared++;
  return shared / part.size;
}
