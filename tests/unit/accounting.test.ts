import { describe, expect, it } from 'vitest';
import { accountCharacters } from '../../src/lib/edition/accounting.ts';
import { edition } from '../helpers/edition.ts';
import { source } from '../helpers/authored.ts';

describe('accounting for every character of both sources', () => {
  it('places every non-blank character of the real files exactly once, and says where', () => {
    for (const role of ['full', 'digest'] as const) {
      const ledger = edition.accounting[role];
      const placed = ledger.paragraphs + ledger.headings + ledger['speaker-labels'] + ledger.furniture + ledger.duplicates;
      expect(placed, role).toBe(ledger.source);
      expect(ledger.source, role).toBeGreaterThan(3000);
    }
    const { full, digest } = edition.accounting;
    // The repeated BRICS section of the digest is accounted as a duplicate, not lost.
    expect(digest.duplicates).toBeGreaterThan(200);
    expect(full.duplicates).toBe(0);
    // Headings belong to the digest, speaker labels to the full transcript.
    expect(full.headings).toBe(0);
    expect(digest['speaker-labels']).toBe(0);
    expect(digest.headings).toBe(edition.topics.flatMap((t) => (t.digest ? [...t.digest.heading.hans] : [])).length);
    expect(full.furniture).toBe([...'中共中央政治局委员、外交部长王毅就中国外交政策和对外关系回答中外记者提问新华社北京3月7日电(下转第四版)'].length);
  });

  it('returns the counts per place for a file whose characters are all placed', () => {
    const src = source('标题\n\n王毅：正文 一。\n');
    expect(accountCharacters(src, { furniture: ['标题'], 'speaker-labels': ['王毅：'], paragraphs: ['正文一。'] })).toEqual({
      source: 9, paragraphs: 4, headings: 0, 'speaker-labels': 3, furniture: 2, duplicates: 0,
    });
  });

  it('fails when a character is lost', () => {
    const src = source('标题\n\n正文一。\n');
    expect(() => accountCharacters(src, { furniture: ['标题'], paragraphs: ['正文。'] })).toThrow(/lost \[一×1\]/);
  });

  it('fails when a character is counted twice', () => {
    const src = source('标题\n\n正文。\n');
    expect(() => accountCharacters(src, { furniture: ['标题'], paragraphs: ['正文。', '正'] })).toThrow(/invented \[正×1\]/);
  });

  it('fails when a character is replaced by another, naming the file and both characters', () => {
    const src = source('标题\n\n和乎共处。\n', 'x.txt');
    expect(() => accountCharacters(src, { furniture: ['标题'], paragraphs: ['和平共处。'] })).toThrow(/^x\.txt: character accounting failed: lost \[乎×1\] invented \[平×1\]$/);
  });
});
