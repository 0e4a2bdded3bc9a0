import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingNumbers } from '../../src/lib/pipeline/numbers.ts';
import { runPipeline } from '../../src/lib/pipeline/run.ts';
import { checkCoverage, loadTranslations } from '../../src/lib/pipeline/translations.ts';
import { DEFAULT_INPUT } from '../helpers/pipeline.ts';

function translations(yaml: string) {
  const dir = mkdtempSync(join(tmpdir(), 'pc-tr-'));
  writeFileSync(join(dir, 'topic.yaml'), yaml);
  return { dir, map: () => loadTranslations(dir) };
}

const paragraphs = [
  { id: 'topic-a1', zh: '去年，双方贸易额达到2400亿美元。', expectedFile: 'topic.yaml' },
  { id: 'topic-a2', zh: '我们愿同各国一道。', expectedFile: 'topic.yaml' },
];

describe('English translations', () => {
  it('cover every paragraph of the real content, with the numbers of the Chinese', () => {
    const { topics, conference } = runPipeline(DEFAULT_INPUT);
    const all = [conference.lede, ...topics.flatMap((t) => [...(t.question?.paragraphs ?? []), ...(t.answer?.paragraphs ?? []), ...(t.digest?.paragraphs ?? [])])];
    expect(all.length).toBeGreaterThan(100);
    for (const p of all) {
      expect(p.en.length, p.id).toBeGreaterThan(0);
      expect(missingNumbers(p.zh, p.en), p.id).toEqual([]);
      expect(p.en, p.id).not.toMatch(/\p{Script=Han}/u);
    }
  });

  it('marks the paragraphs whose source is faulty, so they are easy to find', () => {
    const { topics } = runPipeline(DEFAULT_INPUT);
    const flagged = topics.flatMap((t) => (t.answer?.paragraphs ?? []).filter((p) => p.flag).map((p) => p.id));
    expect(flagged).toEqual(expect.arrayContaining(['china-us-a5', 'neighbourhood-diplomacy-a6', 'ukraine-a1', 'south-china-sea-a3']));
  });

  it('fail the build for a paragraph with no translation', () => {
    const t = translations('topic-a1: Last year, trade reached US$240 billion.\n');
    expect(() => checkCoverage(paragraphs, t.map())).toThrow(/topic\.yaml:1: no English translation for paragraph “topic-a2”/);
  });

  it('fail the build for a translation whose paragraph no longer exists, naming its line', () => {
    const t = translations('topic-a1: Last year, trade reached US$240 billion.\ntopic-a2: Together with all countries.\ntopic-a9: Stale.\n');
    expect(() => checkCoverage(paragraphs, t.map())).toThrow(/topic\.yaml:3: “topic-a9” is not a paragraph ID/);
  });

  it('fail the build for an empty translation', () => {
    const t = translations('topic-a1: ""\n');
    expect(() => t.map()).toThrow(/topic\.yaml:1: “topic-a1”: the translation is empty/);
  });

  it('fail the build for English that still contains Chinese, unless explicitly allowed', () => {
    expect(() => translations('topic-a1: The 中方 side.\n').map()).toThrow(/topic\.yaml:1: .*Chinese characters \(中方\)/);
    const allowed = translations('topic-a1:\n  en: The name Wang Yi (王毅).\n  allowChinese: 王毅\n').map();
    expect(allowed.get('topic-a1')!.en).toBe('The name Wang Yi (王毅).');
  });

  it('fail the build when a number of the Chinese is missing from the English', () => {
    const t = translations('topic-a1: Last year, trade reached a record.\ntopic-a2: Together with all countries.\n');
    expect(() => checkCoverage(paragraphs, t.map())).toThrow(/topic\.yaml:1: “topic-a1”: the English lacks the number\(s\) 2400亿/);
  });

  it('accept numbers converted from 万 and 亿 and months written as names', () => {
    expect(missingNumbers('2400亿美元，1.7万列，14亿多人，10万平民，去年11月，3月14日', 'US$240 billion, 17,000 trains, 1.4 billion people, 100,000 civilians, last November, from March 14')).toEqual([]);
    expect(missingNumbers('31项', 'no more than 310 items')).toEqual(['31']);
    expect(missingNumbers('5.2%', 'growth of 5.25%')).toEqual(['5.2']);
  });
});
