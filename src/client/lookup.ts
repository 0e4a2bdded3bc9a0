/**
 * Dictionary lookup on every word of the Chinese text (one word = one <ruby>,
 * the edition's segmentation). A click or tap on a word, or Enter, Space or `d`
 * on the focused word, opens its entry beside it (a bottom sheet on phones);
 * ←/→ move word by word (and update an open entry); Esc and the close button
 * close it. Glossary marks keep their notes (Enter, click); `d` on a focused
 * mark opens the dictionary entry of the whole term. The dictionary
 * (/data/dictionary.json) is fetched on the first lookup only. The words'
 * rubies are built by zh-runs.ts, asked with a `zh:expand` event for the
 * sentence a reader clicks and for each paragraph's first sentence (its tab
 * stop), and for all the text once the reader moves word by word;
 * `zh:simplified` gives a word's simplified form (the dictionary's key)
 * whatever script the page shows.
 */
import type { Dictionary, LookupLabel, Sense, WordEntry } from '../schemas/dictionary.ts';
import { isLookupKey } from './lookup-keys.ts';

type Dict = Dictionary;
let dict: Promise<Dict> | undefined;
const getDict = () => (dict ??= fetch('/data/dictionary.json').then((r) => r.json() as Promise<Dict>));

const root = document.documentElement;
const box = document.createElement('div');
box.id = 'word-entry';
box.className = 'word-entry no-print';
box.setAttribute('role', 'dialog');
box.tabIndex = -1;
box.hidden = true;
document.body.append(box);
/** Have zh-runs.ts build the ruby of `el` (a sentence or run; the document: all); resolves when it is built. */
function expand(el: EventTarget): Promise<void> {
  const ask = new CustomEvent<{ done?: Promise<void> }>('zh:expand', { bubbles: true, detail: {} });
  el.dispatchEvent(ask);
  return ask.detail.done ?? Promise.resolve();
}
let current: HTMLElement | null = null;

const isUnit = (el: Element | null): el is HTMLElement =>
  !!el && el.closest('main .zh-run') !== null && ((el.localName === 'ruby' && !el.closest('a, button, summary, label')) || el.matches('a.term'));

function wordOf(target: Element | null): HTMLElement | null {
  const ruby = target?.closest?.('ruby') ?? null;
  return ruby && isUnit(ruby) ? (ruby as HTMLElement) : null;
}

