/** Letters, digits and CJK ideographs: the characters that carry wording (punctuation does not). */
const WORDING = /[\p{L}\p{N}]/u;

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
