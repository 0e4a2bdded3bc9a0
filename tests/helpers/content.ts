import { runPipeline } from '../../src/lib/pipeline/run.ts';
import { DEFAULT_INPUT } from './pipeline.ts';

/** The content the site was built from (the pipeline is deterministic). */
export const content = runPipeline(DEFAULT_INPUT);

/** Every paragraph of a topic, question first, then answer, then digest. */
export function topicParagraphs(topic: (typeof content.topics)[number]) {
  return [...(topic.question?.paragraphs ?? []), ...(topic.answer?.paragraphs ?? []), ...(topic.digest?.paragraphs ?? [])];
}
