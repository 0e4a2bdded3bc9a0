/**
 * The machine-readable citation of a page: Highwire Press `citation_*` meta
 * tags (read by Zotero, Mendeley and Google Scholar) and a schema.org JSON-LD
 * description, from a CSL item and the event's facts. Pure.
 */
import type { Facts } from '../../schemas/edition.ts';
import { CITATION_LANGUAGES, type CslItem } from './citation-items.ts';

/** One `<meta name content>` tag. */
export interface MetaTag {
  name: string;
  content: string;
}

/** Highwire's date form: `YYYY/MM/DD`. */
function highwireDate(item: CslItem): string {
  const [y, m, d] = item.issued['date-parts'][0];
  return [y, m, d].map((n, i) => String(n).padStart(i ? 2 : 4, '0')).join('/');
}

/**
 * The `citation_*` tags of a page citing `item`: title, each author, the date
 * (as both `citation_publication_date` and `citation_date`), the publisher of
 * the page (this edition), each language, and the address only if the item has
 * one (a configured site address). No journal title: the page is a web page.
 */
export function highwireTags(item: CslItem): MetaTag[] {
  const date = highwireDate(item);
  return [
    { name: 'citation_title', content: item.title },
    ...item.author.map((a) => ({ name: 'citation_author', content: a.literal })),
    { name: 'citation_publication_date', content: date },
    { name: 'citation_date', content: date },
    { name: 'citation_publisher', content: item['container-title'] },
    ...CITATION_LANGUAGES.map((lang) => ({ name: 'citation_language', content: lang.split('-')[0]! })),
    ...(item.URL ? [{ name: 'citation_public_url', content: item.URL }] : []),
  ];
}

/**
 * The schema.org description of a page citing `item`: an `Article` about the
 * press conference (an `Event`), in Chinese and English, by its author, translated
 * by this edition, based on the source publication, part of this website.
 */
export function citationJsonLd(item: CslItem, facts: Facts, homeUrl: string | null): Record<string, unknown> {
  const edition = { '@type': 'Organization', name: item.translator[0]!.literal };
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: item.title,
    name: item.title,
    inLanguage: [...CITATION_LANGUAGES],
    datePublished: facts.date,
    author: item.author.map((a) =>
      a.literal === facts.speaker.en ? { '@type': 'Person', name: a.literal, alternateName: facts.speaker.zh.hans, jobTitle: facts.speaker.roleEn } : { '@type': 'Organization', name: a.literal },
    ),
    translator: edition,
    publisher: { '@type': 'Organization', name: item['container-title'] },
    about: {
      '@type': 'Event',
      name: facts.event.en,
      alternateName: facts.event.zh.hans,
      startDate: facts.date,
      location: { '@type': 'Place', name: facts.venue.en, alternateName: facts.venue.zh.hans },
    },
    isBasedOn: {
      '@type': 'CreativeWork',
      name: facts.sources.full.en,
      alternateName: facts.sources.full.zh.hans,
      inLanguage: CITATION_LANGUAGES[0],
      datePublished: facts.date,
      publisher: { '@type': 'Organization', name: facts.publisher.en, alternateName: facts.publisher.zh.hans },
    },
    isPartOf: { '@type': 'WebSite', name: item['container-title'], ...(homeUrl ? { url: homeUrl } : {}) },
    ...(item.URL ? { url: item.URL, mainEntityOfPage: item.URL } : {}),
  };
}

/** JSON-LD as the text of a `<script type="application/ld+json">`: `<` escaped so no tag can end the block. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
