import { describe, expect, it } from 'vitest';
import { accountCharacters } from '../../src/lib/pipeline/accounting.ts';
import { runPipeline } from '../../src/lib/pipeline/run.ts';
import { DEFAULT_INPUT, source } from '../helpers/pipeline.ts';

describe('accounting for every character of both sources', () => {
  it('places every non-blank character of the real files exactly once', () => {
    const { conference } = runPipeline(DEFAULT_INPUT);
    for (const role of ['full', 'digest'] as const) {
      const ledger = conference.accounting[role];
      const placed = ledger.paragraphs + ledger.headings + ledger['speaker-labels'] + ledger.furniture + ledger.duplicates;
      expect(placed).toBe(ledger.source);
      expect(ledger.source).toBeGreaterThan(3000);
    }
    expect(conference.accounting.digest.duplicates).toBeGreaterThan(200);
    expect(conference.accounting.full.furniture).toBe([...'中共中央政治局委员、外交部长王毅就中国外交政策和对外关系回答中外记者提问新华社北京3月7日电(下转第四版)'].length);
  });

  it('fails when a character is lost', () => {
    const src = source('标题\n\n正文一。\n');
    expect(() => accountCharacters(src, { furniture: ['标题'], paragraphs: ['正文。'] })).toThrow(/lost \[一×1\]/);
  });

  it('fails when a character is counted twice', () => {
    const src = source('标题\n\n正文。\n');
    expect(() => accountCharacters(src, { furniture: ['标题'], paragraphs: ['正文。', '正'] })).toThrow(/invented \[正×1\]/);
  });
});
