import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import type { Dictionary } from '../../src/schemas/dictionary.ts';
import type { Edition } from '../../src/schemas/edition.ts';

/** The edition of the committed sources and data, built once for the suite (see edition-setup.ts). */
export const edition: Edition = JSON.parse(readFileSync(inject('editionFile'), 'utf8'));

/** The dictionary subset built with it (content build's buildContent), read on first use. */
let dictionary: Dictionary | undefined;
export function builtDictionary(): Dictionary {
  return (dictionary ??= JSON.parse(readFileSync(inject('dictionaryFile'), 'utf8')) as Dictionary);
}
