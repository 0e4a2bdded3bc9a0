import { tonelessPinyinWords } from './pinyin-words.ts';

/** What the search page needs to accept pinyin and traditional queries against the simplified index. */
export interface SearchLexicon {
  /** Toneless pinyin of a word (`renlei`) → the Chinese words of this text that read so (`人类`). */
  pinyin: Record<string, string[]>;
  /** Traditional character → simplified, for every character that differs in this text. */
  t2s: Record<string, string>;
  /** Simplified character → its traditional form in this text (the most frequent one). */
  s2t: Record<string, string>;
  /** Every pair of adjacent Chinese characters in the text, concatenated: a pinyin reading is kept only if its characters occur together. */
  bigrams: string;
}

/**
 * Build the lexicon from the paragraphs (their simplified text, traditional
 * text and pinyin) and the glossary terms (whole-term pinyin without spaces,
 * `renleimingyungongtongti`, also maps to the term).
 */
export function buildSearchLexicon(paragraphs: { zh: string; hant: string; hk: string; pinyin: string }[], terms: { zh: string; pinyin: string }[]): SearchLexicon {
  const pinyin = new Map<string, Set<string>>();
  const add = (key: string, word: string) => pinyin.set(key, (pinyin.get(key) ?? new Set()).add(word));
  const t2s = new Map<string, string>();
  const bigrams = new Set<string>();
  const s2tCounts = new Map<string, Map<string, number>>();
  for (const p of paragraphs) {
    const words = tonelessPinyinWords(p.zh, p.pinyin).split(' ');
    const chinese = chineseWords(p.zh);
    words.forEach((w, i) => chinese[i] && add(w, chinese[i]!));
    const han = [...p.zh];
    for (let i = 0; i + 1 < han.length; i++) if (HAN.test(han[i]!) && HAN.test(han[i + 1]!)) bigrams.add(han[i]! + han[i + 1]!);
    const hans = [...p.zh];
    const hk = [...p.hk];
    [...p.hant].forEach((h, i) => {
      const s = hans[i]!;
      if (hk[i] !== s) t2s.set(hk[i]!, s);
      if (h === s) return;
      t2s.set(h, s);
      const counts = s2tCounts.get(s) ?? new Map<string, number>();
      counts.set(h, (counts.get(h) ?? 0) + 1);
      s2tCounts.set(s, counts);
    });
  }
  for (const t of terms) add(t.pinyin.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-zü]/gi, '').toLowerCase().replace(/ü/g, 'v'), t.zh);
  const s2t = [...s2tCounts].map(([s, counts]) => [s, [...counts].sort((a, b) => b[1] - a[1])[0]![0]] as const);
  return {
    pinyin: Object.fromEntries([...pinyin].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, [...v].sort()])),
    t2s: Object.fromEntries([...t2s].sort()),
    s2t: Object.fromEntries(s2t.sort()),
    bigrams: [...bigrams].sort().join(''),
  };
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN = /\p{Script=Han}/u;

/** The Chinese words of a text in the same segmentation as tonelessPinyinWords (words without Chinese dropped). */
function chineseWords(text: string): string[] {
  return [...segmenter.segment(text)].map((s) => s.segment.replace(/[^\p{Script=Han}]/gu, '')).filter((w) => w.length > 0);
}
