import type { APIRoute, GetStaticPaths } from 'astro';
import { getCitations } from '../../../../utils/citations.ts';
import { citeDialogText, type CiteDialogText } from '../../../../utils/cite-dialog.ts';
import { topicStaticPaths } from '../../../../utils/edition.ts';
import { useTranslations } from '../../../../utils/ui.ts';

export const getStaticPaths = topicStaticPaths satisfies GetStaticPaths;

/**
 * The Cite dialog's words for every paragraph of a topic, by paragraph ID:
 * what the page's paragraph dialog shows when that paragraph's Cite is
 * pressed (src/client/cite-paragraph.ts), fetched on first use.
 */
export const GET: APIRoute = async ({ params, site }) => {
  const t = await useTranslations();
  const texts: Record<string, CiteDialogText> = {};
  for (const [id, citation] of (await getCitations(site)).paragraphs) {
    if (citation.topic?.slug === params.slug) texts[id] = citeDialogText(citation, 'citeTopic', t);
  }
  return new Response(JSON.stringify(texts), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
