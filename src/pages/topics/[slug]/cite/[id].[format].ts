import type { APIRoute, GetStaticPaths } from 'astro';
import { CITATION_CONTENT_TYPES, CITATION_FORMATS, type CitationFormat } from '../../../../lib/cite/citation-formats.ts';
import { citationFile, getCitations } from '../../../../utils/citations.ts';

export const getStaticPaths = (async () => {
  const { paragraphs } = await getCitations(import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined);
  return [...paragraphs].flatMap(([id, c]) => Object.keys(CITATION_FORMATS).map((format) => ({ params: { slug: c.topic!.slug, id, format } })));
}) satisfies GetStaticPaths;

/** One paragraph's citation for reference managers (`cite/<paragraph-id>.bib`, `.ris`, `.json`). */
export const GET: APIRoute = async ({ params, site }) => {
  const format = params.format as CitationFormat;
  const citation = (await getCitations(site)).paragraphs.get(params.id!)!;
  return new Response(await citationFile(citation, format), { headers: { 'Content-Type': CITATION_CONTENT_TYPES[format] } });
};
