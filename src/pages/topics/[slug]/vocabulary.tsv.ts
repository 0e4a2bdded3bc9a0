import type { APIRoute } from 'astro';
import type { EditionTopic } from '../../../schemas/edition.ts';
import { vocabulary, vocabularyTsv } from '../../../lib/dictionary/vocabulary.ts';
import { getDictionary, getEdition, topicStaticPaths } from '../../../utils/edition.ts';

export const getStaticPaths = topicStaticPaths;

/** A topic's vocabulary list as an Anki-importable TSV. */
export const GET: APIRoute<{ topic: EditionTopic }> = async ({ props }) =>
  new Response(vocabularyTsv(vocabulary(await getEdition(), getDictionary(), props.topic.slug), getDictionary().attribution.list), { headers: { 'Content-Type': 'text/tab-separated-values; charset=utf-8' } });
