import { describe, expect, it } from 'vitest';
import { alignDigest } from '../../src/lib/pipeline/align.ts';
import type { Digest } from '../../src/lib/pipeline/types.ts';
import { realDigest, realFull } from '../helpers/pipeline.ts';

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
});
