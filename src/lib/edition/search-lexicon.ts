import type { SearchLexicon, ZhString } from '../../schemas/edition.ts';
import { NO_READING } from '../../schemas/pinyin.ts';

const HAN = /\p{Script=Han}/u;

/** Toneless pinyin of a syllable or word: `rénlèi` → `renlei`, `lǜ` → `lv`. */
export function toneless(pinyin: string): string {
  return pinyin.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ü/g, 'v').toLowerCase();
}

/**
 * The words of a Chinese string with their toneless pinyin, in the edition's
 * own segmentation (人类命运共同体 → renlei mingyun gongtong ti); words
 * without Chinese characters are left out.
 */
export function pinyinWords(zh: ZhString): { word: string; pinyin: string }[] {
  const chars = [...zh.hans];
  const readings = zh.pinyin.split(' ');
  const out: { word: string; pinyin: string }[] = [];
  let at = 0;
  for (const length of zh.words) {
    const word = chars.slice(at, at + length).filter((c) => HAN.test(c)).join('');
    const pinyin = readings
      .slice(at, at + length)
      .filter((r) => r !== NO_READING)
      .map(toneless)
      .join('');
    if (word && pinyin) out.push({ word, pinyin });
    at += length;
  }
  return out;
}

/**
 * The search page's lexicon, built from the paragraphs and the glossary
 * terms: toneless pinyin → the words that read so (a glossary term's whole
 * pinyin without spaces maps to the term too), traditional → simplified
 * characters, and the text's adjacent-character pairs.
 */
export function buildSearchLexicon(paragraphs: readonly ZhString[], terms: readonly { zh: ZhString; pinyin: string }[]): SearchLexicon {
  const pinyin = new Map<string, Set<string>>();
  const add = (key: string, word: string) => pinyin.set(key, (pinyin.get(key) ?? new Set()).add(word));
  const t2s = new Map<string, string>();
  const bigrams = new Set<string>();
  for (const p of paragraphs) {
    for (const { word, pinyin: key } of pinyinWords(p)) add(key, word);
    const hans = [...p.hans];
    for (let i = 0; i + 1 < hans.length; i++) if (HAN.test(hans[i]!) && HAN.test(hans[i + 1]!)) bigrams.add(hans[i]! + hans[i + 1]!);
    const hant = [...p.hant];
    const hk = [...p.hk];
    hans.forEach((s, i) => {
      if (hant[i] !== s) t2s.set(hant[i]!, s);
      if (hk[i] !== s) t2s.set(hk[i]!, s);
    });
  }
  for (const t of terms) add(toneless(t.pinyin).replace(/[^a-zv]/g, ''), t.zh.hans);
  return {
    pinyin: Object.fromEntries([...pinyin].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, [...v].sort()])),
    t2s: Object.fromEntries([...t2s].sort()),
    bigrams: [...bigrams].sort().join(''),
  };
}
