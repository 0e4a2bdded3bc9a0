import type { APIRoute } from 'astro';
import { getDictionaryText } from '../../utils/edition.ts';

/**
 * The dictionary subset (CC-CEDICT, CC BY-SA 4.0) with the entry's interface
 * labels, exactly as the content build wrote it; fetched by the browser on the
 * first lookup only.
 */
export const GET: APIRoute = () => new Response(getDictionaryText(), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
