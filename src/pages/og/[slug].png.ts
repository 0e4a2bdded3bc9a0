import type { APIRoute, GetStaticPaths } from 'astro';
import { cachedPreviewPng } from '../../lib/og/preview-cache.ts';
import type { EditionTopic } from '../../schemas/edition.ts';
import { getEdition, getTopics } from '../../utils/edition.ts';

/** One link-preview image per topic, plus `home` for the other pages; each drawn only when its input changed (src/lib/og/preview-cache.ts). */
export const getStaticPaths = (async () => {
  const topics = await getTopics();
  return [{ params: { slug: 'home' }, props: { topic: null } }, ...topics.map((topic) => ({ params: { slug: topic.slug }, props: { topic } }))];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const topic = (props as { topic: EditionTopic | null }).topic;
  const edition = await getEdition();
  const { facts, ui } = edition;
  const byline = !topic
    ? facts.event.en.replace(/^./, (c) => c.toUpperCase())
    : topic.kind === 'qa'
      ? `${ui['question']?.en} ${topic.number} · ${topic.outlet!.en} (${topic.outlet!.country})`
      : topic.kind === 'opening'
        ? (ui['openingRemarks']?.en ?? '')
        : `Asked after question ${edition.truncatedAfterQuestion} · from the digest`;
  const png = cachedPreviewPng({
    titleZh: topic ? topic.title.zh.hans : edition.title.zh.hans,
    titleEn: topic ? topic.title.en : `${facts.title.en}: the press conference, annotated`,
    byline,
    footer: `${facts.speaker.en} · press conference · ${facts.dateEn} · Chinese text with English translation`,
  });
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
