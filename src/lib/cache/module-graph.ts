import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Relative specifiers (starting with ./ or ../) of static imports, re-exports and dynamic imports. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])(\.{1,2}\/[^'"\n]+)\1/g;

/**
 * The project's own source files a module depends on, itself included:
 * every file it imports by a relative specifier, transitively (package
 * imports are left to the packages' versions). Sorted absolute paths; a
 * specifier that names no readable file is kept as it is, so that its
 * appearing later changes the list too. Over-inclusion (a specifier quoted
 * in a comment) only costs a cache entry, never correctness.
 */
export function moduleGraph(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const pending = entries.map((e) => resolve(e));
  while (pending.length) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const m of text.matchAll(SPECIFIER)) pending.push(resolve(dirname(file), m[2]!));
  }
  return [...seen].sort();
}
