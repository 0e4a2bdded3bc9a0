import type { Edition, EditionTopic } from '../schemas/edition.ts';
import { translator } from './ui.ts';
import { topicPath } from './urls.ts';

/**
 * A topic's Markdown download: a header (titles, source attribution, canonical
 * page URL), the collection file's Markdown body (Chinese, with speaker labels
 * and the digest), then the English of every paragraph.
 *
 * @param site the site's address, or undefined to leave the page address out
 */
export function topicMarkdown(input: { topic: EditionTopic; body: string; edition: Edition; site: URL | undefined }): string {
  const { topic, edition } = input;
  const { facts } = edition;
  const t = (key: string, vars?: Record<string, string | number>) => translator(edition.ui)(key, vars).en;
  const heading = `# ${topic.title.zh.hans} · ${topic.title.en}`;
  // The body opens with the same heading; the header below replaces it.
  const body = input.body.trim();
  const rest = body.startsWith(`${heading}\n`) || body === heading ? body.slice(heading.length).trim() : body;

  const sources = topic.sources.map((s) => `${facts.sources[s].zh.hans} · ${facts.sources[s].en}`).join('; ');
  const header = [
    heading,
    `${edition.title.zh.hans}（${facts.dateZh.hans}，${facts.venue.zh.hans}）`,
    `${edition.title.en} (${facts.dateEn}, ${facts.venue.en}).`,
    t('markdownSource', { publisher: facts.publisher.en, publisherZh: facts.publisher.zh.hans, sources }),
    ...(topic.kind === 'digest-only' && edition.truncatedAfterQuestion !== null ? [t('markdownDigestOnly', { n: edition.truncatedAfterQuestion })] : []),
    ...(input.site ? [t('markdownOnline', { url: new URL(topicPath(topic.slug), input.site).href })] : []),
  ];

  const english: string[] = [`## ${t('markdownEnglish')}`];
  const flagText = (flag: NonNullable<EditionTopic['question']>['paragraphs'][number]['flag']) => (flag ?? []).map((r) => (typeof r === 'string' ? r : r.hans)).join('');
  const paragraphs = (list: { en: string; flag: Parameters<typeof flagText>[0] }[], label: string | null) =>
    list.forEach((p, i) => {
      english.push(i === 0 && label ? `**${label}:** ${p.en}` : p.en);
      if (p.flag) english.push(`*${t('translatorsNote')}:* ${flagText(p.flag)}`);
    });
  if (topic.question) {
    const who = topic.outlet ? t('questionBy', { outlet: topic.outlet.en, country: topic.outlet.country }) : t('markdownReporter');
    paragraphs(topic.question.paragraphs, topic.number !== null ? `${t('questionNumber', { n: topic.number })} · ${who}` : who);
  }
  if (topic.answer) paragraphs(topic.answer.paragraphs, topic.kind === 'opening' ? t('markdownOpening', { speaker: facts.speaker.en }) : facts.speaker.en);
  if (topic.digest) {
    english.push(`### ${t('markdownAbridged', { digest: t('digest'), title: topic.title.en })}`);
    paragraphs(topic.digest.paragraphs, null);
  }
  return `${[...header, rest, ...english].filter((s) => s.length > 0).join('\n\n')}\n`;
}
