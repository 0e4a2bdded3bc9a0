import type { APIRoute } from 'astro';
import { vocabulary, vocabularyCsv } from '../../lib/dictionary/vocabulary.ts';
import { getDictionary, getEdition } from '../../utils/edition.ts';

/** The whole press conference's vocabulary as CSV (glosses from CC-CEDICT, CC BY-SA 4.0). */
export const GET: APIRoute = async () => new Response(vocabularyCsv(vocabulary(await getEdition(), getDictionary())), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