const textOf = (ruby: Element) => [...ruby.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('');
const readingOf = (el: Element) => [...el.querySelectorAll('rt')].map((rt) => rt.textContent).join(' ');

/** A unit's characters in simplified script, answered by zh-runs.ts (synchronously: dispatchEvent returns when it has). */
function inHans(el: HTMLElement): string {
  const ask = new CustomEvent('zh:simplified', { bubbles: true, detail: { text: '' } });
  el.dispatchEvent(ask);
  return ask.detail.text;
}

function describe(el: HTMLElement): { hans: string; shown: string; reading: string } {
  const shown = el.localName === 'ruby' ? textOf(el) : [...el.querySelectorAll('ruby')].map(textOf).join('');
  return { hans: inHans(el) || shown, shown, reading: readingOf(el) };
}

function label(el: HTMLElement): void {
  if (el.localName !== 'ruby') return;
  const { shown, reading } = describe(el);
  el.setAttribute('role', 'button');
  // Name: the characters (the pinyin is aria-hidden); description: the reading in this context.
  el.setAttribute('aria-description', reading);
  el.dataset.word = shown;
  el.setAttribute('aria-haspopup', 'dialog');
  if (!el.hasAttribute('tabindex')) el.tabIndex = -1;
}

/** Whether an end of the reader's selection (or the caret of a drag just begun) lies in `el`: building its ruby would lose it. */
function holdsSelectionEnd(el: Element): boolean {
  const sel = getSelection();
  return !!sel && sel.rangeCount > 0 && (el.contains(sel.anchorNode) || el.contains(sel.focusNode));
}

// One tab stop per paragraph of Chinese text: its first word. A first sentence that holds an end of the selection waits
// until the selection has left it (this module loads on the press that may start a drag across the text).
let waiting = [...document.querySelectorAll('main p.zh .zh-run')].map((run) => ({ run, first: run.querySelector<HTMLElement>('.s') ?? (run as HTMLElement) }));
function makeTabStops(): void {
  const now = waiting.filter((w) => !holdsSelectionEnd(w.first));
  waiting = waiting.filter((w) => !now.includes(w));
  if (!waiting.length) document.removeEventListener('selectionchange', makeTabStops);
  for (const { run, first } of now) {
    void expand(first).then(() => {
      const word = [...run.querySelectorAll<HTMLElement>('ruby')].find(isUnit);
      if (word) (word.tabIndex = 0, label(word));
    });
  }
}
document.addEventListener('selectionchange', makeTabStops);
makeTabStops();

const h = (tag: string, cls: string, text?: string) => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
};
const fill = (s: string, vars: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

/** An interface label as <UiLabel> renders it: its Chinese in both scripts (the page's CSS shows the reader's), then its English. */
function ui(d: Dict, key: LookupLabel, vars: Record<string, string | number> = {}): DocumentFragment {
  const { zh, en } = d.ui[key];
  const frag = document.createDocumentFragment();
  if (zh) {
    const hk = root.dataset.script === 'hk';
    const hant = fill(hk ? zh.hk : zh.hant, vars);
    const hans = fill(zh.hans, vars);
    if (hans === hant) frag.append(Object.assign(h('span', '', hans), { lang: 'zh' }));
    else frag.append(Object.assign(h('span', 'hans', hans), { lang: 'zh-Hans' }), Object.assign(h('span', 'hant', hant), { lang: hk ? 'zh-Hant-HK' : 'zh-Hant-TW' }));
    frag.append(' ');
  }
  frag.append(fill(en, vars));
  return frag;
}

/** A label as plain text (for an accessible name): its Chinese in the reader's script, then its English. */
function uiText(d: Dict, key: LookupLabel): string {
  const { zh, en } = d.ui[key];
  return zh ? `${script() === 'hans' ? zh.hans : root.dataset.script === 'hk' ? zh.hk : zh.hant} ${en}` : en;
}

/** An element holding labels and text in order. */
const line = (tag: string, cls: string, ...parts: (Node | string)[]) => {
  const e = h(tag, cls);
  e.append(...parts);
  return e;
};
const toneless = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

function senseList(senses: Sense[], d: Dict): HTMLElement {
  const ol = h('ol', 'we-senses');
  for (const s of senses) {
    const li = h('li', '');
    li.append(h('span', 'we-p', s.p), ' ', s.d.join('; '));
    if (s.m.length) li.append(' ', line('span', 'we-cl', ui(d, 'lookupMeasureWords'), ` ${s.m.map(([hs, ht, p]) => `${script() === 'hans' ? hs : ht} ${p}`).join(', ')}`));
    ol.append(li);
  }
  return ol;
}

const script = () => (root.dataset.script === 'hant' || root.dataset.script === 'hk' ? 'hant' : 'hans');

function body(d: Dict, word: string, reading: string, entry: WordEntry, shown: string): DocumentFragment {
  const frag = document.createDocumentFragment();
  const head = h('p', 'we-head');
  const forms = entry.f.find(([tw]) => tw === shown) ?? entry.f[0]!;
  head.append(h('span', 'we-word', word));
  head.lastElementChild!.setAttribute('lang', 'zh-Hans');
  if (forms[0] !== word) (head.append(' '), head.append(h('span', 'we-word', forms[0])), head.lastElementChild!.setAttribute('lang', 'zh-Hant-TW'));
  if (forms[1] !== forms[0]) (head.append(' '), head.append(h('span', 'we-word', `HK ${forms[1]}`)), head.lastElementChild!.setAttribute('lang', 'zh-Hant-HK'));
  head.append(' ', h('span', 'we-reading', reading.replace(/ /g, '')));
  frag.append(head);
  if (entry.g) {
    const note = document.getElementById(`term-${entry.g}`);
    if (note) {
      const copy = note.cloneNode(true) as HTMLElement;
      copy.removeAttribute('id');
      copy.querySelectorAll('[id]').forEach((n) => n.removeAttribute('id'));
      copy.classList.add('we-term');
      frag.append(copy);
    }
    const a = line('a', 'we-gloss-link', ui(d, 'lookupGlossary')) as HTMLAnchorElement;
    a.href = `/glossary/#${entry.g}`;
    const p = h('p', '');
    p.append(a);
    frag.append(p);
  }
  if (entry.c) {
    frag.append(line('p', 'we-note', ui(d, 'lookupCharacters')));
    const chars = [...word];
    const readings = reading.split(' ');
    chars.forEach((ch, i) => {
      const e = d.words[ch];
      if (!e) return;
      const r = readings[i] ?? '';
      const { matching, other } = order(e, r);
      const p = h('p', 'we-char');
      p.append(h('span', 'we-word', ch), ' ', h('span', 'we-reading', r));
      frag.append(p, senseList(matching.length ? matching : other.slice(0, 3), d));
    });
  } else {
    const { matching, other } = order(entry, reading);
    frag.append(senseList(matching.length ? matching : other, d));
    if (matching.length && other.length) {
      const more = h('details', 'we-more');
      more.append(line('summary', '', ui(d, 'lookupOtherReadings')), senseList(other, d));
      frag.append(more);
    }
  }
  const meta = line('p', 'we-meta', entry.h ? ui(d, 'lookupHsk', { level: entry.h }) : ui(d, 'lookupNotHsk'));
  if (entry.b) meta.append(' · ', ui(d, `lookupBand${entry.b}` as LookupLabel));
  frag.append(meta);
  const occ = line('p', 'we-occ', entry.n === 1 ? ui(d, 'lookupAppearsOnce') : entry.n ? ui(d, 'lookupAppears', { count: entry.n }) : ui(d, 'lookupNotInText'));
  const prefix = root.dataset.routeScript === 'hant' ? '/hant' : '';
  entry.o.slice(0, 24).forEach((i, n) => {
    const [slug, id] = d.paragraphs[i]!;
    const a = h('a', '', `${n + 1}`) as HTMLAnchorElement;
    a.href = `${prefix}/topics/${slug}/#${id}`;
    a.title = id;
    occ.append(' ', a);
  });
  if (entry.o.length > 24) occ.append(' …');
  frag.append(occ, line('p', 'we-src', ui(d, 'lookupSource'), line('span', 'we-keys', ' · ', ui(d, 'lookupKeys'))));
  return frag;
}

function order(entry: WordEntry, reading: string): { matching: Sense[]; other: Sense[] } {
  const key = reading.normalize('NFC').toLowerCase();
  let matching = entry.s.filter((s) => s.p.toLowerCase() === key);
  if (!matching.length) matching = entry.s.filter((s) => toneless(s.p) === toneless(reading));
  return { matching, other: entry.s.filter((s) => !matching.includes(s)) };
}

/** What the entry must not cover: the page's controls (links, buttons, fields), except those inline in the text it explains. */
const TARGETS = 'a[href], button, summary, input, select, textarea, [tabindex]';
/** Space kept between the entry, the word and any control. */
const GAP = 6;
/** The edge of the viewport the entry keeps clear of. */
const EDGE = 8;
/** An entry is not made shorter than this to stay clear of controls (px); below it, it may stand further from the word. */
const MIN_HEIGHT = 96;

/** The rectangles of the visible controls near the viewport, other than the entry's own, the word's and the text's inline ones. */
function obstacles(word: HTMLElement): DOMRect[] {
  const out: DOMRect[] = [];
  for (const el of document.querySelectorAll<HTMLElement>(TARGETS)) {
    if (box.contains(el) || el.contains(word) || el.closest('main p.zh, main p.en')) continue;
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.height > 0 && r.bottom > -innerHeight && r.top < 2 * innerHeight) out.push(r);
  }
  return out;
}

