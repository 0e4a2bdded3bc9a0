import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { z } from 'zod';
import { DEFAULT_PATHS, loadAuthored, type Authored, type AuthoredPaths } from '../../src/lib/load/authored.ts';
import { parseYaml, type Loaded } from '../../src/lib/load/yaml.ts';
import { normaliseSource } from '../../src/lib/parse/normalise.ts';
import { parseDigest } from '../../src/lib/parse/parse-digest.ts';
import { parseFullTranscript } from '../../src/lib/parse/parse-full.ts';
import { parseSources } from '../../src/lib/parse/parse.ts';
import type { Parsed, SourceRole } from '../../src/lib/parse/types.ts';

export const FULL = DEFAULT_PATHS.fullTranscript;
export const DIGEST = DEFAULT_PATHS.digest;
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

/**
 * A temporary copy of the authored material (sources, data, translations,
 * interface strings, pages) with some files edited, and its paths. `edits`
 * maps a path relative to `content/` (e.g. `data/topics.yaml`,
 * `sources/full-transcript.txt`) to a function of its text.
 */
export function editedPaths(edits: Record<string, (text: string) => string>): AuthoredPaths & { fullTranscript: string } {
  const root = mkdtempSync(join(tmpdir(), 'pc-content-'));
  for (const dir of ['sources', 'data', 'translations', 'pages']) cpSync(join('content', dir), join(root, dir), { recursive: true });
  cpSync(DEFAULT_PATHS.uiFile, join(root, 'ui.yaml'));
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(root, file);
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
  }
  return {
    fullTranscript: join(root, 'sources/full-transcript.txt'),
    digest: join(root, 'sources/digest.txt'),
    dataDir: join(root, 'data'),
    translationsDir: join(root, 'translations'),
    uiFile: join(root, 'ui.yaml'),
    pagesDir: join(root, 'pages'),
  };
}

/** The authored material with some files edited (see editedPaths), loaded. */
export function authoredWith(edits: Record<string, (text: string) => string>): Authored {
  return loadAuthored(editedPaths(edits));
}

/** The text of a committed data file (`content/data/<name>`). */
export function dataText(name: string): string {
  return readFileSync(join(DEFAULT_PATHS.dataDir, name), 'utf8');
}

/**
 * A committed data file, optionally edited, parsed and validated under its
 * real path (as loadAuthored would), for feeding one stage a crafted `Loaded`.
 */
export function dataFile<T extends z.ZodType>(name: string, schema: T, edit: (text: string) => string = (t) => t): Loaded<z.infer<T>> {
  return parseYaml(edit(dataText(name)), join(DEFAULT_PATHS.dataDir, name), schema);
}

/** Both committed sources, parsed (the parse stage only: cheap, no annotation). */
export function realParsed(): Parsed {
  return parseSources({ full: { file: FULL, bytes: readFileSync(FULL) }, digest: { file: DIGEST, bytes: readFileSync(DIGEST) } }, SPEAKER);
}
