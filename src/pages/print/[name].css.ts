import type { APIRoute, GetStaticPaths } from 'astro';
import type { EditionTopic } from '../../schemas/edition.ts';
import { getEdition, getTopics } from '../../utils/edition.ts';
import { printPageRules } from '../../utils/print-page-rules.ts';

/** The printed page's margin boxes (running header, page numbers), one stylesheet per topic and one for the other pages. */
export const getStaticPaths = (async () => {
  const topics = await getTopics();
  return [{ params: { name: 'site' }, props: { topic: null } }, ...topics.map((topic) => ({ params: { name: topic.slug }, props: { topic } }))];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const topic = (props as { topic: EditionTopic | null }).topic;
  const css = printPageRules({ edition: await getEdition(), topic, site });
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
