/**
 * The search page: runs the query in the URL (`/search/?q=…`) against the
 * Pagefind index (one record per paragraph, see scripts/search-index.ts) and
 * lists the passages found, each linked to its exact paragraph. Pagefind's
 * own code loads only on this page.
 */
interface PagefindData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<PagefindData> }[] }>;
}

interface Lexicon {
  pinyin: Record<string, string[]>;
  t2s: Record<string, string>;
  bigrams: string;
}

type Script = 'hans' | 'hant' | 'hk';
const LANG: Record<Script, string> = { hans: 'zh-Hans', hant: 'zh-Hant-TW', hk: 'zh-Hant-HK' };

const HAN = /\p{Script=Han}/u;
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const summary = document.querySelector<HTMLElement>('[data-search-summary]');
const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';

/**
 * The Chinese queries to run for what the reader typed. The index holds the
 * simplified text only: traditional characters are mapped to simplified, and
 * toneless pinyin (`renlei mingyun`) to the Chinese words of this text that
 * read so (人类命运), every combination up to a limit.
 */
export function chineseQueries(typed: string, lexicon: Lexicon): string[] {
  // Quoted: Chinese has no spaces, and Pagefind would otherwise match the words of a phrase anywhere on the page.
  if (HAN.test(typed)) return [`"${[...typed].map((c) => lexicon.t2s[c] ?? c).join('').replace(/[^\p{Script=Han}]/gu, '')}"`];
  const tokens = typed.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ü|u:/g, 'v').replace(/[1-5']/g, ' ').split(/\s+/).filter(Boolean);
  const split = tokens.map((t) => splitPinyin(t, lexicon));
  if (tokens.length === 0 || split.some((s) => s === null)) return [];
  const pairs = new Set(lexicon.bigrams.match(/../gu) ?? []);
  let phrases = [''];
  for (const key of split.flat() as string[]) {
    // Keep only readings whose characters stand together somewhere in the text.
    phrases = phrases.flatMap((p) => lexicon.pinyin[key]!.map((w) => p + w)).filter((p) => [...p].every((c, i, a) => i === 0 || pairs.has(a[i - 1]! + c))).slice(0, 12);
  }
  return phrases.map((p) => `"${p}"`);
}

/**
 * Split a toneless pinyin token into words of the lexicon (`gaoqiang` →
 * `gao` `qiang`), preferring the fewest pieces; null when it cannot be read.
 */
function splitPinyin(token: string, lexicon: Lexicon): string[] | null {
  const key = (s: string) => (lexicon.pinyin[s] ? s : lexicon.pinyin[s.replace(/v/g, 'u')] ? s.replace(/v/g, 'u') : null);
  const best: (string[] | null)[] = [[]];
  for (let end = 1; end <= token.length; end++) {
    best[end] = null;
    for (let start = 0; start < end; start++) {
      const head = best[start];
      const word = key(token.slice(start, end));
      if (head && word && (!best[end] || head.length + 1 < best[end]!.length)) best[end] = [...head, word];
    }
  }
  return best[token.length] ?? null;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

/**
 * An excerpt of `display` around the first match, with every match marked.
 * Matches are found in `key` (the text as indexed: simplified Chinese, or the
 * English lower-cased), which has as many characters as `display`, so the
 * marks fall on the same characters in any script. A cut is shown with “…”.
 */
export function excerptHtml(display: string, key: string, needles: string[], radius = 40): string {
  const shown = [...display];
  const keyed = [...key];
  // Which characters are part of a match (matches may overlap), then runs of them.
  const hit = keyed.map(() => false);
  for (const needle of needles.filter(Boolean)) {
    const n = [...needle];
    for (let i = 0; i + n.length <= keyed.length; i++) if (n.every((c, k) => keyed[i + k] === c)) n.forEach((_, k) => (hit[i + k] = true));
  }
  const marks: [number, number][] = [];
  hit.forEach((on, i) => on && (hit[i - 1] ? (marks[marks.length - 1]![1] = i + 1) : marks.push([i, i + 1])));
  const first = marks[0] ?? [0, 0];
  const from = Math.max(0, first[0] - radius);
  const to = Math.min(shown.length, first[1] + radius * 2);
  let html = from > 0 ? '…' : '';
  let at = from;
  for (const [a, b] of marks) {
    if (b <= from || a >= to) continue;
    html += escape(shown.slice(at, Math.max(at, a)).join('')) + `<mark>${escape(shown.slice(Math.max(at, a), Math.min(b, to)).join(''))}</mark>`;
    at = Math.min(b, to);
  }
  html += escape(shown.slice(at, to).join('')) + (to < shown.length ? '…' : '');
  return html;
}

/** The reader's script, as the view attributes on <html> say. */
function chosenScript(): Script {
  const s = document.documentElement.dataset.script;
  return s === 'hant' || s === 'hk' ? s : 'hans';
}

function span(text: string, lang: string): HTMLSpanElement {
  const el = document.createElement('span');
  el.lang = lang;
  el.textContent = text;
  return el;
}

/** What the reader typed, as the text a matching paragraph must contain (Chinese queries only). */
function phrases(queries: string[]): string[] {
  return queries.filter((q) => HAN.test(q)).map((q) => q.replace(/["\s]/g, ''));
}

async function run(): Promise<void> {
  for (const input of document.querySelectorAll<HTMLInputElement>('[data-search-input]')) input.value = query;
  if (!list || !summary || !query) return;
  summary.textContent = 'Searching…';
  const base = import.meta.env.BASE_URL;
  const [pagefind, lexicon] = await Promise.all([
    // A URL made at run time: Vite then adds no preload helper to this one dynamic import.
    import(/* @vite-ignore */ new URL(`${base}pagefind/pagefind.js`, location.href).href) as Promise<Pagefind>,
    fetch(`${base}search/lexicon.json`).then((r) => r.json() as Promise<Lexicon>),
  ]);
  const queries = chineseQueries(query, lexicon);
  const exact = phrases(queries);
  const latin = !HAN.test(query);
  // Pagefind's word segmentation of a Chinese query can disagree with the index's; searching the
  // phrase's characters as well (all must occur) and then keeping only records that hold the
  // phrase gives full recall with exact results.
  const variants = queries.flatMap((q) => {
    const bare = q.replace(/"/g, '');
    return [bare, [...bare].filter((c) => HAN.test(c)).join(' ')];
  });
  // English (or anything Latin) is always searched as typed; pinyin readings are searched besides.
  const asTyped = latin ? (await pagefind.search(query)).results : [];
  const chinese = (await Promise.all(variants.map((q) => pagefind.search(q)))).flatMap((s) => s.results);
  const seen = new Set<string>();
  const hits: PagefindData[] = [];
  // Pagefind matches the words of a Chinese phrase anywhere in a record, and typed words loosely:
  // keep the records that hold the phrase itself, or every typed word.
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const holds = (data: PagefindData, chineseHit: boolean) => {
    if (chineseHit) return exact.some((p) => data.content.replace(/\s/g, '').includes(p));
    const text = data.content.toLowerCase();
    return words.every((w) => text.includes(w));
  };
  for (const [results, chineseHit] of [[chinese, true], [asTyped, false]] as const) {
    for (const result of results.slice(0, 240)) {
      const data = await result.data();
      if (seen.has(data.url) || !holds(data, chineseHit)) continue;
      seen.add(data.url);
      hits.push(data);
    }
  }
  const script = chosenScript();
  const suffix = script === 'hans' ? '' : `_${script}`;
  const chineseHits = new Set(hits.filter((h) => exact.some((p) => (h.meta['zh'] ?? '').includes(p))).map((h) => h.url));
  list.replaceChildren(
    ...hits.slice(0, 40).map((hit) => {
      const item = document.createElement('li');
      item.className = 'search-result';
      const link = document.createElement('a');
      link.href = hit.url;
      link.className = 'search-title';
      link.append(span(hit.meta[`title_zh${suffix}`] ?? hit.meta['title_zh'] ?? '', LANG[script]), ' · ', span(hit.meta['title_en'] ?? '', 'en'));
      const meta = document.createElement('p');
      meta.className = 'search-meta';
      meta.lang = 'en';
      meta.textContent = [hit.meta['where'], hit.meta['outlet']].filter(Boolean).join(' · ');
      const excerpt = document.createElement('p');
      excerpt.className = 'search-excerpt';
      if (chineseHits.has(hit.url)) {
        const zh = hit.meta['zh'] ?? '';
        excerpt.innerHTML = excerptHtml(hit.meta[`zh${suffix}`] ?? zh, zh, exact);
        excerpt.lang = LANG[script];
      } else {
        const en = hit.meta['en'] ?? '';
        excerpt.innerHTML = excerptHtml(en, en.toLowerCase(), words, 110);
        excerpt.lang = 'en';
      }
      item.append(link, meta, excerpt);
      return item;
    }),
  );
  const shown = Math.min(hits.length, 40);
  summary.textContent = `${hits.length} passage${hits.length === 1 ? '' : 's'} found for “${query}”${shown < hits.length ? `; the first ${shown} are shown` : ''}.`;
}

void run();
