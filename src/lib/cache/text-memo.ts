import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-file.ts';
import { buildCacheDir, buildCacheEnabled } from './cache-dir.ts';
import { seal, unseal } from './sealed.ts';

/**
 * A text the build computes, kept between builds: `.cache/<name>/<key>`, the
 * key being SHA-256 of `input` (everything that decides the text). An entry
 * is sealed with its checksum and written atomically, so a damaged one is
 * computed again; an unreadable or unwritable cache only costs the
 * computing. With `BUILD_CACHE=off` it always computes.
 */
export async function memoText(name: string, input: string, compute: () => Promise<string>): Promise<string> {
  if (!buildCacheEnabled()) return compute();
  const file = join(buildCacheDir(name), createHash('sha256').update(input).digest('hex'));
  try {
    const kept = unseal(readFileSync(file));
    if (kept) return kept.toString('utf8');
  } catch {
    // not kept yet
  }
  const text = await compute();
  try {
    writeFileAtomic(file, seal(Buffer.from(text, 'utf8')));
  } catch {
    // a read-only cache: the text is still right
  }
  return text;
}
