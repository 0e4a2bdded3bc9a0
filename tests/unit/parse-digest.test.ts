import { describe, expect, it } from 'vitest';
import { parseDigest } from '../../src/lib/parse/parse-digest.ts';
import { parseSources } from '../../src/lib/parse/parse.ts';

const enc = (s: string) => new TextEncoder().encode(s);
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

  const ANSWER_A = '中方愿同各方一道，推动构建人类命运共同体，携手应对全球性挑战，共同开创美好未来。';
  const ANSWER_B = '人工智能进入爆发式发展的关键阶段，我们主张发展与安全并重，既要拥抱新事物新机遇。';
  const full = (end = '') => enc(`标题\n\n新华社北京3月7日电 导语。\n\n王毅：大家好。\n\n甲报记者：问题？\n\n王毅：${ANSWER_A}\n\n乙台记者：问题？\n\n王毅：${ANSWER_B}\n${end}`);
  const parse = (fullBytes: Uint8Array, digest: string) => parseSources({ full: { file: 'f.txt', bytes: fullBytes }, digest: { file: 'd.txt', bytes: enc(digest) } }, '王毅');

  it('reports a missing heading at the paragraph that belongs to another answer', () => {
    expect(parse(full(), `标题\n\n导语。\n\n谈甲\n\n${ANSWER_A}\n\n谈乙\n\n${ANSWER_B}\n`).digest.sections).toHaveLength(2);
    expect(() => parse(full(), `标题\n\n导语。\n\n谈甲\n\n${ANSWER_A}\n\n${ANSWER_B}\n`)).toThrow(
      /^d\.txt:9: this paragraph abridges the answer to question 2 \(乙台\), but the section “谈甲” \(line 5\) abridges the answer to question 1 \(甲报\): is a “谈…” heading missing before this paragraph\?/,
    );
  });

  it('reports a transcript without continuation marker that lacks a section of the digest, at its last line', () => {
    const digest = `标题\n\n导语。\n\n谈甲\n\n${ANSWER_A}\n\n谈丙\n\n朝鲜半岛问题延宕多年，病根是清楚的，就是冷战残余犹存。\n`;
    expect(() => parse(full(), digest)).toThrow(/^f\.txt:13: the full transcript ends here without a continuation marker \(“\(下转第X版\)”\), but the digest sections “谈丙” \(d\.txt\) have no answer in it/);
    expect(() => parse(full('\n(完)\n'), digest)).toThrow(/^f\.txt:15: the full transcript is marked complete by “\(完\)” \(line 15\)/);
    expect(parse(full('\n(下转第四版)\n'), digest).full.continuation).toMatchObject({ line: 15 });
  });

  it('reports an answer whose abridged wording is missing from the transcript at the answer’s last line', () => {
    const digest = `标题\n\n导语。\n\n谈甲\n\n${ANSWER_A}\n\n谈乙\n\n${ANSWER_B}\n\n如果企图在人工智能上也搞什么小院高墙，将会犯下新的历史性错误。\n`;
    expect(() => parse(full('\n(下转第四版)\n'), digest)).toThrow(
      /^f\.txt:13: the answer to question 2 \(乙台\) ends here, but the digest section “谈乙” abridges it with a paragraph whose wording is not in the transcript \(d\.txt:13\)/,
    );
  });
});
