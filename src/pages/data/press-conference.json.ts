import type { APIRoute } from 'astro';
import { DOWNLOAD_SCHEMA_PATH, downloadDocument } from '../../schemas/download.ts';
import { getEdition } from '../../utils/edition.ts';
import { pagePath } from '../../utils/urls.ts';

/** The whole press conference as one JSON document: the edition, validated against its published schema. */
export const GET: APIRoute = async ({ site }) => {
  // The schema's address: absolute where the site's address is configured, else the path on the site.
  const schema = site ? new URL(pagePath(DOWNLOAD_SCHEMA_PATH), site).href : pagePath(DOWNLOAD_SCHEMA_PATH);
  const doc = downloadDocument(await getEdition(), schema);
  return new Response(`${JSON.stringify(doc, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
