import type { APIRoute, GetStaticPaths } from 'astro';
import { cachedPreviewPng } from '../../lib/og/preview-cache.ts';
import type { EditionTopic } from '../../schemas/edition.ts';
import { getEdition, getTopics } from '../../utils/edition.ts';
import { translator } from '../../utils/ui.ts';

/** One link-preview image per topic, plus `home` for the other pages; each drawn only when its input changed (src/lib/og/preview-cache.ts). */
export const getStaticPaths = (async () => {
  const topics = await getTopics();
  return [{ params: { slug: 'home' }, props: { topic: null } }, ...topics.map((topic) => ({ params: { slug: topic.slug }, props: { topic } }))];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const topic = (props as { topic: EditionTopic | null }).topic;
  const edition = await getEdition();
  const { facts } = edition;
  const t = (key: string, vars?: Record<string, string | number>) => translator(edition.ui)(key, vars).en;
  const byline = !topic
    ? facts.event.en.replace(/^./, (c) => c.toUpperCase())
    : topic.kind === 'qa'
      ? t('ogQuestion', { n: topic.number!, outlet: topic.outlet!.en, country: topic.outlet!.country })
      : topic.kind === 'opening'
        ? t('openingRemarks')
        : t('ogDigestOnly', { n: edition.truncatedAfterQuestion ?? '' });
  const png = cachedPreviewPng({
    titleZh: topic ? topic.title.zh.hans : edition.title.zh.hans,
    titleEn: topic ? topic.title.en : t('ogHomeTitle', { title: facts.title.en }),
    byline,
    footer: t('ogFooter', { speaker: facts.speaker.en, date: facts.dateEn }),
  });
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
