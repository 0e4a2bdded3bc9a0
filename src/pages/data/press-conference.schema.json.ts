import type { APIRoute } from 'astro';
import { DOWNLOAD_SCHEMA_PATH, downloadJsonSchema } from '../../schemas/download.ts';
import { getEdition } from '../../utils/edition.ts';
import { pagePath } from '../../utils/urls.ts';

/** The JSON Schema (draft 2020-12) of /data/press-conference.json, generated from its Zod schema. */
export const GET: APIRoute = async ({ site }) => {
  const { facts } = await getEdition();
  const schema = downloadJsonSchema(site ? new URL(pagePath(DOWNLOAD_SCHEMA_PATH), site).href : null, `${facts.shortTitle.en}, ${facts.dateEn}: bilingual annotated edition`);
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};
