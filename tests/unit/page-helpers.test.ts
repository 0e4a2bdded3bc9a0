import { describe, expect, it } from 'vitest';
import { openingClause, openingWords } from '../../src/utils/answer-contents.ts';
import { groupTopics } from '../../src/utils/group-topics.ts';
import { occurrencePlace } from '../../src/utils/occurrence-place.ts';
import { edition } from '../helpers/edition.ts';

const paragraphs = edition.topics.flatMap((t) => t.answer?.paragraphs ?? []);

describe('an answer’s contents', () => {
  it('opens each entry with the paragraph’s own first words, in every script at the same place', () => {
    expect(paragraphs.length).toBeGreaterThan(50);
    for (const p of paragraphs) {
      const zh = openingClause(p.zh);
      for (const script of ['hans', 'hant', 'hk'] as const) {
        const shown = zh[script].replace(/…$/, '');
        expect(p.zh[script].startsWith(shown), `${p.id} ${script}`).toBe(true);
        expect([...shown].length).toBe([...zh.hans.replace(/…$/, '')].length);
      }
      expect([...zh.hans.replace(/…$/, '')].length).toBeLessThanOrEqual(22);
      expect(p.en.startsWith(openingWords(p.en).replace(/…$/, '')), p.id).toBe(true);
    }
  });

  it('cuts a long first clause to 20 characters and a long English lead to 8 words, marking the cut', () => {
    const zh = { hans: '一二三四五六七八九十一二三四五六七八九十一二三。后', hant: '一二三四五六七八九十一二三四五六七八九十一二三。後', hk: '一二三四五六七八九十一二三四五六七八九十一二三。後', pinyin: '', words: [] };
    expect(openingClause(zh).hans).toBe('一二三四五六七八九十一二三四五六七八九十…');
    expect(openingClause({ ...zh, hans: '短句，还有。后', hant: '短句，還有。後', hk: '短句，還有。後' }).hant).toBe('短句，還有');
    expect(openingWords('one two three four five six seven eight nine ten')).toBe('one two three four five six seven eight…');
    expect(openingWords('one two three four five six seven eight nine')).toBe('one two three four five six seven eight nine');
  });
});

describe('the reporters’ groups', () => {
  it('puts the largest group first, ties in alphabetical order, each group in the order given', () => {
    const asked = ['b1', 'a1', 'c1', 'b2', 'a2', 'b3', 'd1'];
    expect(groupTopics(asked, (s) => s[0]!)).toEqual([
      ['b', ['b1', 'b2', 'b3']],
      ['a', ['a1', 'a2']],
      ['c', ['c1']],
      ['d', ['d1']],
    ]);
  });
});

describe('where a glossary term occurs', () => {
  it('names the topic and the paragraph’s place, or the lede', () => {
    const places = edition.glossary.flatMap((g) => g.occurrences.map((o) => occurrencePlace(edition.topics, o, 'Lede')));
    expect(places.length).toBeGreaterThan(50);
    expect(places.every((p) => /, (question|¶ \d+|digest ¶ \d+|Lede)$/.test(p))).toBe(true);
    expect(() => occurrencePlace(edition.topics, { topic: 'no-such-topic', paragraph: 'x' }, 'Lede')).toThrow(/no-such-topic/);
  });
});
