import type { APIRoute } from 'astro';
import type { EditionTopic } from '../../../schemas/edition.ts';
import { vocabularyTsv } from '../../../lib/dictionary/vocabulary.ts';
import { getDictionary, getVocabulary, topicStaticPaths } from '../../../utils/edition.ts';

export const getStaticPaths = topicStaticPaths;

/** A topic's vocabulary list as an Anki-importable TSV. */
export const GET: APIRoute<{ topic: EditionTopic }> = async ({ props }) =>
  new Response(vocabularyTsv(await getVocabulary(props.topic.slug), getDictionary().attribution.list), { headers: { 'Content-Type': 'text/tab-separated-values; charset=utf-8' } });
