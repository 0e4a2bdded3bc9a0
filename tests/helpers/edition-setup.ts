import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildEdition } from '../../src/lib/edition/build-edition.ts';
import { DEFAULT_PATHS, loadAuthored } from '../../src/lib/load/authored.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The edition built once from the committed sources and data, as a JSON file. */
    editionFile: string;
  }
}

/** Build the edition once for the whole unit suite; test files read it (tests/helpers/edition.ts). */
export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'pc-edition-'));
  const file = join(dir, 'edition.json');
  writeFileSync(file, JSON.stringify(buildEdition(loadAuthored(DEFAULT_PATHS))));
  project.provide('editionFile', file);
  return () => rmSync(dir, { recursive: true, force: true });
}
