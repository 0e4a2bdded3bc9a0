import type { APIRoute, GetStaticPaths } from 'astro';
import { buildSearchIndex, type SearchIndex } from '../../../lib/search/build-index.ts';
import { traditionalVariants } from '../../../lib/search/variants.ts';
import { getEdition } from '../../../utils/edition.ts';

let index: Promise<SearchIndex> | undefined;
/** The search index of the edition, built once per build. */
const searchIndex = () => (index ??= getEdition().then((edition) => buildSearchIndex(edition, traditionalVariants)));

/** One file of the search index per name (src/lib/search/format.ts): `/search/data/zh-hant.json`, `/search/data/words-3.json`, … */
export const getStaticPaths = (async () => [...(await searchIndex()).keys()].map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = (await searchIndex()).get(params.name ?? '');
  if (!file) return new Response(null, { status: 404 });
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
