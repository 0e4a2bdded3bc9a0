import { join, resolve } from 'node:path';

/**
 * Where the build caches live and whether they are used. Every cache is a
 * folder under `.cache/` in the project (git-ignored; `BUILD_CACHE_DIR`
 * moves the root), and every entry in it is named by a hash of all its
 * inputs, so an entry is never stale: `rm -rf .cache` only costs the next
 * build its time. `BUILD_CACHE=off` makes the build compute everything and
 * neither read nor write a cache (the link-preview images keep their own
 * cache, src/lib/og/preview-cache.ts).
 */

/** Whether the build caches are in use (`BUILD_CACHE=off` or `0` turns them off). */
export function buildCacheEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  const v = env.BUILD_CACHE?.trim().toLowerCase();
  return v !== 'off' && v !== '0' && v !== 'false';
}

/** The folder of one build cache: `<BUILD_CACHE_DIR, else ./.cache>/<name>`, absolute. */
export function buildCacheDir(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.BUILD_CACHE_DIR || join(process.cwd(), '.cache'), name);
}
