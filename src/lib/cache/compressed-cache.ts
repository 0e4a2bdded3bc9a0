import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-file.ts';
import { pruneCache, touch } from './prune.ts';
import { seal, unseal } from './sealed.ts';

/**
 * Compressed copies kept between builds (scripts/precompress.ts): one entry
 * per file content and coding, named by SHA-256 of the coding's parameters,
 * the zlib and brotli versions and the file's bytes, so a file whose bytes
 * did not change is not compressed again (brotli at quality 11 is slow). Each
 * entry carries its own checksum (sealed.ts): a damaged one is ignored and
 * the copy made again.
 */

/** The cache may hold about twenty builds' worth of the site's compressed copies. */
const MAX_BYTES = 64 * 1024 * 1024;

/** A cache of compressed copies in a folder; `null` for no cache (every copy is made). */
export class CompressedCache {
  readonly #dir: string | null;
  /** Look-ups that found their entry, and copies made and stored. */
  readonly stats = { hits: 0, stored: 0 };

  constructor(dir: string | null) {
    this.#dir = dir;
  }

  /** The key of a file's copy in one coding (`coding` names the codec and all its parameters). */
  static key(data: Uint8Array, coding: string): string {
    return createHash('sha256').update(`${coding}\0zlib ${process.versions.zlib}\0brotli ${process.versions.brotli ?? '-'}\0`).update(data).digest('hex');
  }

  /** The stored copy, or null when there is none (or it is damaged, or there is no cache). */
  get(key: string): Buffer | null {
    if (!this.#dir) return null;
    const file = join(this.#dir, key);
    let payload: Buffer | null;
    try {
      payload = unseal(readFileSync(file));
    } catch {
      return null;
    }
    if (payload) {
      this.stats.hits++;
      touch(file);
    }
    return payload;
  }

  /** Store a copy (atomically); a cache that cannot be written only costs the next build the compression. */
  put(key: string, packed: Uint8Array): void {
    if (!this.#dir) return;
    try {
      writeFileAtomic(join(this.#dir, key), seal(packed));
      this.stats.stored++;
    } catch (error) {
      console.warn(`precompress: could not cache a copy in ${this.#dir} (${error instanceof Error ? error.message : String(error)})`);
    }
  }

  /** Remove the least recently used entries beyond the size limit. */
  prune(): void {
    if (this.#dir) pruneCache(this.#dir, { maxBytes: MAX_BYTES });
  }
}
