import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildContent } from '../../src/lib/edition/build-edition.ts';
import { DEFAULT_PATHS, loadAuthored } from '../../src/lib/load/authored.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The edition built once from the committed sources and data, as a JSON file. */
    editionFile: string;
    /** Its dictionary subset, built with it, as a JSON file. */
    dictionaryFile: string;
  }
}

/** Build the edition and its dictionary subset once for the whole unit suite; test files read them (tests/helpers/edition.ts). */
export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'pc-edition-'));
  const { edition, dictionary } = buildContent(loadAuthored(DEFAULT_PATHS));
  const files = { editionFile: join(dir, 'edition.json'), dictionaryFile: join(dir, 'dictionary.json') };
  writeFileSync(files.editionFile, JSON.stringify(edition));
  writeFileSync(files.dictionaryFile, JSON.stringify(dictionary));
  project.provide('editionFile', files.editionFile);
  project.provide('dictionaryFile', files.dictionaryFile);
  return () => rmSync(dir, { recursive: true, force: true });
}
