import type { APIRoute } from 'astro';
import { vocabulary, vocabularyTsv } from '../../lib/dictionary/vocabulary.ts';
import { getDictionary, getEdition } from '../../utils/edition.ts';

/** The whole press conference's vocabulary as an Anki-importable TSV. */
export const GET: APIRoute = async () =>
  new Response(vocabularyTsv(vocabulary(await getEdition(), getDictionary()), getDictionary().attribution.list), { headers: { 'Content-Type': 'text/tab-separated-values; charset=utf-8' } });
