import * as OpenCC from 'opencc-js';
import type { ScriptOverride } from '../../schemas/reading-overrides.ts';

/** Traditional-script standards offered: Taiwan (default) and Hong Kong. */
export type TraditionalVariant = 'tw' | 'hk';

const converters: Partial<Record<TraditionalVariant, (s: string) => string>> = {};

function converter(variant: TraditionalVariant): (s: string) => string {
  // Character standards only (cn → tw / hk), never the phrase tables (twp)
  // that would swap vocabulary in a verbatim transcript.
  converters[variant] ??= OpenCC.Converter({ from: 'cn', to: variant });
  return converters[variant];
}

/**
 * Convert simplified Chinese to traditional characters, character for
 * character, then apply the authored overrides at every occurrence of their
 * simplified phrase. The result has exactly as many characters as the input,
 * so readings and offsets carry over.
 *
 * @throws Error if the converter changed the text's length (the overrides and
 * the pinyin alignment rely on a one-to-one mapping).
 */
export function toTraditional(text: string, variant: TraditionalVariant = 'tw', overrides: readonly ScriptOverride[] = []): string {
  const converted = [...converter(variant)(text)];
  const source = [...text];
  if (converted.length !== source.length) {
    throw new Error(`traditional conversion changed the length of “${text.slice(0, 20)}…”`);
  }
  for (const o of overrides) {
    const replacement = [...o[variant]];
    for (const at of phraseSites(source, [...o.simplified])) {
      replacement.forEach((c, k) => (converted[at + k] = c));
    }
  }
  return converted.join('');
}

/** Code-point offsets of every occurrence of `phrase` in `text`. */
export function phraseSites(text: readonly string[], phrase: readonly string[]): number[] {
  const sites: number[] = [];
  outer: for (let i = 0; i + phrase.length <= text.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (text[i + k] !== phrase[k]) continue outer;
    sites.push(i);
  }
  return sites;
}
