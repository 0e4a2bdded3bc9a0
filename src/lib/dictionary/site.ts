import type { Dictionary } from '../../schemas/dictionary.ts';
import { getEdition } from '../../utils/edition.ts';
import { buildDictionary } from './build-dictionary.ts';
import { loadDictionarySources } from './sources.ts';

/** The dictionary subset for the site's routes, built once per build from the edition (the pure step plus its sources). */
let built: Promise<Dictionary> | undefined;
export function getDictionary(): Promise<Dictionary> {
  return (built ??= getEdition().then((edition) => buildDictionary(edition, loadDictionarySources())));
}
