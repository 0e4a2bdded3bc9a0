/**
 * The words of a Cite dialog for one citation: its name, heading,
 * reference-list entries, link and downloads. The dialogs of the topic and
 * the edition are rendered with them at build time; the paragraphs' share
 * one dialog per page, which the client fills with the same words, read from
 * the topic's `cite/paragraphs.json` (src/client/cite-paragraph.ts).
 */
import { CITATION_FORMATS, type CitationFormat, type CitationStyle } from '../lib/cite/citation-formats.ts';
import { citationFilePath, type SiteCitation } from './citations.ts';
import { topicPath } from './urls.ts';
import type { Translate } from './ui.ts';

/** What a Cite dialog says about one citation. */
export interface CiteDialogText {
  /** The dialog's accessible name: “Cite ¶ 4”, “Cite this topic”. */
  name: string;
  /** “Cite: <topic title>, ¶ 4”. */
  heading: string;
  /** The reference-list entries, by style. */
  references: Record<CitationStyle, string>;
  /** A paragraph's link (its page anchor, and the address shown); null for a topic or the edition. */
  link: { href: string; text: string } | null;
  /** The downloads for reference managers, by format. */
  downloads: Record<CitationFormat, string>;
}

/** The dialog's words for a citation; `label` names a topic's or the edition's dialog (a paragraph's is named by its label). */
export function citeDialogText(citation: SiteCitation, label: 'citeTopic' | 'citeEdition', t: Translate): CiteDialogText {
  return {
    name: citation.label ? t('citeParagraphLabel', { label: citation.label }).en : t(label).en,
    heading: t('citeHeading', { title: citation.item.title }).en,
    references: citation.references,
    link: citation.label ? { href: citation.path, text: citation.item.URL ?? citation.path } : null,
    downloads: Object.fromEntries((Object.keys(CITATION_FORMATS) as CitationFormat[]).map((f) => [f, citationFilePath(citation, f)])) as Record<CitationFormat, string>,
  };
}

/** Path of a topic's paragraph citations, by paragraph ID (`/topics/<slug>/cite/paragraphs.json`). */
export function paragraphCitationsPath(slug: string): string {
  return `${topicPath(slug)}cite/paragraphs.json`;
}
