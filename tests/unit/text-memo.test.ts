import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { memoText } from '../../src/lib/cache/text-memo.ts';

/** A build cache of a text (the citations' formatting): computed once per input, kept sealed, never trusted when damaged. */
const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'memo-'));
  process.env.BUILD_CACHE_DIR = dir;
  delete process.env.BUILD_CACHE;
  return dir;
}

describe('a computed text kept between builds', () => {
  it('computes once per input and gives back the same text', async () => {
    scratch();
    let calls = 0;
    const compute = async () => `formatted ${++calls}`;
    expect(await memoText('t', 'input a', compute)).toBe('formatted 1');
    expect(await memoText('t', 'input a', compute)).toBe('formatted 1');
    expect(await memoText('t', 'input b', compute)).toBe('formatted 2');
    expect(calls).toBe(2);
  });

  it('computes again when an entry is damaged, and repairs it', async () => {
    const dir = scratch();
    await memoText('t', 'input', async () => 'the text “中国”');
    const [entry] = readdirSync(join(dir, 't'));
    const file = join(dir, 't', entry!);
    writeFileSync(file, readFileSync(file).subarray(0, 40));
    expect(await memoText('t', 'input', async () => 'computed again')).toBe('computed again');
    expect(await memoText('t', 'input', async () => 'not asked')).toBe('computed again');
  });

  it('neither reads nor writes with BUILD_CACHE=off', async () => {
    const dir = scratch();
    process.env.BUILD_CACHE = 'off';
    let calls = 0;
    await memoText('t', 'input', async () => String(++calls));
    await memoText('t', 'input', async () => String(++calls));
    expect(calls).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });
});
