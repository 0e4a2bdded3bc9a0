import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedPreviewPng, previewCacheKey, previewCacheStats } from '../../src/lib/og/preview-cache.ts';
import { previewPng, type PreviewCard } from '../../src/lib/og/preview-image.ts';

const card: PreviewCard = { titleZh: '中国外交', titleEn: "China's diplomacy", byline: 'Question 1 · Test', footer: 'Footer' };
const dir = mkdtempSync(join(tmpdir(), 'og-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('preview image cache', () => {
  it('draws an image once and then serves the same bytes from the cache', () => {
    const { hits, drawn } = previewCacheStats;
    const first = cachedPreviewPng(card, dir);
    const second = cachedPreviewPng(card, dir);
    expect(previewCacheStats.drawn - drawn).toBe(1);
    expect(previewCacheStats.hits - hits).toBe(1);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(first).equals(Buffer.from(previewPng(card)))).toBe(true);
    expect(readdirSync(dir)).toEqual([`${previewCacheKey(card)}.png`]);
  });

  it('keys an image by its whole input', () => {
    const key = previewCacheKey(card);
    expect(previewCacheKey({ ...card })).toBe(key);
    for (const change of [{ titleZh: '中美关系' }, { titleEn: 'China–US relations' }, { byline: 'Question 2 · Test' }, { footer: 'Other' }]) {
      expect(previewCacheKey({ ...card, ...change })).not.toBe(key);
    }
  });
});
