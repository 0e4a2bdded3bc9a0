/**
 * Dictionary lookup on every word of the Chinese text (one word = one <ruby>,
 * the edition's segmentation). A click or tap on a word, or Enter, Space or `d`
 * on the focused word, opens its entry beside it (a bottom sheet on phones);
 * ←/→ move word by word (and update an open entry); Esc and the close button
 * close it. Glossary marks keep their notes (Enter, click); `d` on a focused
 * mark opens the dictionary entry of the whole term. The dictionary
 * (/data/dictionary.json) is fetched on the first lookup only.
 */
import type { Dictionary, Sense, WordEntry } from '../schemas/dictionary.ts';

type Dict = Dictionary & { ui: Record<string, string> };
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
let current: HTMLElement | null = null;

const isUnit = (el: Element | null): el is HTMLElement =>
  !!el && el.closest('main .hans, main .hant') !== null && ((el.localName === 'ruby' && !el.closest('a, button, summary, label')) || el.matches('a.term'));

function wordOf(target: Element | null): HTMLElement | null {
  const ruby = target?.closest?.('ruby') ?? null;
  return ruby && isUnit(ruby) ? (ruby as HTMLElement) : null;
}

const textOf = (ruby: Element) => [...ruby.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('');
const readingOf = (el: Element) => [...el.querySelectorAll('rt')].map((rt) => rt.textContent).join(' ');

/** The same unit in the simplified copy of the text (both copies have the same rubies and marks in the same order). */
function inHans(el: HTMLElement): HTMLElement {
  const span = el.closest('.hans, .hant')!;
  if (span.matches('.hans')) return el;
  const other = span.previousElementSibling;
  const sel = el.localName === 'ruby' ? 'ruby' : 'a.term';
  const i = [...span.querySelectorAll(sel)].indexOf(el);
  return (other?.querySelectorAll<HTMLElement>(sel)[i] ?? el) as HTMLElement;
}

function describe(el: HTMLElement): { hans: string; shown: string; reading: string } {
  const hans = inHans(el);
  const pick = (e: Element) => (e.localName === 'ruby' ? textOf(e) : [...e.querySelectorAll('ruby')].map(textOf).join(''));
  return { hans: pick(hans), shown: pick(el), reading: readingOf(el) };
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

// One tab stop per paragraph of Chinese text: its first word.
for (const p of document.querySelectorAll('main p.zh')) {
  for (const span of p.querySelectorAll('.hans, .hant')) {
    const first = [...span.querySelectorAll<HTMLElement>('ruby')].find(isUnit);
    if (first) (first.tabIndex = 0, label(first));
  }
}

const h = (tag: string, cls: string, text?: string) => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
};
const fill = (s: string, vars: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
const toneless = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

function senseList(senses: Sense[], d: Dict): HTMLElement {
  const ol = h('ol', 'we-senses');
  for (const s of senses) {
    const li = h('li', '');
    li.append(h('span', 'we-p', s.p), ' ', s.d.join('; '));
    if (s.m.length) li.append(h('span', 'we-cl', ` ${d.ui.lookupMeasureWords} ${s.m.map(([hs, ht, p]) => `${script() === 'hans' ? hs : ht} ${p}`).join(', ')}`));
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
    const a = h('a', 'we-gloss-link', d.ui.lookupGlossary) as HTMLAnchorElement;
    a.href = `/glossary/#${entry.g}`;
    const p = h('p', '');
    p.append(a);
    frag.append(p);
  }
  if (entry.c) {
    frag.append(h('p', 'we-note', d.ui.lookupCharacters));
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
      more.append(h('summary', '', d.ui.lookupOtherReadings), senseList(other, d));
      frag.append(more);
    }
  }
  const meta = h('p', 'we-meta', [entry.h ? fill(d.ui.lookupHsk!, { level: entry.h }) : d.ui.lookupNotHsk, entry.b ? d.bands[entry.b - 1] : ''].filter(Boolean).join(' · '));
  frag.append(meta);
  const occ = h('p', 'we-occ', entry.n ? fill(d.ui.lookupAppears!, { count: entry.n }) : d.ui.lookupNotInText);
  const prefix = root.dataset.routeScript === 'hant' ? '/hant' : '';
  entry.o.slice(0, 24).forEach((i, n) => {
    const [slug, id] = d.paragraphs[i]!;
    const a = h('a', '', `${n + 1}`) as HTMLAnchorElement;
    a.href = `${prefix}/topics/${slug}/#${id}`;
    a.title = id;
    occ.append(' ', a);
  });
  if (entry.o.length > 24) occ.append(' …');
  frag.append(occ, h('p', 'we-src', `${d.ui.lookupSource} · ${d.ui.lookupKeys}`));
  return frag;
}

function order(entry: WordEntry, reading: string): { matching: Sense[]; other: Sense[] } {
  const key = reading.normalize('NFC').toLowerCase();
  let matching = entry.s.filter((s) => s.p.toLowerCase() === key);
  if (!matching.length) matching = entry.s.filter((s) => toneless(s.p) === toneless(reading));
  return { matching, other: entry.s.filter((s) => !matching.includes(s)) };
}

function place(el: HTMLElement): void {
  const r = el.getBoundingClientRect();
  const sheet = matchMedia('(max-width: 40rem)').matches;
  box.classList.toggle('sheet', sheet);
  if (sheet) {
    box.style.left = box.style.top = '';
    const top = innerHeight - box.offsetHeight - 8;
    if (r.bottom > top) scrollBy({ top: r.bottom - top + 8, behavior: 'instant' });
    return;
  }
  const below = r.bottom + 8 + box.offsetHeight < innerHeight;
  box.style.left = `${Math.max(8, Math.min(r.left, innerWidth - box.offsetWidth - 8))}px`;
  box.style.top = `${below ? r.bottom + 6 : Math.max(8, r.top - box.offsetHeight - 6)}px`;
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
  close.setAttribute('aria-label', d.ui.lookupClose!);
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

/** A click on a word (from the loader, for the click that loaded this module). */
export function lookUpClick(target: Element | null): void {
  if (target?.closest('#word-entry')) return;
  if (target?.closest('a.term, a.sic')) return closeEntry(false);
  const word = wordOf(target);
  if (!word) return closeEntry(false);
  if (getSelection()?.isCollapsed === false) return;
  label(word);
  word.focus({ preventScroll: true });
  void open(word, false);
}

document.addEventListener('click', (e) => lookUpClick(e.target as Element));
// A click made while this module was loading (see lookup-loader.ts).
document.addEventListener('lookup:click', (e) => lookUpClick((e as CustomEvent<Element | null>).detail));

function units(): HTMLElement[] {
  const span = `main p.zh .${script()}`;
  return [...document.querySelectorAll<HTMLElement>(`${span} ruby, ${span} a.term`)].filter(isUnit);
}

document.addEventListener('keydown', (e) => {
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  if (e.key === 'Escape' && !box.hidden) return closeEntry(box.contains(document.activeElement) || document.activeElement === current);
  const el = document.activeElement as HTMLElement | null;
  if (!isUnit(el)) return;
  if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
    const list = units();
    const next = list[list.indexOf(el) + (e.key === 'ArrowRight' ? 1 : -1)];
    if (!next) return;
    e.preventDefault();
    label(next);
    next.focus();
    if (!box.hidden) void open(next, false);
    return;
  }
  const isWord = el.localName === 'ruby';
  if (e.key === 'd' || (isWord && (e.key === 'Enter' || e.key === ' '))) {
    e.preventDefault();
    e.stopPropagation();
    void open(el, true);
  }
}, true);

addEventListener('scroll', () => current && !box.hidden && !box.classList.contains('sheet') && place(current), { passive: true });
