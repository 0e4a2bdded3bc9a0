import { z } from 'zod';
import {
  conferenceOutSchema,
  digestParagraphSchema,
  furnitureSchema,
  glossaryOutSchema,
  outletOutSchema,
  paragraphSchema,
  provenanceSchema,
  topicSchema,
  type ConferenceOut,
  type GlossaryOut,
  type TopicOut,
} from '../lib/pipeline/output-schema.ts';
import { pagePath, topicPath } from './urls.ts';

/**
 * The downloads: the whole press conference as one JSON document (with its
 * JSON Schema), and each topic as a Markdown file. Everything here is a pure
 * function of the content collections, so a rebuild of unchanged content
 * gives byte-identical files.
 */

/** Site paths of the JSON document and of its JSON Schema. */
export const DOWNLOAD_JSON_PATH = 'data/press-conference.json';
export const DOWNLOAD_SCHEMA_PATH = 'data/press-conference.schema.json';

/** Path of a topic's Markdown download. */
export function topicMarkdownPath(slug: string): string {
  return pagePath(`topics/${slug}.md`);
}

/** An absolute URL on the site (the `site` of astro.config, plus the base path). */
export function absoluteUrl(path: string, site: URL | undefined): string {
  if (!site) throw new Error('astro.config `site` is not set: the downloads need absolute URLs');
  return new URL(path, site).href;
}

const dateString = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * The download document. It composes the pipeline's own output schemas, so the
 * file carries exactly what the content collections validated.
 * The cross-reference checks at the end (topic order, unique IDs, term marks,
 * spans, glossary occurrences) run when the file is built; JSON Schema cannot
 * express them, so the published schema leaves them out.
 */
export const pressConferenceDownloadSchema = z
  .object({
    $schema: z.string().min(1),
    generated: dateString,
    conference: conferenceOutSchema,
    topics: z.array(topicSchema).min(1),
    glossary: z.array(glossaryOutSchema),
  })
  .superRefine((doc, ctx) => {
    const issue = (message: string, path: (string | number)[]) => ctx.addIssue({ code: 'custom', message, path });

    const slugs = doc.topics.map((t) => t.slug);
    if (slugs.join(' ') !== doc.conference.topicOrder.join(' ')) issue('topics are not in conference.topicOrder', ['topics']);
    doc.topics.forEach((t, i) => {
      if (i > 0 && t.order <= doc.topics[i - 1]!.order) issue(`topic ${t.slug} is out of order`, ['topics', i, 'order']);
    });

    const terms = new Set(doc.glossary.map((g) => g.id));
    const seen = new Set<string>();
    const paragraphsOf = new Map<string, Set<string>>();
    const ledes = [doc.conference.lede, doc.conference.digestLede];
    const check = (p: z.infer<typeof paragraphSchema>, path: (string | number)[]) => {
      if (seen.has(p.id)) issue(`duplicate paragraph ID ${p.id}`, [...path, 'id']);
      seen.add(p.id);
      p.terms.forEach((m, k) => {
        if (!terms.has(m.term)) issue(`term ${m.term} is not in the glossary`, [...path, 'terms', k, 'term']);
      });
    };
    ledes.forEach((p, i) => check(p, ['conference', i === 0 ? 'lede' : 'digestLede']));
    doc.topics.forEach((t, i) => {
      const ids = new Set<string>(ledes.map((p) => p.id));
      t.question?.paragraphs.forEach((p, k) => (check(p, ['topics', i, 'question', 'paragraphs', k]), ids.add(p.id)));
      t.answer?.paragraphs.forEach((p, k) => (check(p, ['topics', i, 'answer', 'paragraphs', k]), ids.add(p.id)));
      const answerIds = new Set(t.answer?.paragraphs.map((p) => p.id) ?? []);
      t.digest?.paragraphs.forEach((p, k) => {
        check(p, ['topics', i, 'digest', 'paragraphs', k]);
        ids.add(p.id);
        p.spans.forEach((s, n) => {
          if (!answerIds.has(s.paragraph)) issue(`span points at ${s.paragraph}, not an answer paragraph of ${t.slug}`, ['topics', i, 'digest', 'paragraphs', k, 'spans', n]);
        });
      });
      paragraphsOf.set(t.slug, ids);
    });

    doc.glossary.forEach((g, i) => {
      g.occurrences.forEach((o, k) => {
        if (!paragraphsOf.get(o.topic)?.has(o.paragraph)) issue(`occurrence ${o.topic}#${o.paragraph} does not exist`, ['glossary', i, 'occurrences', k]);
      });
    });
  });
