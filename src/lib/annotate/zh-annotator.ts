import type { Loaded } from '../load/yaml.ts';
import { SourceError } from '../load/errors.ts';
import type { Mixed, ZhString } from '../../schemas/edition.ts';
import type { PinyinOverride, ScriptOverride } from '../../schemas/reading-overrides.ts';
import type { WordJoin } from '../../schemas/word-joins.ts';
import { overrideSites, readPinyin } from './pinyin.ts';
import { phraseSites, toTraditional } from './script.ts';
import { chineseRuns } from './chinese-runs.ts';
import { capitaliseProperNouns, type ProperNouns } from './proper-nouns.ts';

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
 * length; pinyin is read in context with the spoken tone of 一 and 不, and
 * proper nouns are capitalised (see proper-nouns.ts).
 */
export function createZhAnnotator(
  pinyinOverrides: Loaded<PinyinOverride[]>,
  scriptOverrides: Loaded<ScriptOverride[]>,
  wordJoins: Loaded<WordJoin[]> = { file: 'word-joins.yaml', data: [], lineOf: () => 1 },
  properNouns: ProperNouns = new Map(),
): ZhAnnotator {
  const cache = new Map<string, ZhString>();
  const usedPinyin = new Set<number>();
  const usedScript = new Set<number>();
  const usedJoins = new Set<number>();
  const joins = wordJoins.data.map((j) => ({ chars: [...j.word.replace(/\|/g, '')], parts: j.word.split('|').map((p) => [...p].length) }));

  /** The segmenter's words, re-cut where an authored entry spans whole segments. */
  const words = (text: string): number[] => {
    const chars = [...text];
    const lengths = [...segmenter.segment(text)].map((s) => [...s.segment].length);
    const edges = new Set<number>([0]);
    lengths.reduce((at, n) => (edges.add(at + n), at + n), 0);
    joins.forEach((j, i) => {
      const n = j.chars.length;
      for (let at = 0; at + n <= chars.length; at++) {
        if (!edges.has(at) || !edges.has(at + n) || j.chars.some((c, k) => chars[at + k] !== c)) continue;
        for (let k = at + 1; k < at + n; k++) edges.delete(k);
        j.parts.slice(0, -1).reduce((p, len) => (edges.add(p + len), p + len), at);
        usedJoins.add(i);
      }
    });
    const sorted = [...edges].sort((a, b) => a - b);
    return sorted.slice(1).map((e, k) => e - sorted[k]!);
  };

  const zh = (text: string): ZhString => {
    const cached = cache.get(text);
    if (cached) return cached;
    pinyinOverrides.data.forEach((o, i) => overrideSites(text, o).length > 0 && usedPinyin.add(i));
    scriptOverrides.data.forEach((o, i) => phraseSites([...text], [...o.simplified]).length > 0 && usedScript.add(i));
    const lengths = words(text);
    const made: ZhString = {
      hans: text,
      hant: toTraditional(text, 'tw', scriptOverrides.data),
      hk: toTraditional(text, 'hk', scriptOverrides.data),
      pinyin: capitaliseProperNouns([...text], readPinyin(text, pinyinOverrides.data), lengths, properNouns).join(' '),
      words: lengths,
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
      wordJoins.data.forEach((j, i) => {
        if (!usedJoins.has(i)) throw new SourceError(wordJoins.file, wordJoins.lineOf([i]), `the word “${j.word}” matches no run of whole words in the text`);
      });
      scriptOverrides.data.forEach((o, i) => {
        if (!usedScript.has(i)) throw new SourceError(scriptOverrides.file, scriptOverrides.lineOf([i]), `the override for “${o.simplified}” matches nothing in the text`);
      });
    },
  };
}
