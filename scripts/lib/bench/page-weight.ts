/**
 * Page weight of the built site: every HTML page as transferred (the
 * precompressed `.br` and `.gz` files beside it in dist/), the CSS and
 * JavaScript each page loads, and what the largest page weighs without its
 * annotations. HTML is read with parse5.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, serialize, type DefaultTreeAdapterTypes as T } from 'parse5';
import { brotli, gzip } from './information-floor.ts';

/** Sizes of one file: raw and as transferred with brotli and gzip. */
export interface Weight {
  raw: number;
  brotli: number;
  gzip: number;
}

/** A built HTML page with the CSS and JS it references. */
export interface PageWeight {
  page: string;
  html: Weight;
  css: string[];
  js: string[];
  inlineJs: number;
  inlineCss: number;
}

/** Every file under `dir`, sorted. */
export function walk(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...walk(path));
    else if (entry.isFile()) files.push(path);
  }
  return files.sort();
}

/** Sizes of a file in dist/, from its precompressed copies where they exist (else compressed here). */
export function weightOf(file: string): Weight {
  const data = readFileSync(file);
  const size = (ext: string, f: (d: Buffer) => number): number => (existsSync(file + ext) ? statSync(file + ext).size : f(data));
  return { raw: data.length, brotli: size('.br', brotli), gzip: size('.gz', gzip) };
}

type Node = T.ChildNode | T.Document;
const isElement = (node: T.Node): node is T.Element => 'tagName' in node;
const attr = (el: T.Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;

/** Visit every element of a tree, depth first. */
function* elements(node: Node): Generator<T.Element> {
  if (isElement(node)) yield node;
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* elements(child);
  if (isElement(node) && 'content' in node) yield* elements(node.content as unknown as Node);
}

const textOf = (el: T.Element): string => el.childNodes.map((c) => ('value' in c && c.nodeName === '#text' ? c.value : '')).join('');

/** The URL paths of the CSS and JS a page loads, and the bytes of its inline scripts and styles. */
export function references(html: string, pagePath: string): Pick<PageWeight, 'css' | 'js' | 'inlineJs' | 'inlineCss'> {
  const css = new Set<string>();
  const js = new Set<string>();
  let inlineJs = 0;
  let inlineCss = 0;
  const url = (href: string) => new URL(href, `http://site${pagePath}`).pathname;
  for (const el of elements(parse(html))) {
    if (el.tagName === 'link') {
      const rel = (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/);
      const href = attr(el, 'href');
      if (href && rel.includes('stylesheet')) css.add(url(href));
      if (href && rel.includes('modulepreload')) js.add(url(href));
    } else if (el.tagName === 'script') {
      const src = attr(el, 'src');
      const type = (attr(el, 'type') ?? '').toLowerCase();
      if (src) js.add(url(src));
      else if (type === '' || type === 'module' || type.includes('javascript')) inlineJs += Buffer.byteLength(textOf(el));
    } else if (el.tagName === 'style') inlineCss += Buffer.byteLength(textOf(el));
  }
  return { css: [...css], js: [...js], inlineJs, inlineCss };
}

/** URL path of a page file in dist/ (`/topics/x/`). */
export const pageUrl = (dist: string, file: string): string => ('/' + relative(dist, file).split(sep).join('/')).replace(/(^|\/)index\.html$/, '$1');

/** Weight and references of every HTML page in `dist`. */
export function pageWeights(dist: string): PageWeight[] {
  return walk(dist)
    .filter((f) => f.endsWith('.html'))
    .map((f) => {
      const page = pageUrl(dist, f);
      return { page, html: weightOf(f), ...references(readFileSync(f, 'utf8'), page) };
    });
}

/** A CSS or JS file of the site, with its sizes. */
export interface Asset extends Weight {
  path: string;
}

/** Every CSS and JS file in dist/ (not their precompressed copies). */
export function assets(dist: string): Asset[] {
  return walk(dist)
    .filter((f) => /\.(css|js|mjs)$/.test(f))
    .map((f) => ({ path: '/' + relative(dist, f).split(sep).join('/'), ...weightOf(f) }));
}

/** The data attributes of a run of Chinese that carry its reading aids (src/utils/zh-run.ts). */
const AID_ATTRIBUTES = { 'data-py': 'pinyin', 'data-alt': 'other script', 'data-hk': 'Hong Kong forms' } as const;

/**
 * A page without its reading aids: the pinyin and the other scripts' patches
 * removed from every run of Chinese, for the share of the weight they make;
 * `removed` counts the attributes removed, by kind.
 */
export function withoutAnnotations(html: string): { html: string; removed: Record<string, number> } {
  const doc = parse(html);
  const removed: Record<string, number> = Object.fromEntries(Object.values(AID_ATTRIBUTES).map((k) => [k, 0]));
  const prune = (node: Node): void => {
    if (isElement(node)) {
      node.attrs = node.attrs.filter((a) => {
        const kind = AID_ATTRIBUTES[a.name as keyof typeof AID_ATTRIBUTES];
        if (kind) removed[kind]!++;
        return !kind;
      });
    }
    if ('childNodes' in node) node.childNodes.forEach(prune);
  };
  prune(doc);
  return { html: serialize(doc), removed };
}

/** Elements whose text a reader never sees as text. */
const UNREAD = new Set(['script', 'style', 'template', 'noscript']);

/**
 * Everything a page can show a reader, as plain text: the text of its body
 * (not scripts, styles or templates), a line each, followed by the pinyin its
 * runs of Chinese carry (`data-py`). Beside the information floor, which
 * counts only the reading text, this measures the markup alone: what the
 * page adds to what it says (interface labels, key-term notes, speaker lines
 * and notes included).
 */
export function pageText(html: string): string {
  const doc = parse(html);
  const text: string[] = [];
  const pinyin: string[] = [];
  const walkText = (node: Node, inBody: boolean): void => {
    if (isElement(node)) {
      if (UNREAD.has(node.tagName)) return;
      const py = node.attrs.find((a) => a.name === 'data-py');
      if (py) pinyin.push(py.value);
      inBody ||= node.tagName === 'body';
    } else if (node.nodeName === '#text' && inBody) {
      const value = (node as T.TextNode).value.trim();
      if (value) text.push(value);
    }
    if ('childNodes' in node) node.childNodes.forEach((child) => walkText(child, inBody));
  };
  walkText(doc, false);
  return [...text, ...pinyin].join('\n');
}

