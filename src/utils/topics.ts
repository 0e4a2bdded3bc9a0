import { type CollectionEntry, getCollection, getEntry } from 'astro:content';

export type Topic = CollectionEntry<'topics'>['data'];
export type Conference = CollectionEntry<'conference'>['data'];

/** All topics in the order of the press conference (opening remarks first). */
export async function getTopics(): Promise<Topic[]> {
  const entries = await getCollection('topics');
  return entries.map((e) => e.data).sort((a, b) => a.order - b.order);
}

/** The conference-wide record written by the content build. */
export async function getConference(): Promise<Conference> {
  const entry = await getEntry('conference', 'conference');
  if (!entry) throw new Error('content/generated/conference.json is missing: run `npm run content`');
  return entry.data;
}

/** The topics before and after `slug` in press-conference order. */
export function neighbours(topics: Topic[], slug: string): { previous: Topic | null; next: Topic | null } {
  const i = topics.findIndex((t) => t.slug === slug);
  return { previous: topics[i - 1] ?? null, next: topics[i + 1] ?? null };
}

/** Every paragraph of a topic: question, answer, digest. */
export function topicParagraphs(topic: Topic) {
  return [...(topic.question?.paragraphs ?? []), ...(topic.answer?.paragraphs ?? []), ...(topic.digest?.paragraphs ?? [])];
}

/** Glossary term IDs marked in the given paragraphs, in order of first appearance. */
export function termIds(paragraphs: { terms: { term: string }[] }[]): string[] {
  return [...new Set(paragraphs.flatMap((p) => p.terms.map((t) => t.term)))];
}

/** Static paths for routes with one page per topic (`/topics/[slug]/`, `/hant/topics/[slug]/`). */
export async function topicStaticPaths() {
  const topics = await getTopics();
  return topics.map((topic) => ({ params: { slug: topic.slug }, props: { topic } }));
}
