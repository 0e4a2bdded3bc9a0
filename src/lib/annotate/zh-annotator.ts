import type { Loaded } from '../load/yaml.ts';
import { SourceError } from '../load/errors.ts';
import type { Mixed, ZhString } from '../../schemas/edition.ts';
import type { PinyinOverride, ScriptOverride } from '../../schemas/reading-overrides.ts';
import { overrideSites, readPinyin } from './pinyin.ts';
import { phraseSites, toTraditional } from './script.ts';
import { chineseRuns } from './chinese-runs.ts';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Turns Chinese text into the edition's ZhString, with the authored reading overrides. */
export interface ZhAnnotator {
  /** The simplified, traditional (Taiwan, Hong Kong) forms, pinyin and words of a Chinese text. */
  zh(text: string): ZhString;
  /** English prose that may quote Chinese, split into plain runs and converted Chinese runs. */
  mixed(text: string): Mixed;
  /**
   * After everything is annotated: an override that never applied is a typo or stale.
   * @throws SourceError at the override's line.
   */
  checkAllUsed(): void;
}

/**
 * Make the annotator. Conversion is character-standard only (OpenCC cn→tw,
 * cn→hk, never vocabulary), so every form has exactly the simplified text's
 * length; pinyin is read in context with the spoken tone of 一 and 不.
 */
export function createZhAnnotator(pinyinOverrides: Loaded<PinyinOverride[]>, scriptOverrides: Loaded<ScriptOverride[]>): ZhAnnotator {
  const cache = new Map<string, ZhString>();
  const usedPinyin = new Set<number>();
  const usedScript = new Set<number>();

  const zh = (text: string): ZhString => {
    const cached = cache.get(text);
    if (cached) return cached;
    pinyinOverrides.data.forEach((o, i) => overrideSites(text, o).length > 0 && usedPinyin.add(i));
    scriptOverrides.data.forEach((o, i) => phraseSites([...text], [...o.simplified]).length > 0 && usedScript.add(i));
    const made: ZhString = {
      hans: text,
      hant: toTraditional(text, 'tw', scriptOverrides.data),
      hk: toTraditional(text, 'hk', scriptOverrides.data),
      pinyin: readPinyin(text, pinyinOverrides.data).join(' '),
      words: [...segmenter.segment(text)].map((s) => [...s.segment].length),
    };
    cache.set(text, made);
    return made;
  };

  return {
    zh,
    mixed: (text) => chineseRuns(text).map((run) => (run.zh ? zh(run.text) : run.text)),
    checkAllUsed() {
      pinyinOverrides.data.forEach((o, i) => {
        if (usedPinyin.has(i)) return;
        const where = o.context ? ` in the context “${o.context}”` : '';
        throw new SourceError(pinyinOverrides.file, pinyinOverrides.lineOf([i]), `the override for “${o.word}”${where} matches nothing in the text`);
      });
      scriptOverrides.data.forEach((o, i) => {
        if (!usedScript.has(i)) throw new SourceError(scriptOverrides.file, scriptOverrides.lineOf([i]), `the override for “${o.simplified}” matches nothing in the text`);
      });
    },
  };
}
