/**
 * The search page's engine, loaded when the reader first focuses or types in
 * a search box (see search.ts): on each `search:query` event it runs the query
 * in the address (`?q=…`) against the index under /search/data/
 * (src/lib/search), fetching only the files the query needs, and lists the
 * passages found in the reader's script. While the reader types, it loads
 * the files the query typed so far needs, so Enter seldom waits for the
 * network.
 */
import type { Script } from '../lib/search/format.ts';
import { excerpt, type Range } from '../lib/search/match.ts';
import { search } from '../lib/search/results.ts';

const LANG: Record<Script, string> = { hans: 'zh-Hans', hant: 'zh-Hant-TW', hk: 'zh-Hant-HK' };
/** How many results are listed. */
const SHOWN = 40;

const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const summary = document.querySelector<HTMLElement>('[data-search-summary]')!;
const { searchIndex: indexBase = '', searchBase: siteBase = '/' } = list.dataset;

const files = new Map<string, Promise<unknown>>();
/** A file of the index, fetched once per page. */
function load<T>(name: string): Promise<T> {
  let file = files.get(name);
  if (!file) {
    file = fetch(`${indexBase}${name}.json`).then((r) => {
      if (!r.ok) throw new Error(`${name}: ${r.status}`);
      return r.json();
    });
    file.catch(() => files.delete(name));
    files.set(name, file);
  }
  return file as Promise<T>;
}

/** The reader's script, as the view attributes on <html> say. */
function chosenScript(): Script {
  const s = document.documentElement.dataset.script;
  return s === 'hant' || s === 'hk' ? s : 'hans';
}

/** An interface string of the summary's data attributes (from content/ui.yaml), its `{name}`s filled. */
function say(key: string, vars: Record<string, string | number> = {}): string {
  return (summary.dataset[key] ?? '').replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]>, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** An excerpt paragraph with its matches marked. */
function excerptElement(chars: string[], ranges: Range[], radius: number, lang: string): HTMLParagraphElement {
  const pieces = excerpt(chars, ranges, radius).map((p) => (p.mark ? el('mark', { textContent: p.text }) : p.text));
  return el('p', { className: 'search-excerpt', lang }, ...pieces);
}

let latest = 0;

/** Run the query in the address and list what it finds. */
async function run(): Promise<void> {
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  const turn = ++latest;
  if (!query) {
    list.replaceChildren();
    summary.textContent = '';
    return;
  }
  const script = chosenScript();
  list.setAttribute('aria-busy', 'true');
  summary.textContent = say('busy');
  try {
    const { hits, zh, en } = await search(query, script, load);
    if (turn !== latest) return;
    const meta = zh?.meta ?? en?.meta;
    list.replaceChildren(
      ...hits.slice(0, SHOWN).map((hit) => {
        const [page, anchor, title, place, outlet] = meta!.records[hit.record]!;
        const link = el(
          'a',
          { className: 'search-title', href: `${siteBase}${meta!.pages[page]}#${anchor}` },
          el('span', { lang: LANG[script], textContent: meta!.titlesZh[title]! }),
          ' · ',
          el('span', { lang: 'en', textContent: meta!.titlesEn[title]! }),
        );
        const where = el('p', { className: 'search-meta', lang: 'en', textContent: `${meta!.places[place]} · ${meta!.outlets[outlet]}` });
        const text = hit.lang === 'zh' ? [...zh!.text[hit.record]!] : en!.text[hit.record]!.split('');
        return el('li', { className: 'search-result' }, link, where, excerptElement(text, hit.ranges, hit.lang === 'zh' ? 40 : 110, hit.lang === 'zh' ? LANG[script] : 'en'));
      }),
    );
    const vars = { n: hits.length, q: query, shown: SHOWN };
    summary.textContent = say(hits.length === 1 ? 'one' : hits.length > SHOWN ? 'first' : 'many', vars);
  } catch {
    if (turn === latest) summary.textContent = say('failed');
  } finally {
    if (turn === latest) list.removeAttribute('aria-busy');
  }
}

/** How long typing must pause before the files for what is typed so far are loaded. */
const PAUSE_MS = 300;
let pause: ReturnType<typeof setTimeout> | undefined;

/** Load the files a query will need (nothing is shown), so that Enter finds them here. */
function prefetch(query: string): void {
  if (query.trim()) search(query.trim(), chosenScript(), load).catch(() => undefined);
}

/** Text that arrives at once (a word an input method commits, a paste, a suggestion taken): the query is likely whole. */
function whole(event: InputEvent): boolean {
  return (event.inputType === 'insertText' && (event.data?.length ?? 0) > 1) || /^insert(FromPaste|FromDrop|ReplacementText|CompositionText)$/.test(event.inputType);
}

document.addEventListener('search:query', () => void run());
document.addEventListener('input', (event) => {
  const input = event.target as HTMLInputElement;
  if (!(event instanceof InputEvent) || event.isComposing || !input.matches('[data-search-input]')) return;
  clearTimeout(pause);
  pause = setTimeout(() => prefetch(input.value), whole(event) ? 0 : PAUSE_MS);
});
// Loaded while the reader types (see search.ts): what is typed already.
const typing = document.activeElement;
if (typing instanceof HTMLInputElement && typing.matches('[data-search-input]')) prefetch(typing.value);
