import type { APIRoute, GetStaticPaths } from 'astro';
import { CITATION_CONTENT_TYPES, CITATION_FORMATS, type CitationFormat } from '../../lib/cite/citation-formats.ts';
import { citationFile, getCitations } from '../../utils/citations.ts';

export const getStaticPaths = (() => Object.keys(CITATION_FORMATS).map((format) => ({ params: { format } }))) satisfies GetStaticPaths;

/** The whole edition's citation for reference managers (`/data/cite.bib`, `.ris`, `.json`). */
export const GET: APIRoute = async ({ params, site }) => {
  const format = params.format as CitationFormat;
  return new Response(await citationFile((await getCitations(site)).edition, format), { headers: { 'Content-Type': CITATION_CONTENT_TYPES[format] } });
};
