import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildEdition } from '../../src/lib/edition/build-edition.ts';
import { authoredWith } from '../helpers/authored.ts';
import { edition } from '../helpers/edition.ts';

// The real content passes every consistency check: the content build runs them and the suite's
// edition (tests/helpers/edition-setup.ts) could not have been built otherwise. These tests show
// that the build really runs them, by breaking the real content one way at a time.

const build = (edits: Parameters<typeof authoredWith>[0]) => () => buildEdition(authoredWith(edits));

describe('the content build checks the apparatus against itself', () => {
  it('builds the real content, whose glossary terms, corrections and standing terms all agree', () => {
    expect(edition.glossary.length).toBeGreaterThan(100);
    expect(edition.topics.flatMap((t) => [...(t.answer?.paragraphs ?? []), ...(t.digest?.paragraphs ?? [])]).some((p) => p.corrections.length > 0)).toBe(true);
  });

  it('fails, at the glossary entry, when a rendering goes back to one the translation does not use', () => {
    const edit = (t: string) => t.replace('  en: "the eight actions"\n  variants: ["the eight major steps"]\n', '  en: "the eight grand steps"\n');
    expect(edit(readFileSync('content/data/glossary.yaml', 'utf8'))).not.toBe(readFileSync('content/data/glossary.yaml', 'utf8'));
    expect(build({ 'data/glossary.yaml': edit })).toThrow(/glossary\.yaml:\d+: “eight-major-steps” \(八项行动\) is marked in belt-and-road-d1/);
  });

  it('fails, at the translation, when a flag names another reading than its correction', () => {
    const file = 'translations/south-china-sea.yaml';
    const text = readFileSync(`content/${file}`, 'utf8');
    expect(text).toContain('弥足珍贵');
    expect(build({ [file]: (t) => t.replace(/readAs: (.*)弥足珍贵/, 'readAs: $1弥足宝贵') })).toThrow(/south-china-sea/);
  });

  it('fails, at the paragraph’s translation, when it falls back to a generic rendering of a standing term', () => {
    const file = 'translations/south-china-sea.yaml';
    expect(readFileSync(`content/${file}`, 'utf8')).toContain('South China Sea Islands (Nanhai Zhudao)');
    expect(build({ [file]: (t) => t.replaceAll('the South China Sea Islands (Nanhai Zhudao)', 'the islands of the South China Sea') })).toThrow(
      /south-china-sea\.yaml:\d+: south-china-sea-a1 has the standing term 南海诸岛 .*\(standing term at .*standing-terms\.yaml:\d+\)/,
    );
  });

  it('has the style guide point to the standing terms instead of keeping a table of its own', () => {
    const guide = readFileSync('content/translations/README.md', 'utf8');
    expect(guide).toContain('standing-terms.yaml');
    expect(guide).not.toMatch(/^\| *Chinese *\| *English *\|/m);
    expect(guide).toMatch(/British English/);
  });
});