export type PressConferenceDownload = z.infer<typeof pressConferenceDownloadSchema>;

/** Assemble the download document and validate it; throws on any problem. */
export function assembleDownload(input: {
  conference: ConferenceOut;
  topics: TopicOut[];
  glossary: GlossaryOut[];
  site: URL | undefined;
}): PressConferenceDownload {
  const doc = {
    $schema: absoluteUrl(pagePath(DOWNLOAD_SCHEMA_PATH), input.site),
    generated: input.conference.facts.date,
    conference: input.conference,
    topics: [...input.topics].sort((a, b) => a.order - b.order),
    glossary: input.glossary,
  };
  const result = pressConferenceDownloadSchema.safeParse(doc);
  if (!result.success) throw new Error(`${DOWNLOAD_JSON_PATH} does not match its schema:\n${z.prettifyError(result.error)}`);
  return result.data;
}

/** Names and descriptions for the published JSON Schema (a local registry: the shared schemas stay untouched). */
function schemaMetadata() {
  const meta = z.registry<{ id?: string; title?: string; description?: string }>();
  const p = paragraphSchema.shape;
  const d = digestParagraphSchema.shape;
  const t = topicSchema.shape;
  meta.add(paragraphSchema, { id: 'Paragraph', description: 'One paragraph: the Chinese text as printed, its English translation and reading aids. The ID is the anchor on the topic page.' });
  meta.add(digestParagraphSchema, { id: 'DigestParagraph', description: 'A paragraph of the abridged digest, with the parts of the full answer it abridges and a character-level comparison.' });
  meta.add(provenanceSchema, { id: 'Provenance', description: 'Where the paragraph comes from: source, file, line numbers, and whether lines split by a page break were rejoined.' });
  meta.add(furnitureSchema, { id: 'Furniture', description: 'Newspaper furniture kept as metadata, never as text: title, dateline, photo caption and credit, source tag, continuation marker.' });
  meta.add(outletOutSchema, { id: 'Outlet', description: 'The news organisation of the journalist who asked the question.' });
  meta.add(topicSchema, { id: 'Topic', description: 'One topic of the press conference: the question, the full answer and the digest’s abridgement (either may be missing).' });
  meta.add(conferenceOutSchema, { id: 'Conference', description: 'The conference-wide record: event facts, titles, lede, furniture, truncation of the full transcript, character accounting, topic order.' });
  meta.add(glossaryOutSchema, { id: 'GlossaryTerm', description: 'A key term with its translation, a note, and where it is marked in the text.' });
  meta.add(p.zh, { description: 'The Chinese text (simplified characters) as printed in the source.' });
  meta.add(p.en, { description: 'This edition’s English translation (unofficial).' });
  meta.add(p.flag, { description: 'Translator’s flag where the source is faulty: what it reads and how it was read; null otherwise.' });
  meta.add(p.hant, { description: 'Traditional characters, Taiwan standard (same length as zh).' });
  meta.add(p.hk, { description: 'Traditional characters, Hong Kong standard.' });
  meta.add(p.pinyin, { description: 'One pinyin syllable per character of zh, space-separated; “-” where a character has no reading.' });
  meta.add(p.terms, { description: 'Glossary terms marked in the text, as code-point ranges [from, to) of zh.' });
  meta.add(p.corrections, { description: 'Editorial corrections: the printed span (code points of zh) and the corrected reading.' });
  meta.add(d.spans, { description: 'The parts (code-point ranges) of the full answer’s paragraphs this digest paragraph abridges.' });
  meta.add(d.coverage, { description: 'Share of the digest paragraph found in the answer (0..1).' });
  meta.add(d.diff, { description: 'Character-level comparison with the answer’s spans (empty for digest-only topics).' });
  meta.add(t.order, { description: 'Position in the press conference (0 = opening remarks).' });
  meta.add(t.number, { description: 'The question’s number in the full transcript; null for the opening remarks and digest-only topics.' });
  meta.add(t.sources, { description: 'Which sources the topic’s text comes from.' });
  return meta;
}

