import { describe, expect, it } from 'vitest';
import { splitFurniture } from '../../src/lib/parse/furniture.ts';
import { realDigest, realFull, source } from '../helpers/authored.ts';

describe('recognising newspaper furniture', () => {
  it('finds the title, dateline and continuation marker of the full transcript, none of it in the text', () => {
    const full = realFull();
    expect(full.furniture.map((f) => [f.kind, f.line, f.text])).toEqual([
      ['title', 5, '中共中央政治局委员、外交部长王毅就中国外交政策和对外关系回答中外记者提问'],
      ['dateline', 7, '新华社北京3月7日电'],
      ['continuation-marker', 185, '(下转第四版)'],
    ]);
    expect(full.lede.text.startsWith('3月7日，十四届全国人大二次会议')).toBe(true);
    const lastAnswer = full.units.at(-1)!.answer.at(-1)!.text;
    expect(lastAnswer).not.toContain('下转');
  });

  it('finds the digest’s photo caption, credit and both agency tags, and keeps them out of the text', () => {
    const digest = realDigest();
    expect(digest.furniture.map((f) => [f.kind, f.line])).toEqual([
      ['title', 5],
      ['photo-caption', 37],
      ['photo-credit', 38],
      ['source-tag', 74],
      ['source-tag', 100],
    ]);
    const text = digest.sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join('');
    expect(text).not.toContain('据新华社电');
    expect(text).not.toContain('刘续/摄');
  });

  it('keeps a caption-like line as text when no credit follows it', () => {
    const split = splitFurniture(source('标题\n\n3月7日，某人在某地。\n\n正文。\n'));
    expect(split.furniture.map((f) => f.kind)).toEqual(['title']);
    expect(split.text.map((t) => t.text)).toEqual(['3月7日，某人在某地。', '正文。']);
  });
});
