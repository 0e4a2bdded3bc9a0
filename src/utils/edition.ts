import { getCollection, getEntry } from 'astro:content';
import type { Edition, EditionTopic } from '../schemas/edition.ts';

/**
 * The edition document, as the content build wrote it (content/build/generated/edition.json).
 * Pages read everything from here; they compute nothing the build could.
 */
export async function getEdition(): Promise<Edition> {
  const entry = await getEntry('edition', 'edition');
  if (!entry) throw new Error('content/build/generated/edition.json is missing: run `npm run content`');
  const { id: _id, ...edition } = entry.data;
  return edition;
}

/** The topic collection (content/build/topics/*.md) in the order of the press conference. */
export async function getTopics(): Promise<EditionTopic[]> {
  return (await getCollection('topics')).map((e) => e.data).sort((a, b) => a.order - b.order);
}

/** Static paths for routes with one page per topic (`/topics/[slug]/`, `/hant/topics/[slug]/`). */
export async function topicStaticPaths() {
  return (await getTopics()).map((topic) => ({ params: { slug: topic.slug }, props: { topic } }));
}
