import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_LINK, GENERATED } from '../../src/lib/edition/emit.ts';
import { dictionarySchema, type Dictionary } from '../../src/schemas/dictionary.ts';
import { editionSchema, type Edition } from '../../src/schemas/edition.ts';

/** The text of a file the content build wrote (`<dir>/build/generated/<name>`). */
function generated(dir: string, name: string): string {
  const file = join(dir, BUILD_LINK, 'generated', name);
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${file} is missing: run \`npm run content\` first`);
  }
}

/**
 * The edition document the content build wrote (`<dir>/build/generated/edition.json`),
 * validated: what the search index, the anchor manifest, the benchmarks and
 * the site tests read.
 */
export function loadEdition(dir = 'content'): Edition {
  return editionSchema.parse(JSON.parse(generated(dir, GENERATED.edition)));
}

/** The dictionary subset the content build wrote with the edition (`<dir>/build/generated/dictionary.json`), validated. */
export function loadDictionary(dir = 'content'): Dictionary {
  return dictionarySchema.parse(JSON.parse(generated(dir, GENERATED.dictionary)));
}
