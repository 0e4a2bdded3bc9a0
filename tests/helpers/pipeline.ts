import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normaliseSource } from '../../src/lib/pipeline/normalise.ts';
import { parseDigest } from '../../src/lib/pipeline/parse-digest.ts';
import { parseFullTranscript } from '../../src/lib/pipeline/parse-full.ts';
import type { SourceRole } from '../../src/lib/pipeline/types.ts';

export const FULL = 'content/sources/full-transcript.txt';
export const DIGEST = 'content/sources/digest.txt';
export const SPEAKER = '王毅';

/** A source file (real or crafted text) normalised under a given name. */
export function source(text: string | Uint8Array, file = 'crafted.txt', role: SourceRole = 'full') {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return normaliseSource(bytes, file, role);
}

export function realFull() {
  return parseFullTranscript(normaliseSource(readFileSync(FULL), FULL, 'full'), SPEAKER);
}

export function realDigest() {
  return parseDigest(normaliseSource(readFileSync(DIGEST), DIGEST, 'digest'));
}

/** The default pipeline input (the committed sources and data). */
export const DEFAULT_INPUT = {
  fullTranscript: FULL,
  digest: DIGEST,
  dataDir: 'content/data',
  translationsDir: 'content/translations',
};

/** The default input with one authored data file edited (in a temporary copy of content/data). */
export function inputWithEditedData(file: string, edit: (text: string) => string) {
  const dir = mkdtempSync(join(tmpdir(), 'pc-data-'));
  cpSync('content/data', dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return { ...DEFAULT_INPUT, dataDir: dir };
}
