import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEdition } from '../../src/lib/edition/build-edition.ts';
import { DEFAULT_PATHS, loadAuthored } from '../../src/lib/load/authored.ts';
import { topicParagraphList } from '../../src/schemas/edition-model.ts';
import { CASES } from '../fixtures/layouts/cases.ts';
import { edition } from '../helpers/edition.ts';

const DIR = 'tests/fixtures/layouts';
const texts = (e: typeof edition) => e.topics.map((t) => [t.slug, topicParagraphList(t).map((p) => p.zh.hans)]);

// The parser reads these layouts alike (tests/unit/source-layouts.test.ts); the whole build must then
// give the same edition too: same topics, same paragraphs, every character accounted for, every
// translation still matching its fingerprint.
describe('the whole edition from real-world layouts of the full transcript', () => {
  const same = CASES.filter((c) => c.outcome.startsWith('same') && ['labels-repeated', 'labels-own-line', 'two-parts', 'web-no-page-breaks'].includes(c.name));

  it('has the layouts to build', () => expect(same.map((c) => c.name).sort()).toEqual(['labels-own-line', 'labels-repeated', 'two-parts', 'web-no-page-breaks']));

  for (const c of same) {
    it(`builds the same topics and paragraphs from ${c.name} (${c.layout})`, () => {
      const full = (c.full ?? ['full.txt']).map((f) => join(DIR, c.name, f));
      for (const f of full) expect(existsSync(f), f).toBe(true);
      const built = buildEdition(loadAuthored({ ...DEFAULT_PATHS, fullTranscript: full }));
      expect(texts(built)).toEqual(texts(edition));
      expect(built.accounting.full.source).toBe(
        built.accounting.full.paragraphs + built.accounting.full['speaker-labels'] + built.accounting.full.furniture + built.accounting.full.headings + built.accounting.full.duplicates,
      );
    }, 60_000);
  }
});