interface Spot {
  left: number;
  top: number;
  height: number;
  /** How far the entry stands from the word, horizontally (px). */
  offset: number;
}

/**
 * Where a popover entry of width `w` and natural height `natural` fits beside
 * the word `r` without covering a control: below or above the word, at a few
 * horizontal positions (aligned with the word, or just clear of a control),
 * made shorter (it scrolls) down to MIN_HEIGHT where a control is in the way.
 * The tallest spot wins, then the closest to the word, below before above.
 */
function bestSpot(r: DOMRect, w: number, natural: number, obs: readonly DOMRect[]): Spot {
  const clampX = (x: number) => Math.max(EDGE, Math.min(x, innerWidth - w - EDGE));
  const lefts = [...new Set([r.left, r.right - w, ...obs.flatMap((o) => [o.right + GAP, o.left - GAP - w])].map(clampX))];
  let best: Spot | null = null;
  const better = (a: Spot, b: Spot | null) => {
    if (!b) return true;
    const fa = Math.min(a.height, natural) >= Math.min(natural, MIN_HEIGHT);
    const fb = Math.min(b.height, natural) >= Math.min(natural, MIN_HEIGHT);
    if (fa !== fb) return fa;
    if (!fa) return a.height > b.height;
    if ((a.height >= natural) !== (b.height >= natural)) return a.height >= natural;
    return a.offset < b.offset;
  };
  for (const left of lefts) {
    const inRange = obs.filter((o) => o.left < left + w + GAP && o.right > left - GAP);
    const offset = Math.max(0, left - r.right, r.left - (left + w));
    const start = r.bottom + GAP;
    if (!inRange.some((o) => o.top < start && o.bottom > start - GAP)) {
      const floor = Math.min(innerHeight - EDGE, ...inRange.filter((o) => o.top >= start).map((o) => o.top - GAP));
      const below: Spot = { left, top: start, height: Math.min(natural, floor - start), offset };
      if (better(below, best)) best = below;
    }
    const end = r.top - GAP;
    if (!inRange.some((o) => o.bottom > end && o.top < end + GAP)) {
      const ceiling = Math.max(EDGE, ...inRange.filter((o) => o.bottom <= end).map((o) => o.bottom + GAP));
      const height = Math.min(natural, end - ceiling);
      const above: Spot = { left, top: end - height, height, offset: offset + 0.5 };
      if (better(above, best)) best = above;
    }
  }
  return best && best.height > 0 ? best : { left: clampX(r.left), top: r.bottom + GAP, height: natural, offset: 0 };
}

