/**
 * Citations of a CSL item, formatted by citation-js at build time: the
 * reference-list entry in three styles (Chicago author-date, APA, MLA) and the
 * files reference managers import (BibTeX, RIS, CSL-JSON). The Chicago and MLA
 * style definitions are the CSL project's, as shipped by rehype-citation; APA is
 * citation-js's own.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import type { CslItem } from './citation-items.ts';

/**
 * The version of this module's formatting, part of the build cache's key for
 * its output (see formatterFingerprint): raise it whenever a change here
 * changes what it writes.
 */
const CITATION_FORMATTING_VERSION = 1;

/** The reference styles offered, in the order the dialog shows them. */
export const CITATION_STYLES = ['chicago', 'apa', 'mla'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

/** The download formats: file extension → what the file is. */
export const CITATION_FORMATS = { bib: 'BibTeX', ris: 'RIS', json: 'CSL-JSON' } as const;
export type CitationFormat = keyof typeof CITATION_FORMATS;

/** Content types of the downloads. */
export const CITATION_CONTENT_TYPES: Record<CitationFormat, string> = {
  bib: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
  json: 'application/vnd.citationstyles.csl+json; charset=utf-8',
};

/** The styles citation-js lacks, read once from rehype-citation's copies of the CSL styles. */
async function registerStyles(): Promise<void> {
  const templates = plugins.config.get('@csl').templates;
  const bundle = import.meta.resolve('rehype-citation');
  for (const [name, file] of [['chicago', 'chicago.js'], ['mla', 'mla.js']] as const) {
    if (templates.has(name)) continue;
    const { default: xml } = (await import(/* @vite-ignore */ new URL(`styles/${file}`, bundle).href)) as { default: string };
    if (!xml.includes('<style')) throw new Error(`rehype-citation styles/${file}: not a CSL style`);
    templates.add(name, xml);
  }
  for (const style of CITATION_STYLES) styleSources.push(`${style}\n${templates.get(style) ?? ''}`);
}
const styleSources: string[] = [];
const ready = registerStyles();

/**
 * Everything that decides this module's output besides the items: the
 * formatting's version, citation-js's packages and the styles' definitions
 * (the build caches the output under it, src/utils/citations.ts).
 */
export function formatterFingerprint(): Promise<string> {
  // Asked for every download the build writes: computed once, and short (a digest of the styles' sources, not the sources).
  return (fingerprint ??= ready.then(() => {
    const require = createRequire(import.meta.url);
    const versions = ['@citation-js/core', '@citation-js/plugin-csl', '@citation-js/plugin-bibtex', '@citation-js/plugin-ris'].map((name) => `${name} ${(require(`${name}/package.json`) as { version: string }).version}`);
    const styles = createHash('sha256').update(styleSources.join('\n')).digest('hex');
    return [`formatting ${CITATION_FORMATTING_VERSION}`, ...versions, `styles ${styles}`].join('\n');
  }));
}
let fingerprint: Promise<string> | undefined;

/**
 * The reference-list entry of every item in each style, as plain text, by item
 * ID. Each item is formatted on its own: in one bibliography, citeproc would
 * disambiguate the items against each other (a letter after the year, “———” for a repeated author).
 */
export async function formatReferences(items: readonly CslItem[]): Promise<Map<string, Record<CitationStyle, string>>> {
  await ready;
  const out = new Map<string, Record<CitationStyle, string>>();
  for (const item of items) {
    const cite = new Cite(item);
    const entry = (template: CitationStyle) => (cite.format('bibliography', { format: 'text', template, lang: 'en-US' }) as string).trim();
    out.set(item.id, { chicago: entry('chicago'), apa: entry('apa'), mla: entry('mla') });
  }
  return out;
}

/**
 * RIS records from citation-js's tag mapping, one tag a line. citation-js's own
 * text output wraps values at 70 characters, and readers disagree on how such
 * continuation lines join (a URL would break), so values stay on their line.
 */
function risText(records: Record<string, string | string[]>[]): string {
  return records
    .map(({ TY, ...tags }) => {
      const lines = [`TY  - ${TY}`];
      for (const [tag, value] of Object.entries(tags)) for (const v of [value].flat()) lines.push(`${tag}  - ${String(v).replace(/\s*\n\s*/g, ' ')}`);
      return [...lines, 'ER  - '].join('\n');
    })
    .join('\n')
    .concat('\n');
}

/** `item` as a file in one download format. */
export async function exportCitation(item: CslItem, format: CitationFormat): Promise<string> {
  await ready;
  const cite = new Cite(item);
  if (format === 'bib') return cite.format('bibtex', { format: 'text' }) as string;
  if (format === 'ris') return risText(cite.format('ris', { format: 'object' }) as Record<string, string | string[]>[]);
  return `${(cite.format('data', { format: 'text' }) as string).trim()}\n`;
}
