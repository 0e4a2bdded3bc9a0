import type { APIRoute } from 'astro';
import type { EditionTopic } from '../../../schemas/edition.ts';
import { vocabularyCsv } from '../../../lib/dictionary/vocabulary.ts';
import { getVocabulary, topicStaticPaths } from '../../../utils/edition.ts';

export const getStaticPaths = topicStaticPaths;

/** A topic's vocabulary list as CSV (glosses from CC-CEDICT, CC BY-SA 4.0). */
export const GET: APIRoute<{ topic: EditionTopic }> = async ({ props }) =>
  new Response(vocabularyCsv(await getVocabulary(props.topic.slug)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