/**
 * A bottom sheet (phones): the page scrolls so the word stays above it, and
 * its top edge never cuts through a control (it stands just below one, so
 * every control above it is whole).
 */
function placeSheet(el: HTMLElement): void {
  box.style.left = box.style.top = '';
  const natural = box.offsetHeight;
  let top = innerHeight - natural;
  const r = el.getBoundingClientRect();
  if (r.bottom + GAP > top) scrollBy({ top: r.bottom + GAP - top, behavior: 'instant' });
  const obs = obstacles(el).sort((a, b) => a.top - b.top);
  for (const o of obs) if (o.top < top && o.bottom + 1 > top) top = o.bottom + 1;
  if (top > innerHeight - MIN_HEIGHT / 2) top = innerHeight - natural;
  box.style.maxHeight = `${innerHeight - top}px`;
}

/** Put the entry beside the word (see bestSpot), or at the bottom of a phone's screen. */
function place(el: HTMLElement): void {
  const sheet = matchMedia('(max-width: 40rem)').matches;
  box.classList.toggle('sheet', sheet);
  box.style.maxHeight = '';
  if (sheet) return placeSheet(el);
  box.style.left = box.style.top = `${EDGE}px`;
  const spot = bestSpot(el.getBoundingClientRect(), box.offsetWidth, box.offsetHeight, obstacles(el));
  box.style.left = `${spot.left}px`;
  box.style.top = `${spot.top}px`;
  box.style.maxHeight = `${spot.height}px`;
}

