import { describe, expect, it } from 'vitest';
import { parseDigest } from '../../src/lib/parse/parse-digest.ts';
import { realDigest, source } from '../helpers/authored.ts';

describe('parsing the digest', () => {
  it('finds its 15 谈… sections in order, including the repeated BRICS section', () => {
    const digest = realDigest();
    expect(digest.sections.map((s) => s.heading)).toEqual([
      '谈中国外交', '谈中俄关系', '谈人类命运共同体', '谈中美关系', '谈巴以冲突', '谈中欧关系', '谈台湾问题', '谈乌克兰危机',
      '谈南海问题', '谈金砖扩员', '谈人工智能', '谈朝鲜半岛问题', '谈联合国作用', '谈“一带一路”', '谈金砖扩员',
    ]);
    expect(digest.sections[0]!.paragraphs).toHaveLength(6);
    expect(digest.lede.text).toBe('3月7日，十四届全国人大二次会议在梅地亚中心举行记者会。中共中央政治局委员、外交部长王毅就中国外交政策和对外关系回答中外记者提问。');
  });

  it('reports a section heading with no text under it', () => {
    const text = '标题\n\n导语。\n\n谈甲\n\n谈乙\n\n正文。\n';
    expect(() => parseDigest(source(text, 'd.txt', 'digest'))).toThrow(/^d\.txt:5: the section “谈甲” has no text/);
  });

  it('reports a second introductory paragraph before any heading', () => {
    const text = '标题\n\n导语。\n\n又一段。\n\n谈甲\n\n正文。\n';
    expect(() => parseDigest(source(text, 'd.txt', 'digest'))).toThrow(/^d\.txt:5: unrecognised structure/);
  });

  it('reports a file with no section heading', () => {
    expect(() => parseDigest(source('标题\n\n导语。\n', 'd.txt', 'digest'))).toThrow(/^d\.txt:3: unrecognised structure: no “谈…” section/);
  });
});
