import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseYaml } from '../../src/lib/pipeline/authored.ts';
import { runPipeline } from '../../src/lib/pipeline/run.ts';
import { DEFAULT_INPUT, inputWithEditedData } from '../helpers/pipeline.ts';

describe('authored data files', () => {
  it('names file and line of an invalid entry', () => {
    const schema = z.object({ items: z.array(z.object({ slug: z.string().regex(/^[a-z-]+$/) })) });
    expect(() => parseYaml('items:\n  - slug: good\n  - slug: Bad Slug\n', 'x.yaml', schema)).toThrow(/^x\.yaml:3: .* at items\.1\.slug/);
  });

  it('names file and line of a YAML syntax error', () => {
    expect(() => parseYaml('a: 1\nb: [unclosed\n', 'y.yaml', z.any())).toThrow(/^y\.yaml:\d+: /);
  });

  it('stops the build when a question has no topic entry', () => {
    const input = inputWithEditedData('topics.yaml', (t) => t.replace(/  12:\n(    .*\n)+?(?=  13:)/, ''));
    expect(() => runPipeline(input)).toThrow(/topics\.yaml:1: no topic entry for question 12 \(中新社/);
  });

  it('stops the build when a topic entry matches no question', () => {
    const input = inputWithEditedData('topics.yaml', (t) => t.replace('questions:\n', 'questions:\n  15:\n    slug: extra\n    titleEn: Extra\n    summaryEn: Extra.\n'));
    expect(() => runPipeline(input)).toThrow(/questions\.15 matches no question/);
  });

  it('stops the build when a digest-only section has no topic entry', () => {
    const input = inputWithEditedData('topics.yaml', (t) => t.replace('  谈联合国作用:', '  谈联合国:'));
    expect(() => runPipeline(input)).toThrow(/no topic entry for the digest-only section “谈联合国作用” \(.*digest\.txt line 90\)/);
  });

  it('takes Chinese titles from the digest headings and authored titles only where the digest has none', () => {
    const { topics } = runPipeline(DEFAULT_INPUT);
    const us = topics.find((t) => t.slug === 'china-us')!;
    expect(us.title).toMatchObject({ zh: '谈中美关系', zhFrom: 'digest-heading' });
    const xinhua = topics.find((t) => t.number === 5)!;
    expect(xinhua.title.zhFrom).toBe('authored');
    expect(topics.filter((t) => t.kind === 'qa' && t.title.zhFrom === 'authored').map((t) => t.number)).toEqual([5, 7, 10, 12]);
  });

  it('orders topics as asked: opening remarks, 14 questions, then the digest-only topics', () => {
    const { topics } = runPipeline(DEFAULT_INPUT);
    expect(topics.map((t) => t.kind)).toEqual(['opening', ...Array(14).fill('qa'), ...Array(4).fill('digest-only')]);
    expect(topics.slice(-4).map((t) => t.title.zh)).toEqual(['谈朝鲜半岛问题', '谈联合国作用', '谈“一带一路”', '谈金砖扩员']);
    expect(topics.at(-1)!.digest!.duplicate).toEqual({ lines: [72, 74], position: 10 });
  });
});
