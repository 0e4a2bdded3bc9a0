import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_LINK } from '../../src/lib/edition/emit.ts';
import { editionSchema, type Edition } from '../../src/schemas/edition.ts';

/**
 * The edition document the content build wrote (`<dir>/build/generated/edition.json`),
 * validated: what the search index, the anchor manifest, the benchmarks and
 * the site tests read.
 */
export function loadEdition(dir = 'content'): Edition {
  const file = join(dir, BUILD_LINK, 'generated', 'edition.json');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${file} is missing: run \`npm run content\` first`);
  }
  return editionSchema.parse(JSON.parse(text));
}
