/**
 * The site's citations: the edition's CSL items (src/lib/cite) with this
 * site's paths and address, formatted by citation-js once per build and shared
 * by the pages, their head metadata and the download endpoints.
 */
import type { Edition, EditionTopic } from '../schemas/edition.ts';
import { editionCitation, paragraphCitations, topicCitation, type CitationTarget, type CitationWording } from '../lib/cite/citation-items.ts';
import { exportCitation, formatReferences, formatterFingerprint, type CitationFormat, type CitationStyle } from '../lib/cite/citation-formats.ts';
import type { CslItem } from '../lib/cite/citation-items.ts';
import { memoText } from '../lib/cache/text-memo.ts';
import { getEdition, getTopics } from './edition.ts';
import { useTranslations } from './ui.ts';
import { pagePath, topicPath } from './urls.ts';

/** One citable thing with its reference-list entries. */
export interface SiteCitation extends CitationTarget {
  references: Record<CitationStyle, string>;
  /** The topic it belongs to (null for the whole edition). */
  topic: EditionTopic | null;
}

/** Every citation of the site: the edition, each topic (by slug), each paragraph (by ID). */
export interface SiteCitations {
  edition: SiteCitation;
  topics: Map<string, SiteCitation>;
  paragraphs: Map<string, SiteCitation>;
}

/** The name the site goes by (its `og:site_name`), from the event's facts. */
export function siteName(edition: Edition): string {
  return `${edition.facts.shortTitle.en}, ${edition.facts.dateEn}`;
}

const built = new Map<string, Promise<SiteCitations>>();

/**
 * The site's citations for the configured address (`Astro.site`, from
 * SITE_URL), computed once per address: without one, no citation carries a URL.
 */
export function getCitations(site: URL | undefined): Promise<SiteCitations> {
  const key = site?.href ?? '';
  if (!built.has(key)) built.set(key, computeCitations(site ?? null));
  return built.get(key)!;
}

async function computeCitations(site: URL | null): Promise<SiteCitations> {
  const edition = await getEdition();
  const topics = await getTopics();
  const t = await useTranslations();
  const name = siteName(edition);
  const LABEL = { question: 'labelQuestion', answer: 'labelParagraph', digest: 'labelDigest', lede: 'labelLede' } as const;
  const wording: CitationWording = {
    editionName: name,
    translator: t('citeTranslator', { site: name }).en,
    paragraphLabel: (part, n) => t(LABEL[part], { n }).en,
    paragraphTitle: (title, label) => t('citeParagraphTitle', { title, label }).en,
    reporter: (outlet) => t('citeReporter', { outlet }).en,
  };
  const places = { site, homePath: pagePath('/'), topicPath };
  const whole = { ...editionCitation(edition, wording, places), topic: null };
  const byTopic = topics.map((topic) => ({ ...topicCitation(edition, topic, wording, places), topic }));
  const byParagraph = topics.flatMap((topic) => [...paragraphCitations(edition, topic, wording, places)].map(([id, c]) => [id, { ...c, topic }] as const));
  const references = await cachedReferences([whole, ...byTopic, ...byParagraph.map(([, c]) => c)].map((c) => c.item));
  const withReferences = <C extends CitationTarget & { topic: EditionTopic | null }>(c: C): SiteCitation => ({ ...c, references: references.get(c.item.id)! });
  return {
    edition: withReferences(whole),
    topics: new Map(byTopic.map((c) => [c.topic.slug, withReferences(c)])),
    paragraphs: new Map(byParagraph.map(([id, c]) => [id, withReferences(c)])),
  };
}

/** Path of a citation download: the edition's (`/data/cite.bib`), a topic's or a paragraph's. */
export function citationFilePath(citation: SiteCitation, format: CitationFormat): string {
  if (!citation.topic) return pagePath(`data/cite.${format}`);
  if (citation.label === null) return `${topicPath(citation.topic.slug)}cite.${format}`;
  return `${topicPath(citation.topic.slug)}cite/${citation.item.id}.${format}`;
}

/** A citation as a download file. */
export async function citationFile(citation: SiteCitation, format: CitationFormat): Promise<string> {
  return memoText('cite', `${await formatterFingerprint()}\nexport ${format}\n${JSON.stringify(citation.item)}`, () => exportCitation(citation.item, format));
}

/**
 * The reference-list entries of every item (formatReferences), kept in the
 * build cache under a hash of the items and the formatter's versions: citeproc
 * takes seconds for the edition's few hundred items, and they seldom change.
 */
async function cachedReferences(items: readonly CslItem[]): Promise<Map<string, Record<CitationStyle, string>>> {
  const text = await memoText('cite', `${await formatterFingerprint()}\nreferences\n${JSON.stringify(items)}`, async () => JSON.stringify([...(await formatReferences(items))]));
  return new Map(JSON.parse(text) as [string, Record<CitationStyle, string>][]);
}
