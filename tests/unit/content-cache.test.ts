import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/lib/cache/atomic-file.ts';
import { buildCacheDir, buildCacheEnabled } from '../../src/lib/cache/cache-dir.ts';
import { contentCacheKey, readContentCache, writeContentCache } from '../../src/lib/cache/content-cache.ts';
import { InputHash } from '../../src/lib/cache/input-hash.ts';
import { moduleGraph } from '../../src/lib/cache/module-graph.ts';
import { pruneCache } from '../../src/lib/cache/prune.ts';
import { seal, unseal } from '../../src/lib/cache/sealed.ts';
import { DEFAULT_PATHS } from '../../src/lib/load/paths.ts';

const scratch = mkdtempSync(join(tmpdir(), 'pc-content-cache-'));
const CACHE = join(scratch, 'cache');

/** Run the content build into `out` with the scratch cache (or none). */
function build(out: string, { cache = true, extra = [] as string[] } = {}) {
  // DEBUG makes the script say on stderr when its output came from the cache.
  const env = { ...process.env, BUILD_CACHE_DIR: CACHE, BUILD_CACHE: cache ? 'on' : 'off', DEBUG: 'content-cache' };
  return spawnSync(process.execPath, ['scripts/build-content.ts', '--out', out, ...extra], { encoding: 'utf8', env });
}

/** Every output file of a build (through its link), name → bytes. */
function outputFiles(out: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const folder of ['generated', 'topics']) {
    const dir = join(out, 'build', folder);
    for (const name of readdirSync(dir).sort()) files.set(`${folder}/${name}`, readFileSync(join(dir, name)));
  }
  return files;
}

function expectSameFiles(a: Map<string, Buffer>, b: Map<string, Buffer>) {
  expect([...b.keys()]).toEqual([...a.keys()]);
  for (const [name, bytes] of a) expect(b.get(name)!.equals(bytes), name).toBe(true);
}

const entries = () => readdirSync(join(CACHE, 'content')).filter((f) => f.endsWith('.json'));

describe('the content build cache (CLI)', () => {
  let uncached: Map<string, Buffer>;
  beforeAll(() => {
    const run = build(join(scratch, 'uncached'), { cache: false });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).not.toContain('from the cache');
    uncached = outputFiles(join(scratch, 'uncached'));
  }, 180_000);

  it('writes nothing to the cache when BUILD_CACHE=off', () => {
    expect(readdirSync(scratch)).not.toContain('cache');
  });

  it('stores a build, then writes the stored output byte for byte as the uncached build made it', () => {
    const cold = build(join(scratch, 'cold'));
    expect(cold.status, cold.stderr).toBe(0);
    expect(cold.stderr).not.toContain('from the cache');
    expect(entries()).toHaveLength(1);
    expectSameFiles(uncached, outputFiles(join(scratch, 'cold')));

    const warm = build(join(scratch, 'warm'));
    expect(warm.status, warm.stderr).toBe(0);
    expect(warm.stderr).toMatch(/^content: inputs unchanged: output from the cache \(.*\)\n$/);
    // The same report as a built run: the topic count and the dictionary coverage.
    expect(warm.stdout.replace(/warm/g, 'cold').replace(/\(\d+ ms\)/, '')).toBe(cold.stdout.replace(/\(\d+ ms\)/, ''));
    expectSameFiles(uncached, outputFiles(join(scratch, 'warm')));
  }, 180_000);

  it('misses when an input changes, and builds from the changed input', () => {
    const translations = join(scratch, 'translations');
    cpSync(DEFAULT_PATHS.translationsDir, translations, { recursive: true });
    const file = join(translations, readdirSync(translations).filter((f) => f.endsWith('.yaml')).sort()[0]!);
    const text = readFileSync(file, 'utf8');
    const changed = text.replace(/\bthe\b/, 'THE-CHANGED');
    expect(changed).not.toBe(text);
    writeFileSync(file, changed);
    const run = build(join(scratch, 'changed'), { extra: ['--translations', translations] });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).not.toContain('from the cache');
    expect(readFileSync(join(scratch, 'changed', 'build', 'generated', 'edition.json'), 'utf8')).toContain('THE-CHANGED');
    expect(entries()).toHaveLength(2);
  }, 180_000);

  it('ignores a damaged entry, builds again and replaces it', () => {
    const key = contentCacheKey(DEFAULT_PATHS, 'scripts/build-content.ts');
    const entry = join(CACHE, 'content', `${key}.json`);
    expect(entries()).toContain(`${key}.json`);
    truncateSync(entry, 1000);
    const run = build(join(scratch, 'damaged'));
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).not.toContain('from the cache');
    expectSameFiles(uncached, outputFiles(join(scratch, 'damaged')));
    expect(readContentCache(join(CACHE, 'content'), key)).not.toBeNull();
  }, 180_000);

  it('still stops bad input at its file and line, leaving the output and the cache as they were', () => {
    const data = join(scratch, 'bad-data');
    cpSync(DEFAULT_PATHS.dataDir, data, { recursive: true });
    writeFileSync(join(data, 'topics.yaml'), `${readFileSync(join(data, 'topics.yaml'), 'utf8')}\n  : : [unclosed\n`);
    const before = entries().sort();
    const out = join(scratch, 'warm');
    const run = build(out, { extra: ['--data', data] });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/topics\.yaml:\d+: /);
    expectSameFiles(uncached, outputFiles(out));
    expect(entries().sort()).toEqual(before);
  }, 180_000);
});

