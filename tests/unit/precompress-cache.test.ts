import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CompressedCache } from '../../src/lib/cache/compressed-cache.ts';
import { precompress } from '../../scripts/precompress.ts';

const scratch = mkdtempSync(join(tmpdir(), 'pc-precompress-cache-'));

/** A small site: pages and a script worth compressing, and a file that is not. */
function site(name: string): string {
  const dir = join(scratch, name);
  mkdirSync(join(dir, 'about'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), `<!doctype html><title>Home</title>${'<p>中美关系 Sino-US relations.</p>'.repeat(200)}`);
  writeFileSync(join(dir, 'about', 'index.html'), `<!doctype html><title>About</title>${'<p>About this edition.</p>'.repeat(100)}`);
  writeFileSync(join(dir, 'app.js'), `export const x = ${JSON.stringify('abc'.repeat(500))};\n`);
  writeFileSync(join(dir, 'tiny.txt'), 'x');
  return dir;
}

/** The compressed copies under a folder, path → bytes. */
function copies(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && /\.(br|gz)$/.test(entry.name)) {
      const path = join(entry.parentPath, entry.name);
      out.set(path.slice(dir.length), readFileSync(path));
    }
  }
  return out;
}

function expectSame(a: Map<string, Buffer>, b: Map<string, Buffer>) {
  expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
  for (const [path, bytes] of a) expect(b.get(path)!.equals(bytes), path).toBe(true);
}

describe('precompress with a cache of compressed copies', () => {
  const cacheDir = join(scratch, 'cache');

  it('writes the same bytes from the cache as it compresses without one', async () => {
    const plain = site('plain');
    await precompress(plain);
    const reference = copies(plain);
    expect(reference.size).toBe(6);
    expect(brotliDecompressSync(reference.get('/index.html.br')!).toString()).toBe(readFileSync(join(plain, 'index.html'), 'utf8'));
    expect(gunzipSync(reference.get('/app.js.gz')!).toString()).toBe(readFileSync(join(plain, 'app.js'), 'utf8'));

    const cold = new CompressedCache(cacheDir);
    const first = site('first');
    await precompress(first, { cache: cold });
    expect(cold.stats.hits).toBe(0);
    expect(cold.stats.stored).toBe(8); // tiny.txt's copies too: they are not worth writing, but the verdict is cached
    expectSame(reference, copies(first));

    const warm = new CompressedCache(cacheDir);
    const second = site('second');
    await precompress(second, { cache: warm });
    expect(warm.stats).toEqual({ hits: 8, stored: 0 });
    expectSame(reference, copies(second));
  });

  it('compresses a changed file again and keeps the cache of the others', async () => {
    const dir = site('changed');
    writeFileSync(join(dir, 'index.html'), `<!doctype html><title>Home</title>${'<p>changed</p>'.repeat(300)}`);
    const cache = new CompressedCache(cacheDir);
    await precompress(dir, { cache });
    expect(cache.stats).toEqual({ hits: 6, stored: 2 });
    expect(brotliDecompressSync(readFileSync(join(dir, 'index.html.br'))).toString()).toContain('changed');
  });

  it('ignores a damaged entry and compresses the file again', async () => {
    for (const name of readdirSync(cacheDir)) writeFileSync(join(cacheDir, name), readFileSync(join(cacheDir, name)).subarray(0, -1));
    const cache = new CompressedCache(cacheDir);
    const dir = site('damaged');
    await precompress(dir, { cache });
    expect(cache.stats.hits).toBe(0);
    const plain = join(scratch, 'plain');
    expectSame(copies(plain), copies(dir));
  });

  it('compresses anyway with force, and uses no cache without one', async () => {
    const cache = new CompressedCache(cacheDir);
    const dir = site('forced');
    await precompress(dir, { cache, force: true });
    expect(cache.stats.hits).toBe(0);
    expectSame(copies(join(scratch, 'plain')), copies(dir));
    const none = new CompressedCache(null);
    expect(none.get(CompressedCache.key(Buffer.from('x'), 'gzip level 9'))).toBeNull();
    none.put('k', Buffer.from('x'));
    expect(none.stats.stored).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });

  it('keys a copy by the bytes and the coding', () => {
    const a = Buffer.from('same bytes');
    expect(CompressedCache.key(a, 'gzip level 9')).toBe(CompressedCache.key(Buffer.from('same bytes'), 'gzip level 9'));
    expect(CompressedCache.key(a, 'gzip level 9')).not.toBe(CompressedCache.key(a, 'gzip level 6'));
    expect(CompressedCache.key(a, 'gzip level 9')).not.toBe(CompressedCache.key(Buffer.from('same bytez'), 'gzip level 9'));
  });
});
