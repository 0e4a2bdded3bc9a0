import { loadEdition } from '../../scripts/lib/content.ts';
import { topicParagraphList } from '../../src/schemas/edition-model.ts';

/** The edition the built site was made from (content/build/generated/edition.json). */
export const edition = loadEdition();

/** Every paragraph of the site: the lede, then each topic's question, answer and digest. */
export const allParagraphs = [edition.lede, ...edition.topics.flatMap(topicParagraphList)];
