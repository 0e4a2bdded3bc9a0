/**
 * The Chinese runs of a page (`.zh-run`, written by ZhText and ZhLabel; the
 * formats are in src/utils/zh-run.ts) kept in line with the reading view on
 * <html>:
 * - script: the characters where the chosen script differs are patched in
 *   place (`data-alt`, `data-hk`), and the run's lang follows;
 * - pinyin: ruby is built from a run's `data-py` (one <ruby> per word, one
 *   <rt> per Han character, hidden from assistive technology: the characters
 *   are voiced already) sentence by sentence, as each comes near the
 *   viewport, so showing pinyin costs what the reader can see;
 * - tones: tone marks or tone numbers in the <rt>s.
 *
 * Script and tones change near the viewport at once, elsewhere in idle
 * moments; `<html data-runs>` is `synced` when every run is. The ruby
 * builder (ruby-build.ts) is part of this script, so a page opened with
 * pinyin shows it without a second request. Printing builds all the ruby
 * first (when pinyin is shown). Other scripts talk to this one with events
 * dispatched on an element of a run:
 * - `zh:expand` builds the ruby of the element when it is in a run (a
 *   sentence), else of every run in it (on the document: all of them), as
 *   the dictionary lookup needs its words; a CustomEvent's `detail.done`
 *   becomes the promise of it (resolved once built);
 * - `zh:simplified` answers the element's characters in simplified script
 *   in its `detail.text` (the dictionary's key).
 */
import { RENDER_NEAR } from '../utils/render-near.ts';
import { applyPatch, SCRIPT_LANG } from '../utils/zh-run-format.ts';
import { expand as buildRuby, setTones } from './ruby-build.ts';

type Script = keyof typeof SCRIPT_LANG;
const root = document.documentElement;
const route: Script = root.dataset.routeScript === 'hant' ? 'hant' : 'hans';

interface RunState {
  /** The characters as the page shipped them (the route's script). */
  base: string[];
  script: Script;
  num: boolean;
}
const states = new WeakMap<HTMLElement, RunState>();
const runOf = (el: Element) => el.closest<HTMLElement>('.zh-run');

