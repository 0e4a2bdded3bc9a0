import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { getEdition } from '../../utils/edition.ts';
import { topicMarkdown } from '../../utils/topic-markdown.ts';

/** Each topic as a Markdown file: /topics/<slug>.md. */
export const getStaticPaths = (async () => {
  const entries = await getCollection('topics');
  return entries.map((entry) => ({ params: { slug: entry.data.slug }, props: { entry } }));
}) satisfies GetStaticPaths;

interface Props {
  entry: CollectionEntry<'topics'>;
}

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const { entry } = props;
  if (entry.body === undefined) throw new Error(`content/build/topics/${entry.data.slug}.md has no Markdown body`);
  const markdown = topicMarkdown({ topic: entry.data, body: entry.body, edition: await getEdition(), site });
  return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