export async function open(el: HTMLElement, focusEntry: boolean): Promise<void> {
  const d = await getDict();
  const { hans, shown, reading } = describe(el);
  const entry = d.words[hans];
  if (!entry) return;
  current?.removeAttribute('aria-expanded');
  current = el;
  el.setAttribute('aria-expanded', 'true');
  el.setAttribute('aria-controls', box.id);
  box.setAttribute('aria-label', `${shown} ${reading}`);
  const close = h('button', 'we-close', '×') as HTMLButtonElement;
  close.type = 'button';
  close.setAttribute('aria-label', uiText(d, 'lookupClose'));
  close.addEventListener('click', () => closeEntry(true));
  box.replaceChildren(close, body(d, hans, reading, entry, shown));
  box.lang = 'en';
  box.hidden = false;
  place(el);
  if (focusEntry) box.focus({ preventScroll: true });
}

export function closeEntry(refocus: boolean): void {
  if (box.hidden) return;
  box.hidden = true;
  current?.removeAttribute('aria-expanded');
  if (refocus) current?.focus({ preventScroll: true });
}

/** A click on a word, at `at` (client coordinates): a click on text whose ruby is not built yet has it built, then finds its word there. */
export async function lookUpClick(target: Element | null, at?: { x: number; y: number }): Promise<void> {
  if (target?.closest('#word-entry')) return;
  if (target?.closest('a.term, a.sic')) return closeEntry(false);
  // The end of a drag that selected text, not a click on a word: building ruby there would lose the selection.
  if (getSelection()?.isCollapsed === false) return;
  const unit = target?.closest('.zh-run .s, .zh-run');
  if (!wordOf(target) && unit && at) await expand(unit);
  const word = wordOf(target) ?? (unit && at ? wordOf(document.elementFromPoint(at.x, at.y)) : null);
  if (!word) return closeEntry(false);
  if (getSelection()?.isCollapsed === false) return;
  label(word);
  word.focus({ preventScroll: true });
  void open(word, false);
}

document.addEventListener('click', (e) => void lookUpClick(e.target as Element, { x: e.clientX, y: e.clientY }));
// A click made while this module was loading (see lookup-loader.ts).
document.addEventListener('lookup:click', (e) => {
  const { target, x, y } = (e as CustomEvent<{ target: Element | null; x: number; y: number }>).detail;
  void lookUpClick(target, { x, y });
});

function units(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('main p.zh .zh-run ruby, main p.zh .zh-run a.term')].filter(isUnit);
}

document.addEventListener('keydown', (e) => {
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  if (isLookupKey('shortcutLookupClose', e.key) && !box.hidden) return closeEntry(box.contains(document.activeElement) || document.activeElement === current);
  const el = document.activeElement as HTMLElement | null;
  if (!isUnit(el)) return;
  if (isLookupKey('shortcutLookupMove', e.key)) {
    e.preventDefault();
    // Every word, so the move crosses sentences and paragraphs whose ruby is not built yet.
    void expand(document).then(() => {
      const list = units();
      const next = list[list.indexOf(el) + (e.key === 'ArrowRight' ? 1 : -1)];
      if (!next) return;
      label(next);
      next.focus();
      if (!box.hidden) void open(next, false);
    });
    return;
  }
  // On a glossary mark only `d` looks up: its Enter opens the glossary note.
  if (isLookupKey('shortcutLookup', e.key) && (el.localName === 'ruby' || e.key === 'd')) {
    e.preventDefault();
    e.stopPropagation();
    void open(el, true);
  }
}, true);

let placing = 0;
addEventListener(
  'scroll',
  () => {
    if (!current || box.hidden || box.classList.contains('sheet') || placing) return;
    placing = requestAnimationFrame(() => ((placing = 0), current && !box.hidden && place(current)));
  },
  { passive: true },
);
