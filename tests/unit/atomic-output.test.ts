import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const failOn = vi.hoisted(() => ({ target: '' }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return {
    ...fs,
    // Fail the swap that moves a staged folder to `failOn.target`, to test the roll-back.
    renameSync: (from: string, to: string) => {
      if (failOn.target && to === failOn.target && from.includes('.output-new-')) throw new Error('simulated rename failure');
      return fs.renameSync(from, to);
    },
  };
});
import { editionFiles, writeOutputAtomically } from '../../src/lib/edition/emit.ts';
import { edition } from '../helpers/edition.ts';

function previous() {
  const root = mkdtempSync(join(tmpdir(), 'pc-out-'));
  mkdirSync(join(root, 'topics'));
  mkdirSync(join(root, 'generated'));
  writeFileSync(join(root, 'topics', 'old.md'), 'old topic');
  writeFileSync(join(root, 'generated', 'edition.json'), 'old edition');
  return root;
}

describe('writing the output', () => {
  it('replaces every folder together', () => {
    const root = previous();
    writeOutputAtomically(root, { topics: new Map([['new.md', 'new topic']]), generated: new Map([['edition.json', 'new edition']]) });
    expect(readdirSync(join(root, 'topics'))).toEqual(['new.md']);
    expect(readFileSync(join(root, 'generated', 'edition.json'), 'utf8')).toBe('new edition');
    expect(readdirSync(root).sort()).toEqual(['generated', 'topics']);
  });

  it('creates the folders on a first build, with the edition document and one Markdown file per topic', () => {
    const root = join(mkdtempSync(join(tmpdir(), 'pc-out-')), 'content');
    writeOutputAtomically(root, editionFiles(edition));
    expect(readdirSync(root).sort()).toEqual(['generated', 'topics']);
    expect(readdirSync(join(root, 'topics')).sort()).toEqual(edition.topics.map((t) => `${t.slug}.md`).sort());
    expect(JSON.parse(readFileSync(join(root, 'generated', 'edition.json'), 'utf8'))).toEqual(edition);
  });

  it('leaves the previous output whole when a write fails half-way', () => {
    const root = previous();
    // The second folder's file name is not a valid file name: the write fails after the first folder was staged.
    const bad = new Map([['sub/dir/missing.json', 'x']]);
    expect(() => writeOutputAtomically(root, { topics: new Map([['new.md', 'new topic']]), generated: bad })).toThrow();
    expect(readdirSync(join(root, 'topics'))).toEqual(['old.md']);
    expect(readFileSync(join(root, 'generated', 'edition.json'), 'utf8')).toBe('old edition');
    expect(readdirSync(root).sort()).toEqual(['generated', 'topics']);
  });

  it('puts back the folders already swapped when a later swap fails', () => {
    const root = previous();
    failOn.target = join(root, 'generated');
    try {
      expect(() => writeOutputAtomically(root, { topics: new Map([['new.md', 'new topic']]), generated: new Map([['edition.json', 'new edition']]) })).toThrow(
        /simulated rename failure/,
      );
    } finally {
      failOn.target = '';
    }
    expect(readdirSync(join(root, 'topics'))).toEqual(['old.md']);
    expect(readFileSync(join(root, 'generated', 'edition.json'), 'utf8')).toBe('old edition');
    expect(readdirSync(root).sort()).toEqual(['generated', 'topics']);
  });
});
