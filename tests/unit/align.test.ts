import { describe, expect, it } from 'vitest';
import { alignDigest } from '../../src/lib/align/align-digest.ts';
import { bigrams, containment } from '../../src/lib/align/similarity.ts';
import type { Digest } from '../../src/lib/parse/types.ts';
import { edition } from '../helpers/edition.ts';
import { realDigest, realFull } from '../helpers/authored.ts';

const byHeading = (digest: Digest) => {
  const alignment = alignDigest(realFull(), digest);
  return Object.fromEntries(alignment.sections.map((s) => [s.section.heading, s.unit]));
};

describe('aligning digest sections to the answers they abridge', () => {
  it('matches each digest section to the answer whose wording it shares, and leaves the post-break topics unmatched', () => {
    expect(byHeading(realDigest())).toEqual({
      谈中国外交: 1, 谈中俄关系: 2, 谈人类命运共同体: 3, 谈中美关系: 4, 谈巴以冲突: 6, 谈中欧关系: 8, 谈台湾问题: 9,
      谈乌克兰危机: 11, 谈南海问题: 13, 谈人工智能: 14, 谈朝鲜半岛问题: null, 谈联合国作用: null, '谈“一带一路”': null, 谈金砖扩员: null,
    });
  });

  it('finds the same matches when the sections are shuffled and renamed (no lookup by heading or position)', () => {
    const digest = realDigest();
    const shuffled: Digest = {
      ...digest,
      sections: [...digest.sections].reverse().map((s, i) => ({ ...s, position: i + 1, heading: `谈第${i}节${s.heading.slice(1)}` })),
    };
    const alignment = alignDigest(realFull(), shuffled);
    const units = Object.fromEntries(alignment.sections.map((s) => [s.section.heading.replace(/^谈第\d+节/, '谈'), s.unit]));
    expect(units['谈中美关系']).toBe(4);
    expect(units['谈南海问题']).toBe(13);
    expect(units['谈朝鲜半岛问题']).toBeNull();
  });

  it('keeps one copy of the repeated BRICS section: the one that fits the order of the press conference', () => {
    const alignment = alignDigest(realFull(), realDigest());
    expect(alignment.duplicates).toHaveLength(1);
    expect(alignment.duplicates[0]).toMatchObject({ heading: '谈金砖扩员', droppedPosition: 10, keptPosition: 15, lines: [72, 74] });
    expect(alignment.sections.filter((s) => s.section.heading === '谈金砖扩员')).toHaveLength(1);
  });

  it('records for each digest paragraph the spans of the answer it corresponds to', () => {
    const alignment = alignDigest(realFull(), realDigest());
    const ukraine = alignment.sections.find((s) => s.section.heading === '谈乌克兰危机')!;
    // One digest paragraph stitched from the answer's first and fourth paragraphs.
    expect(ukraine.paragraphs[0]!.spans.map((s) => s.paragraph)).toEqual([0, 3]);
    const full = realFull();
    const russia = alignment.sections.find((s) => s.section.heading === '谈中俄关系')!;
    const span = russia.paragraphs[0]!.spans[0]!;
    const answerText = full.units[1]!.answer[span.paragraph]!.text.slice(span.from, span.to);
    expect(answerText).toBe(russia.section.paragraphs[0]!.text);
    for (const section of alignment.sections.filter((s) => s.unit !== null)) {
      for (const p of section.paragraphs) expect(p.coverage).toBe(1);
    }
  });

  it('gives the edition’s digest paragraphs the IDs of the answer paragraphs they abridge, and the ranges quote those paragraphs', () => {
    const ukraine = edition.topics.find((t) => t.slug === 'ukraine')!;
    expect(ukraine.digest!.paragraphs[0]!.spans.map((s) => s.paragraph)).toEqual(['ukraine-a1', 'ukraine-a4']);
    const russia = edition.topics.find((t) => t.slug === 'china-russia')!;
    const [span] = russia.digest!.paragraphs[0]!.spans;
    const answer = russia.answer!.paragraphs.find((p) => p.id === span!.paragraph)!;
    expect(answer.zh.hans.slice(span!.from, span!.to)).toBe(russia.digest!.paragraphs[0]!.zh.hans);
    // Digest-only topics abridge no answer: no spans, no comparison.
    for (const t of edition.topics.filter((t) => t.kind === 'digest-only')) {
      expect(t.digest!.score, t.slug).toBeNull();
      for (const p of t.digest!.paragraphs) expect([p.spans, p.diff, p.coverage], p.id).toEqual([[], [], 0]);
    }
  });
});

describe('wording similarity', () => {
  it('compares adjacent-character pairs of the wording, ignoring punctuation', () => {
    expect([...bigrams('中美，关系。')].sort()).toEqual(['中美', '关系', '美关'].sort());
    expect(bigrams('。')).toEqual(new Set());
  });

  it('measures how much of a part is contained in a whole, not the other way round', () => {
    const part = bigrams('中美关系');
    const whole = bigrams('我们认为中美关系关乎两国人民福祉');
    expect(containment(part, whole)).toBe(1);
    expect(containment(whole, part)).toBeLessThan(0.3);
    expect(containment(bigrams('中欧合作'), whole)).toBe(0);
    expect(containment(new Set(), whole)).toBe(0);
  });
});
