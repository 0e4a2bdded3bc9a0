import type { APIRoute, GetStaticPaths } from 'astro';
import { previewPng } from '../../lib/og/preview-image.ts';
import { getConference, getTopics, type Topic } from '../../utils/topics.ts';

/** One link-preview image per topic, plus `home` for the other pages. */
export const getStaticPaths = (async () => {
  const topics = await getTopics();
  return [{ params: { slug: 'home' }, props: { topic: null } }, ...topics.map((topic) => ({ params: { slug: topic.slug }, props: { topic } }))];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const topic = (props as { topic: Topic | null }).topic;
  const { facts } = await getConference();
  const byline = !topic
    ? `${facts.event.en.replace(/^press conference/, 'Press conference')}`
    : topic.kind === 'qa'
      ? `Question ${topic.number} · ${topic.outlet!.en} (${topic.outlet!.country})`
      : topic.kind === 'opening'
        ? 'Opening remarks'
        : 'Asked after question 14 · from the digest';
  const png = previewPng({
    titleZh: topic ? topic.title.zh : '王毅就中国外交政策和对外关系答记者问',
    titleEn: topic ? topic.title.en : 'Wang Yi on China’s foreign policy and external relations: the press conference, annotated',
    byline,
    footer: `${facts.speaker.en} · press conference · ${facts.dateEn} · Chinese text with English translation`,
  });
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
