import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { assembleDownload } from '../../utils/download-data.ts';
import { getConference, getTopics } from '../../utils/topics.ts';

/** The whole press conference as one JSON document, validated against its published schema. */
export const GET: APIRoute = async ({ site }) => {
  const doc = assembleDownload({
    conference: await getConference(),
    topics: await getTopics(),
    glossary: (await getCollection('glossary')).map((e) => e.data),
    site,
  });
  return new Response(`${JSON.stringify(doc, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
