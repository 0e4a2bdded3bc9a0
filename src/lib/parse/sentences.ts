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
