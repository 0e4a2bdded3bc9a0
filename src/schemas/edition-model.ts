import type { EditionParagraph, EditionTopic } from './edition.ts';
import { topicParagraphs } from './topic-model.ts';

/**
 * Pure helpers over the edition document, used by the pages, the scripts
 * and the tests alike.
 */

/** Every paragraph of a topic in reading order: question, answer, digest. */
export function topicParagraphList(topic: EditionTopic): EditionParagraph[] {
  return topicParagraphs(topic).map((x) => x.paragraph);
}

/** The topics before and after `slug` in press-conference order. */
export function neighbours(topics: readonly EditionTopic[], slug: string): { previous: EditionTopic | null; next: EditionTopic | null } {
  const i = topics.findIndex((t) => t.slug === slug);
  return { previous: topics[i - 1] ?? null, next: topics[i + 1] ?? null };
}

/** Glossary term IDs marked in the given paragraphs, in order of first appearance. */
export function termIds(paragraphs: readonly { terms: readonly { term: string }[] }[]): string[] {
  return [...new Set(paragraphs.flatMap((p) => p.terms.map((t) => t.term)))];
}

/** Every paragraph's simplified Chinese by its ID, the ledes included. */
export function paragraphTexts(edition: { lede: EditionParagraph; digestLede: EditionParagraph; topics: readonly EditionTopic[] }): Map<string, string> {
  const all = [edition.lede, edition.digestLede, ...edition.topics.flatMap(topicParagraphList)];
  return new Map(all.map((p) => [p.id, p.zh.hans]));
}

/**
 * The text behind every paragraph and sentence anchor: each paragraph's simplified Chinese by its ID (as
 * paragraphTexts) and each sentence group's simplified Chinese by the group's ID (`china-us-a4-s2`), so the
 * anchor manifest notices an anchor that comes to point at other text.
 */
export function anchorTexts(edition: { lede: EditionParagraph; digestLede: EditionParagraph; topics: readonly EditionTopic[] }): Map<string, string> {
  const texts = paragraphTexts(edition);
  for (const p of [edition.lede, edition.digestLede, ...edition.topics.flatMap(topicParagraphList)]) {
    const chars = [...p.zh.hans];
    for (const s of p.sentences) texts.set(s.id, chars.slice(s.zh.from, s.zh.to).join(''));
  }
  return texts;
}

/** Where a paragraph stands in its topic, in words: “question”, “¶ 3”, “digest ¶ 2”. */
export function paragraphPlace(topic: EditionTopic, paragraphId: string): string | null {
  const found = topicParagraphs(topic).find((x) => x.paragraph.id === paragraphId);
  if (!found) return null;
  return found.part === 'question' ? 'question' : found.part === 'answer' ? `¶ ${found.number}` : `digest ¶ ${found.number}`;
}
