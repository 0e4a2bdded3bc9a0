import { readPinyin, overrideSites } from '../reading/pinyin.ts';
import type { ReadingOverrides } from '../reading/overrides.ts';
import { phraseSites, toTraditional } from '../reading/script.ts';
import { yamlLine } from './authored.ts';
import { SourceError } from './errors.ts';

/** Reading aids for one run of Chinese text. */
export interface Annotation {
  /** Traditional characters (Taiwan standard), same length as the text. */
  hant: string;
  /** Hong Kong standard traditional characters. */
  hk: string;
  /** One pinyin syllable per character, space-separated; `-` for characters without a reading. */
  pinyin: string;
}

/** Annotate one text with the given overrides (pure; see readPinyin and toTraditional). */
export function annotateText(text: string, overrides: Pick<ReadingOverrides, 'pinyin' | 'script'>): Annotation {
  return {
    hant: toTraditional(text, 'tw', overrides.script),
    hk: toTraditional(text, 'hk', overrides.script),
    pinyin: readPinyin(text, overrides.pinyin).join(' '),
  };
}

/**
 * Check the authored overrides against the whole text: an override whose word
 * or phrase occurs nowhere is a typo or a stale entry, and fails the build.
 *
 * @throws SourceError naming the override file and the entry's line.
 */
export function checkOverridesUsed(texts: readonly string[], overrides: ReadingOverrides): void {
  overrides.pinyin.forEach((o, i) => {
    if (!texts.some((t) => overrideSites(t, o).length > 0)) {
      const where = o.context ? ` in the context “${o.context}”` : '';
      throw new SourceError(overrides.pinyinFile, yamlLine(overrides.pinyinFile, [i]), `the override for “${o.word}”${where} matches nothing in the text`);
    }
  });
  overrides.script.forEach((o, i) => {
    if (!texts.some((t) => phraseSites([...t], [...o.simplified]).length > 0)) {
      throw new SourceError(overrides.scriptFile, yamlLine(overrides.scriptFile, [i]), `the override for “${o.simplified}” matches nothing in the text`);
    }
  });
}
