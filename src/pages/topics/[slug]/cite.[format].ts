import type { APIRoute, GetStaticPaths } from 'astro';
import { CITATION_CONTENT_TYPES, CITATION_FORMATS, type CitationFormat } from '../../../lib/cite/citation-formats.ts';
import { citationFile, getCitations } from '../../../utils/citations.ts';
import { getTopics } from '../../../utils/edition.ts';

export const getStaticPaths = (async () =>
  (await getTopics()).flatMap((topic) => Object.keys(CITATION_FORMATS).map((format) => ({ params: { slug: topic.slug, format } })))) satisfies GetStaticPaths;

/** A topic's citation for reference managers: BibTeX (`cite.bib`), RIS (`cite.ris`) or CSL-JSON (`cite.json`). */
export const GET: APIRoute = async ({ params, site }) => {
  const format = params.format as CitationFormat;
  const citation = (await getCitations(site)).topics.get(params.slug!)!;
  return new Response(await citationFile(citation, format), { headers: { 'Content-Type': CITATION_CONTENT_TYPES[format] } });
};
