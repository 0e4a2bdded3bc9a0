import type { APIRoute } from 'astro';
import { vocabularyCsv } from '../../lib/dictionary/vocabulary.ts';
import { getVocabulary } from '../../utils/edition.ts';

/** The whole press conference's vocabulary as CSV (glosses from CC-CEDICT, CC BY-SA 4.0). */
export const GET: APIRoute = async () => new Response(vocabularyCsv(await getVocabulary()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
