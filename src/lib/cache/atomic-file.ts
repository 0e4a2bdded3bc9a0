import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The suffix of a cache file still being written (see writeFileAtomic); prune removes old ones. */
export const TEMP_SUFFIX = '.tmp';

/**
 * Write a file so that a reader sees either no file or the whole of it: the
 * bytes go to a temporary file beside it (unique to this process and call),
 * which is then renamed over the target in one step. If the write fails, the
 * temporary file is removed and the error thrown; the target is unchanged.
 */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}-${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`;
  try {
    writeFileSync(temp, data);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