/** The text nodes of a run's characters, in order: not its pinyin, not the correction markers. */
function textNodes(run: HTMLElement): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(run, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.nodeType === 3 ? NodeFilter.FILTER_ACCEPT : (n as Element).localName === 'rt' || (n as Element).classList.contains('sic-mark') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

function stateOf(run: HTMLElement): RunState {
  let s = states.get(run);
  if (!s) states.set(run, (s = { base: [...textNodes(run).map((n) => n.data).join('')], script: route, num: false }));
  return s;
}

/** A run's characters in a script. */
function charsIn(run: HTMLElement, script: Script): string[] {
  const { base } = stateOf(run);
  if (script === route) return base;
  const other = applyPatch(base, run.dataset.alt);
  return script === 'hk' ? applyPatch(route === 'hant' ? base : other, run.dataset.hk) : other;
}

function setScript(run: HTMLElement, s: RunState, script: Script): void {
  const chars = charsIn(run, script);
  let at = 0;
  for (const node of textNodes(run)) {
    const next = chars.slice(at, (at += [...node.data].length)).join('');
    if (next !== node.data) node.data = next;
  }
  run.lang = SCRIPT_LANG[script];
  s.script = script;
}

// --- The view, and bringing runs in line with it -----------------------------------------

const view = () => ({
  script: (['hant', 'hk'].includes(root.dataset.script ?? '') ? root.dataset.script : 'hans') as Script,
  pinyin: root.dataset.pinyin === 'on',
  num: root.dataset.tones === 'num',
});

/** Script and tones of a run as the view says. */
function sync(run: HTMLElement): void {
  const v = view();
  if (!states.has(run) && v.script === route && !run.querySelector('rt')) return;
  const s = stateOf(run);
  if (s.script !== v.script) setScript(run, s, v.script);
  if (s.num !== v.num) {
    setTones(run, textNodes(run), v.num);
    s.num = v.num;
  }
}

/** Build the ruby of the characters of `run` inside `within`. */
function expand(run: HTMLElement, within: Element): void {
  const num = view().num;
  if (buildRuby(run, textNodes(run), within, num)) stateOf(run).num = num; // its other <rt>s are in this form already (see sync)
}

const runs = [...document.querySelectorAll<HTMLElement>('.zh-run')];
/** What is built and watched at a time: each sentence of a run with pinyin, or the run when it has no sentences. */
const units = runs.filter((r) => r.dataset.py).flatMap((r) => {
  const sentences = [...r.querySelectorAll(':scope > .s')];
  return sentences.length ? sentences : [r];
});
/**
 * The parts of a page kept from layout while off screen (render-near.ts). A
 * run without pinyin (a label, a name, a term) inside one follows a change
 * of script when its nearest such part comes near, like the sentences; any
 * other (the header's, a title's) follows at once.
 */
const KEPT_FROM_LAYOUT = `.${RENDER_NEAR}`;
/** The runs without pinyin, by the part kept from layout that holds them. */
const plainIn = new Map<Element, HTMLElement[]>();
/** The runs without pinyin outside any such part. */
const loose: HTMLElement[] = [];
for (const r of runs) {
  if (r.dataset.py) continue;
  const part = r.closest(KEPT_FROM_LAYOUT);
  if (!part) loose.push(r);
  else if (plainIn.has(part)) plainIn.get(part)!.push(r);
  else plainIn.set(part, [r]);
}
/** The units and parts near the viewport (within a quarter of its height), kept by an observer, so a toggle reads no layout. */
const near = new Set<Element>();
let observed = false;
/** A change of view before the observer's first report waits for it: measuring the units would lay out every paragraph off screen. */
let waiting = false;

/** Bring a unit in line: its run's script and tones, and its ruby when pinyin is shown. */
function show(unit: Element): void {
  const run = runOf(unit)!;
  sync(run);
  if (view().pinyin) expand(run, unit);
}

const observer = new IntersectionObserver((entries) => {
  observed = true;
  for (const e of entries) {
    if (!e.isIntersecting) near.delete(e.target);
    else if (!near.has(e.target)) near.add(e.target), plainIn.has(e.target) ? plainIn.get(e.target)!.forEach(sync) : show(e.target);
  }
  if (waiting) (waiting = false), follow();
}, { rootMargin: '25% 0px' });
units.forEach((u) => observer.observe(u));
plainIn.forEach((_, part) => observer.observe(part));

let queue: HTMLElement[] = [];
let scheduled = false;
const later = (fn: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(fn, { timeout: 500 }) : setTimeout(fn, 16));

/** Work through the queue of runs: for `budget` ms, or all of it. */
function drain(budget = Infinity): void {
  const until = performance.now() + budget;
  while (queue.length && performance.now() < until) sync(queue.shift()!);
  if (!queue.length) root.dataset.runs = 'synced';
  else if (!scheduled) {
    scheduled = true;
    later(() => {
      scheduled = false;
      drain(8);
    });
  }
}

/** Bring the page in line with the view: what is near the viewport now, the other runs' script and tones later. */
function follow(): void {
  root.dataset.runs = 'pending';
  if (!observed && (units.length || plainIn.size)) return void (waiting = true);
  const now = units.filter((u) => near.has(u));
  now.forEach(show);
  // What is on screen is in the view now: a page that opened with pinyin shows its text (view-state-script.ts).
  delete root.dataset.load;
  const plainNow = [...loose, ...[...plainIn].flatMap(([part, rs]) => (near.has(part) ? rs : []))];
  plainNow.forEach(sync);
  const done = new Set([...now.map(runOf), ...plainNow]);
  queue = runs.filter((r) => !done.has(r));
  drain(0);
}

/** Build the ruby of `el` when it is in a run (a sentence, a word), else of every run in it. */
function expandIn(el: Element): void {
  const run = runOf(el);
  for (const r of run ? [run] : runs.filter((r) => el.contains(r))) {
    sync(r);
    expand(r, run ? el : r);
  }
}

new MutationObserver(follow).observe(root, { attributes: true, attributeFilter: ['data-script', 'data-pinyin', 'data-tones'] });
addEventListener('beforeprint', () => {
  drain();
  if (view().pinyin) expandIn(document.body);
});
document.addEventListener('zh:expand', (e) => {
  expandIn(e.target instanceof Element ? e.target : document.body);
  const detail = (e as CustomEvent<{ done?: Promise<void> } | null>).detail;
  if (detail) detail.done = Promise.resolve();
});
document.addEventListener('zh:simplified', (e) => {
  const el = e.target as Element;
  const run = runOf(el);
  if (!run) return;
  const hans = charsIn(run, 'hans');
  let at = 0;
  let text = '';
  for (const node of textNodes(run)) {
    const length = [...node.data].length;
    if (el.contains(node)) text += hans.slice(at, at + length).join('');
    at += length;
  }
  (e as CustomEvent<{ text: string }>).detail.text = text;
});
if (view().script !== route || view().pinyin || view().num) follow();
else root.dataset.runs = 'synced';
