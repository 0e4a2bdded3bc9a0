import type { Edition, EditionTopic } from '../schemas/edition.ts';
import { topicPath } from './urls.ts';
import { translator } from './ui.ts';

/** A CSS string literal. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\n/g, ' ')}"`;
}

/** `Page {page} of {pages}` → `"Page " counter(page) " of " counter(pages)`. */
function counterContent(template: string): string {
  return template
    .split(/(\{page\}|\{pages\})/)
    .filter(Boolean)
    .map((part) => (part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

/**
 * The printed page's margin boxes for one page of the site: the running head
 * (the event and its date on the left, the topic on the right) on every page,
 * the page number and, where the site's address is configured, the page's
 * address at the foot. The Chinese follows the reader's script through named
 * pages (`html[data-script]` picks the page type).
 */
export function printPageRules(input: { edition: Edition; topic: EditionTopic | null; site: URL | undefined }): string {
  const { facts } = input.edition;
  const pageOf = translator(input.edition.ui)('pageOf').en;
  const { topic, site } = input;
  const box = 'font-family: var(--font-sans); font-size: 7.5pt; color: var(--color-muted);';
  const address = site && topic ? new URL(topicPath(topic.slug), site).href : site ? site.href : null;
  const page = (name: string, script: 'hans' | 'hant' | 'hk') => {
    const head = `${facts.shortTitle.zh[script]} · ${facts.shortTitle.en} · ${facts.dateEn}`;
    const title = topic ? `${topic.title.zh[script]} · ${topic.title.en}` : '';
    return [
      `  @page${name} {`,
      `    @top-left { content: ${cssString(head)}; ${box} }`,
      ...(title ? [`    @top-right { content: ${cssString(title)}; ${box} }`] : []),
      ...(address ? [`    @bottom-left { content: ${cssString(address)}; ${box} }`] : []),
      `    @bottom-right { content: ${counterContent(pageOf)}; ${box} }`,
      '  }',
    ].join('\n');
  };
  return [
    '@media print {',
    page('', 'hans'),
    page(' hant', 'hant'),
    page(' hk', 'hk'),
    "  html[data-script='hant'] body { page: hant; }",
    "  html[data-script='hk'] body { page: hk; }",
    '}',
    '',
  ].join('\n');
}
