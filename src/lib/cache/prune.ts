import { readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { TEMP_SUFFIX } from './atomic-file.ts';

/** How much a cache folder may keep (the least recently used entries go first). */
export interface CacheLimits {
  maxEntries?: number;
  maxBytes?: number;
}

/** A temporary file older than this is left over from a killed writer. */
const STALE_TEMP_MS = 60 * 60 * 1000;

/** Mark an entry as just used, so that pruning keeps it longest (errors are ignored: it only affects pruning). */
export function touch(file: string): void {
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // a read-only cache still works
  }
}

/**
 * Keep a cache folder within its limits: remove the least recently used
 * entries (by modification time, which touch() renews on every use) beyond
 * `maxEntries` or `maxBytes`, and temporary files left by a killed writer.
 * Never throws: a cache that cannot be pruned only grows.
 */
export function pruneCache(dir: string, limits: CacheLimits): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  const now = Date.now();
  const entries: { file: string; size: number; used: number }[] = [];
  for (const name of names) {
    const file = join(dir, name);
    try {
      const st = statSync(file);
      if (!st.isFile()) continue;
      if (name.endsWith(TEMP_SUFFIX)) {
        if (now - st.mtimeMs > STALE_TEMP_MS) rmSync(file, { force: true });
        continue;
      }
      entries.push({ file, size: st.size, used: st.mtimeMs });
    } catch {
      // gone meanwhile (another build pruning)
    }
  }
  entries.sort((a, b) => b.used - a.used);
  let bytes = 0;
  entries.forEach((e, i) => {
    bytes += e.size;
    if (i >= (limits.maxEntries ?? Infinity) || bytes > (limits.maxBytes ?? Infinity)) rmSync(e.file, { force: true });
  });
}
