import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getConference, getTopics, topicParagraphs } from '../../utils/topics.ts';
import { buildSearchLexicon } from '../../utils/search-lexicon.ts';

/** Pinyin and traditional-script lookups for the search page (built from this text only). */
export const GET: APIRoute = async () => {
  const topics = await getTopics();
  const conference = await getConference();
  const glossary = (await getCollection('glossary')).map((e) => e.data);
  const lexicon = buildSearchLexicon([conference.lede, ...topics.flatMap(topicParagraphs)], glossary);
  return new Response(JSON.stringify(lexicon), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
