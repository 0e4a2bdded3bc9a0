import type { EditionTopic } from '../schemas/edition.ts';
import { paragraphPlace } from '../schemas/edition-model.ts';

/**
 * Where a glossary term occurs, in words: “<topic title>, ¶ 5”; `lede` names
 * the report's lede, which stands outside every topic.
 */
export function occurrencePlace(topics: readonly EditionTopic[], at: { topic: string; paragraph: string }, lede: string): string {
  const topic = topics.find((t) => t.slug === at.topic);
  if (!topic) throw new Error(`a glossary occurrence names topic “${at.topic}”, which the edition does not have`);
  return `${topic.title.en}, ${paragraphPlace(topic, at.paragraph) ?? lede}`;
}
