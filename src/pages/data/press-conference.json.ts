import type { APIRoute } from 'astro';
import { DOWNLOAD_SCHEMA_PATH, downloadDocument } from '../../schemas/download.ts';
import { getEdition } from '../../utils/edition.ts';
import { pagePath } from '../../utils/urls.ts';

/** The whole press conference as one JSON document: the edition, validated against its published schema. */
export const GET: APIRoute = async ({ site }) => {
  const doc = downloadDocument(await getEdition(), new URL(pagePath(DOWNLOAD_SCHEMA_PATH), site).href);
  return new Response(`${JSON.stringify(doc, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
