/**
 * The bibliographic records of the edition, one topic and one paragraph, as
 * CSL-JSON items (the Citation Style Language's data model, which citation-js
 * formats and exports). Every fact comes from the edition document; the words
 * that are not facts (the edition's name, the paragraph labels) come from the
 * interface strings, passed in. Pure: no file, no network, no clock.
 */
import type { Edition, EditionTopic } from '../../schemas/edition.ts';
import { topicParagraphs, type PartName } from '../../schemas/topic-model.ts';

/** A CSL-JSON name: this edition writes names as written, never split into family and given. */
export interface CslName {
  literal: string;
}

/** The subset of a CSL-JSON item this edition writes. */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'webpage';
  title: string;
  'container-title': string;
  author: CslName[];
  translator: CslName[];
  issued: { 'date-parts': [[number, number, number]] };
  'original-publisher': string;
  language: string;
  URL?: string;
}

/** The words of a citation that are interface strings, not facts (content/ui.yaml). */
export interface CitationWording {
  /** The name of this edition's website (the pages' `og:site_name`): the container of every item. */
  editionName: string;
  /** Who this edition credits with the English translation: the edition's own editors. */
  translator: string;
  /** A paragraph's label in its part: `Q1`, `¶ 4`, `D2`, `Lede`. */
  paragraphLabel(part: PartName | 'lede', n: number): string;
  /** The title of one paragraph: the topic's title and the paragraph's label. */
  paragraphTitle(topicTitle: string, label: string): string;
  /** The asker of a question whose reporter the sources do not name: their outlet. */
  reporter(outlet: string): string;
}

/** Where the pages are: absolute addresses only when the site's address is configured. */
export interface CitationPlaces {
  /** The site's address (SITE_URL), or null: then no item carries a URL. */
  site: URL | null;
  /** Path of the whole edition's home page. */
  homePath: string;
  /** Path of a topic page. */
  topicPath(slug: string): string;
}

/** One citable thing: its CSL item and, for a paragraph, its label and page anchor. */
export interface CitationTarget {
  item: CslItem;
  /** `¶ 4`, `Q1`…; null for a topic or the whole edition. */
  label: string | null;
  /** The page path with its anchor (`/topics/<slug>/#<id>`). */
  path: string;
}

/** The edition's languages as BCP 47 tags: the Chinese original first, then the translation. */
export const CITATION_LANGUAGES = ['zh-Hans', 'en'] as const;

/** A BibTeX-safe key from a page ID: BibTeX keys may not contain `-`, so `china-us-a4` becomes `china_us_a4`. */
export function citationKey(id: string): string {
  return id.replaceAll('-', '_');
}

function issued(date: string): CslItem['issued'] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`content/data/conference.yaml: date "${date}" is not YYYY-MM-DD`);
  return { 'date-parts': [[Number(m[1]), Number(m[2]), Number(m[3])]] };
}

function base(edition: Edition, wording: CitationWording, places: CitationPlaces, path: string) {
  const { facts } = edition;
  return {
    type: 'webpage' as const,
    'container-title': wording.editionName,
    author: [{ literal: facts.speaker.en }],
    translator: [{ literal: wording.translator }],
    issued: issued(facts.date),
    'original-publisher': facts.publisher.en,
    language: CITATION_LANGUAGES.join(', '),
    ...(places.site ? { URL: new URL(path, places.site).href } : {}),
  };
}

/** The whole edition: the press conference as this edition presents it (its home page). */
export function editionCitation(edition: Edition, wording: CitationWording, places: CitationPlaces): CitationTarget {
  const key = 'edition';
  return {
    item: { id: key, 'citation-key': citationKey(key), title: edition.facts.title.en, ...base(edition, wording, places, places.homePath) },
    label: null,
    path: places.homePath,
  };
}

/** One topic: its question and answer (or its digest section), on its page. */
export function topicCitation(edition: Edition, topic: EditionTopic, wording: CitationWording, places: CitationPlaces): CitationTarget {
  const path = places.topicPath(topic.slug);
  return {
    item: { id: topic.slug, 'citation-key': citationKey(topic.slug), title: topic.title.en, ...base(edition, wording, places, path) },
    label: null,
    path,
  };
}

/**
 * Every paragraph of a topic (question, answer, digest; the lede on the opening
 * remarks' page), by paragraph ID. A question's author is its asker's outlet,
 * the lede's the agency that wrote it.
 */
export function paragraphCitations(edition: Edition, topic: EditionTopic, wording: CitationWording, places: CitationPlaces): Map<string, CitationTarget> {
  const out = new Map<string, CitationTarget>();
  const parts: { part: PartName | 'lede'; number: number; id: string }[] = [
    ...(topic.kind === 'opening' ? [{ part: 'lede' as const, number: 1, id: edition.lede.id }] : []),
    ...topicParagraphs(topic).map(({ part, number, paragraph }) => ({ part, number, id: paragraph.id })),
  ];
  for (const { part, number, id } of parts) {
    const label = wording.paragraphLabel(part, number);
    const path = `${places.topicPath(topic.slug)}#${id}`;
    const item: CslItem = {
      id,
      'citation-key': citationKey(id),
      title: wording.paragraphTitle(topic.title.en, label),
      ...base(edition, wording, places, path),
    };
    if (part === 'question' && topic.outlet) item.author = [{ literal: wording.reporter(topic.outlet.en) }];
    if (part === 'lede') item.author = [{ literal: edition.facts.publisher.en }];
    out.set(id, { item, label, path });
  }
  return out;
}
