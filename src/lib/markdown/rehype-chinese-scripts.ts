import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chineseRuns } from '../annotate/chinese-runs.ts';
import type { ZhString } from '../../schemas/edition.ts';
import { scriptAttributes } from '../../utils/zh-run.ts';

interface HastText {
  type: 'text';
  value: string;
}
interface HastElement {
  type: 'element';
  tagName: string;
  properties?: Record<string, unknown>;
  children: HastNode[];
}
type HastNode = HastText | HastElement | { type: string; children?: HastNode[] };

/**
 * Rehype plugin for authored prose in English that quotes Chinese: every run
 * of Chinese becomes the same one-run markup as the rest of the site, from
 * the forms the content build computed (the edition's `prose`), so a reader
 * who chose traditional script sees it there too; and it carries `lang`, so
 * screen readers switch voice and browsers pick a Chinese font. Text already
 * inside an element with a `lang` is left alone.
 *
 * The topic collection's Markdown bodies are not pages of the site (they are
 * the downloads' source text), so only files under `options.pages` are touched.
 *
 * @param options.edition path of the edition document
 * @param options.pages folder of the authored prose pages
 */
export default function rehypeChineseScripts(options: { edition: string; pages: string }) {
  let prose: Record<string, ZhString> | null = null;
  const pages = resolve(options.pages);
  return (tree: HastNode, file: { path?: string }) => {
    if (!file.path || !resolve(file.path).startsWith(`${pages}/`)) return;
    prose ??= (JSON.parse(readFileSync(options.edition, 'utf8')) as { prose: Record<string, ZhString> }).prose;
    tag(tree, prose, file.path ?? 'a Markdown page');
  };
}

function tag(node: HastNode, prose: Record<string, ZhString>, file: string): void {
  if (!('children' in node) || !node.children) return;
  const next: HastNode[] = [];
  for (const child of node.children) {
    if (child.type === 'text') {
      for (const run of chineseRuns((child as HastText).value)) {
        if (!run.zh) {
          next.push({ type: 'text', value: run.text });
          continue;
        }
        const zh = prose[run.text];
        if (!zh) throw new Error(`${file}: “${run.text}” has no converted form in the edition: run \`npm run content\``);
        next.push(...scripts(zh));
      }
    } else {
      if (!(child.type === 'element' && (child as HastElement).properties?.['lang'])) tag(child, prose, file);
      next.push(child);
    }
  }
  node.children = next;
}

function span(properties: Record<string, unknown>, text: string): HastElement {
  return { type: 'element', tagName: 'span', properties, children: [{ type: 'text', value: text }] };
}

function scripts(zh: ZhString): HastElement[] {
  if (zh.hant === zh.hans) return [span({ lang: 'zh' }, zh.hans)];
  // Prose pages exist in simplified only: the client patches in the reader's script (src/client/zh-runs.ts).
  const { lang, 'data-alt': alt, 'data-hk': hk } = scriptAttributes(zh, 'hans');
  return [span({ className: ['zh-run'], lang, ...(alt ? { dataAlt: alt } : {}), ...(hk ? { dataHk: hk } : {}) }, zh.hans)];
}