describe('the content cache key', () => {
  it('changes with any input file, and only then', () => {
    const dir = mkdtempSync(join(scratch, 'key-'));
    const paths = { ...DEFAULT_PATHS, dataDir: join(dir, 'data') };
    cpSync(DEFAULT_PATHS.dataDir, paths.dataDir, { recursive: true });
    const key = contentCacheKey(paths, 'scripts/build-content.ts');
    expect(contentCacheKey(paths, 'scripts/build-content.ts')).toBe(key);
    writeFileSync(join(paths.dataDir, 'new-file.yaml'), '[]\n');
    const added = contentCacheKey(paths, 'scripts/build-content.ts');
    expect(added).not.toBe(key);
    rmSync(join(paths.dataDir, 'new-file.yaml'));
    expect(contentCacheKey(paths, 'scripts/build-content.ts')).toBe(key);
    writeFileSync(join(paths.dataDir, 'topics.yaml'), `${readFileSync(join(paths.dataDir, 'topics.yaml'), 'utf8')}# a comment\n`);
    const edited = contentCacheKey(paths, 'scripts/build-content.ts');
    expect(edited).not.toBe(key);
    // A file linked into a folder counts by what it leads to.
    writeFileSync(join(dir, 'target.yaml'), '[]\n');
    symlinkSync(join(dir, 'target.yaml'), join(paths.dataDir, 'linked.yaml'));
    const linked = contentCacheKey(paths, 'scripts/build-content.ts');
    expect(linked).not.toBe(edited);
    writeFileSync(join(dir, 'target.yaml'), '[1]\n');
    expect(contentCacheKey(paths, 'scripts/build-content.ts')).not.toBe(linked);
  });

  it('covers the code the build imports, statically and dynamically', () => {
    const files = moduleGraph(['scripts/build-content.ts']).map((f) => f.slice(process.cwd().length + 1));
    for (const f of ['scripts/build-content.ts', 'src/lib/edition/build-edition.ts', 'src/lib/annotate/pinyin.ts', 'src/lib/annotate/script.ts', 'src/lib/dictionary/sources.ts', 'src/schemas/edition.ts', 'src/lib/cache/content-cache.ts']) {
      expect(files).toContain(f);
    }
  });

  it('frames its inputs: moving bytes from one input to the next changes the hash', () => {
    expect(new InputHash().add('a', 'xy').add('b', 'z').hex()).not.toBe(new InputHash().add('a', 'x').add('b', 'yz').hex());
  });
});

describe('cache entries', () => {
  it('are recognised when damaged', () => {
    const sealed = seal(Buffer.from('payload'));
    expect(unseal(sealed)?.toString()).toBe('payload');
    expect(unseal(sealed.subarray(0, sealed.length - 1))).toBeNull();
    const flipped = Buffer.from(sealed);
    flipped.writeUInt8(flipped.readUInt8(flipped.length - 1) ^ 1, flipped.length - 1);
    expect(unseal(flipped)).toBeNull();
    expect(unseal(new Uint8Array(3))).toBeNull();
  });

  it('round-trip the output, and a wrong key or format reads as no entry', () => {
    const dir = mkdtempSync(join(scratch, 'entries-'));
    const output = { folders: { topics: new Map([['a.md', 'A\n']]), generated: new Map([['edition.json', '{}\n']]) }, topics: 1, coverage: 'all' };
    writeContentCache(dir, 'k1', output);
    expect(readContentCache(dir, 'k1')).toEqual(output);
    expect(readContentCache(dir, 'k2')).toBeNull();
    writeFileSync(join(dir, 'k2.json'), seal(Buffer.from(JSON.stringify({ format: 0, key: 'k2', folders: {} }))));
    expect(readContentCache(dir, 'k2')).toBeNull();
    writeFileSync(join(dir, 'k3.json'), 'not sealed');
    expect(readContentCache(dir, 'k3')).toBeNull();
  });

  it('are written whole or not at all, and pruned least recently used first', () => {
    const dir = mkdtempSync(join(scratch, 'prune-'));
    writeFileAtomic(join(dir, 'sub', 'x'), 'whole');
    expect(readdirSync(join(dir, 'sub'))).toEqual(['x']);
    for (let i = 0; i < 5; i++) {
      writeFileSync(join(dir, `e${i}`), 'x'.repeat(10));
      const t = new Date(Date.now() - (10 - i) * 1000);
      spawnSync('touch', ['-d', t.toISOString(), join(dir, `e${i}`)]);
    }
    mkdirSync(join(dir, 'keep-folders'));
    pruneCache(dir, { maxEntries: 3 });
    expect(readdirSync(dir).filter((f) => f.startsWith('e')).sort()).toEqual(['e2', 'e3', 'e4']);
    pruneCache(dir, { maxBytes: 25 });
    expect(readdirSync(dir).filter((f) => f.startsWith('e')).sort()).toEqual(['e3', 'e4']);
  });

  it('live under .cache unless moved, and BUILD_CACHE=off turns them off', () => {
    expect(buildCacheDir('content', {})).toBe(join(process.cwd(), '.cache', 'content'));
    expect(buildCacheDir('content', { BUILD_CACHE_DIR: '/tmp/x' })).toBe('/tmp/x/content');
    expect(buildCacheEnabled({})).toBe(true);
    expect(buildCacheEnabled({ BUILD_CACHE: 'off' })).toBe(false);
  });
});
