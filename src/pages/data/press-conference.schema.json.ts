import type { APIRoute } from 'astro';
import { downloadJsonSchema } from '../../utils/download-data.ts';

/** The JSON Schema (draft 2020-12) of /data/press-conference.json, generated from its Zod schema. */
export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(downloadJsonSchema(site), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
