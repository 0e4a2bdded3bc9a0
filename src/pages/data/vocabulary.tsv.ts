import type { APIRoute } from 'astro';
import { vocabularyTsv } from '../../lib/dictionary/vocabulary.ts';
import { getDictionary, getVocabulary } from '../../utils/edition.ts';

/** The whole press conference's vocabulary as an Anki-importable TSV. */
export const GET: APIRoute = async () =>
  new Response(vocabularyTsv(await getVocabulary(), getDictionary().attribution.list), { headers: { 'Content-Type': 'text/tab-separated-values; charset=utf-8' } });
