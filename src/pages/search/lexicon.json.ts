import type { APIRoute } from 'astro';
import { getEdition } from '../../utils/edition.ts';

/** Pinyin and traditional-script lookups for the search page, as the content build made them. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await getEdition()).search), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
