import { NO_READING } from '../lib/reading/pinyin.ts';
import { wordRanges } from './ruby.ts';

/**
 * The toneless pinyin of a Chinese text, one token per word (人类命运共同体 →
 * `renlei mingyun gongtong ti`), for the search index: a reader who types
 * `renlei mingyun` without tones finds the passage.
 */
export function tonelessPinyinWords(text: string, pinyin: string): string {
  const readings = pinyin.split(' ');
  const words: string[] = [];
  for (const [from, to] of wordRanges(text)) {
    const word = readings
      .slice(from, to)
      .filter((r) => r !== NO_READING)
      .map((r) => r.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ü/g, 'v'))
      .join('');
    if (word) words.push(word);
  }
  return words.join(' ');
}