/** The published JSON Schema (draft 2020-12) of the download document. */
export function downloadJsonSchema(site: URL | undefined): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(pressConferenceDownloadSchema, { target: 'draft-2020-12', metadata: schemaMetadata() });
  const properties = rest.properties as Record<string, Record<string, unknown>>;
  const describe = (key: string, description: string) => (properties[key] = { ...properties[key], description });
  describe('$schema', 'URL of this JSON Schema.');
  describe('generated', 'Date stamp of the document: the date of the press conference (YYYY-MM-DD), not the build time, so an unchanged edition rebuilds to the same bytes.');
  describe('conference', 'The conference-wide record.');
  describe('topics', 'Every topic, in the order of the press conference (opening remarks first), with every paragraph.');
  describe('glossary', 'The glossary of key terms.');
  return {
    $schema,
    $id: absoluteUrl(pagePath(DOWNLOAD_SCHEMA_PATH), site),
    title: 'Wang Yi’s press conference of 7 March 2024: bilingual annotated edition',
    description:
      'The whole press conference as one document: the conference record, every topic in press-conference order with its question, answer and digest paragraphs (Chinese, English translation, traditional characters, pinyin, provenance, glossary term marks, corrections, digest spans and comparison), and the glossary. Cross-references (topic order, unique paragraph IDs, term marks, digest spans, glossary occurrences) are checked when the file is built; this schema does not express them.',
    ...rest,
  };
}

const stripColon = (label: string) => label.replace(/[：:]\s*$/, '');

/**
 * A topic's Markdown download: a header (titles, source attribution, canonical
 * page URL), the content build's Markdown body (Chinese, with speaker labels and
 * the digest), then the English translation of every paragraph.
 */
export function topicMarkdown(input: { topic: TopicOut; body: string; conference: ConferenceOut; site: URL | undefined }): string {
  const { topic, conference } = input;
  const facts = conference.facts;
  const heading = `# ${topic.title.zh} · ${topic.title.en}`;
  // The body opens with the same heading; the header below replaces it.
  const body = input.body.trim();
  const rest = body.startsWith(`${heading}\n`) || body === heading ? body.slice(heading.length).trim() : body;

  const sources = topic.sources.map((s) => `${facts.sources[s].zh} · ${facts.sources[s].en}`).join('; ');
  const header = [
    heading,
    `${conference.title.zh}（${facts.dateZh}，${facts.venue.zh}）`,
    `${conference.title.en} (${facts.dateEn}, ${facts.venue.en}).`,
    `Source: Xinhua News Agency (新华社), ${sources}. English: this edition’s unofficial translation.`,
    ...(topic.kind === 'digest-only' && conference.truncatedAfterQuestion !== null
      ? [`Known only from the digest: the full transcript breaks off after question ${conference.truncatedAfterQuestion}.`]
      : []),
    `Online: ${absoluteUrl(topicPath(topic.slug), input.site)}`,
  ];

  const english: string[] = ['## English (unofficial translation)'];
  const paragraphs = (list: { en: string; flag: string | null }[], label: string | null) =>
    list.forEach((p, i) => {
      english.push(i === 0 && label ? `**${label}:** ${p.en}` : p.en);
      if (p.flag) english.push(`*Translator’s note:* ${p.flag}`);
    });
  if (topic.question) {
    const who = topic.outlet ? `${topic.outlet.en} reporter (${topic.outlet.country})` : `Reporter (${stripColon(topic.question.label)})`;
    paragraphs(topic.question.paragraphs, topic.number !== null ? `Question ${topic.number} · ${who}` : who);
  }
  if (topic.answer) paragraphs(topic.answer.paragraphs, topic.kind === 'opening' ? `${facts.speaker.en} (opening remarks)` : facts.speaker.en);
  if (topic.digest) {
    english.push(`### Digest (abridged): ${topic.title.en}`);
    paragraphs(topic.digest.paragraphs, null);
  }

  return `${[...header, rest, ...english].filter((s) => s.length > 0).join('\n\n')}\n`;
}
