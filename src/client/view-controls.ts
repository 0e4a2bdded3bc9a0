/**
 * The reading controls' behaviour: keep <html> attributes, the form, the
 * saved preference and the URL in step; show tone numbers on request; and
 * copy clean text (no pinyin, only the visible script and language).
 */
import { STORAGE_KEY, VIEW_OPTIONS, type ViewOption, type ViewState } from './view-options.ts';
import { currentState, OPTIONS, viewUrl } from './view-state.ts';

const root = document.documentElement;
const options = OPTIONS;

function apply(state: ViewState): void {
  const tonesChanged = state.tones !== currentState().tones;
  const scriptChanged = state.script !== currentState().script;
  for (const k of options) {
    if (state[k] === VIEW_OPTIONS[k][0]) delete root.dataset[k];
    else root.dataset[k] = state[k];
  }
  if (tonesChanged) showToneNumbers(state.tones === 'num');
  if (scriptChanged) showHongKongForms(state.script === 'hk');
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
  } catch {
    // Private mode or storage disabled: the URL still carries the view.
  }
  history.replaceState(history.state, '', viewUrl(state, location.href));
}

const MARKS: Record<string, string> = {};
'āáǎàaēéěèeīíǐìiōóǒòoūúǔùuǖǘǚǜü'.replace(/(.)(.)(.)(.)(.)/g, (_, a, b, c, d, plain) => {
  [a, b, c, d].forEach((m, i) => (MARKS[m] = plain + (i + 1)));
  return '';
});

function toNumber(syllable: string): string {
  let tone = '5';
  let plain = '';
  for (const ch of syllable) {
    const m = MARKS[ch];
    if (m) {
      plain += m[0];
      tone = m[1]!;
    } else plain += ch;
  }
  return plain + tone;
}

function showToneNumbers(on: boolean): void {
  for (const rt of document.querySelectorAll<HTMLElement>('rt')) {
    const marked = (rt.dataset.m ??= rt.textContent ?? '');
    rt.textContent = on ? toNumber(marked) : marked;
  }
}

/**
 * Hong Kong forms: the page carries the Taiwan-standard text and, per run,
 * the characters where Hong Kong differs (`data-hk="3:台,17:着"`); patch them
 * in or restore them, and tag the runs with the matching language.
 */
function showHongKongForms(on: boolean): void {
  for (const run of document.querySelectorAll<HTMLElement>('.hant[data-hk]')) {
    const patch = new Map(run.dataset.hk!.split(',').map((p) => p.split(':') as [string, string]).map(([i, c]) => [Number(i), c]));
    let index = 0;
    const walker = document.createTreeWalker(run, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (node.parentElement?.closest('rt, .sic-mark')) continue;
      const chars = [...node.data];
      const original = (node as Text & { tw?: string }).tw ?? node.data;
      const next = on ? chars.map((c, k) => patch.get(index + k) ?? c).join('') : original;
      if (on) (node as Text & { tw?: string }).tw = original;
      if (next !== node.data) node.data = next;
      index += chars.length;
    }
  }
  for (const run of document.querySelectorAll<HTMLElement>('.hant')) run.lang = on ? 'zh-Hant-HK' : 'zh-Hant-TW';
}

/** Copy what the reader sees, without pinyin or the hidden script. */
function cleanCopy(event: ClipboardEvent): void {
  const selection = getSelection();
  if (!selection || selection.isCollapsed || !event.clipboardData) return;
  const holder = document.createElement('div');
  holder.style.cssText = 'position:fixed;left:-10000px;top:0;white-space:pre-wrap';
  for (let i = 0; i < selection.rangeCount; i++) holder.append(selection.getRangeAt(i).cloneContents());
  if (!holder.querySelector('rt, .hans, .hant')) return;
  // Reading text only: no pinyin, no markers, no paragraph meta, notes or buttons.
  holder.querySelectorAll('rt, rp, .sic-mark, .para-head, .para-meta, .fix, .copy-link, .apparatus, .no-print').forEach((n) => n.remove());
  document.body.append(holder);
  const text = holder.innerText.replace(/\n{3,}/g, '\n\n').trim();
  holder.remove();
  event.clipboardData.setData('text/plain', text);
  event.preventDefault();
}

const form = document.querySelector<HTMLFormElement>('[data-view-controls]');
if (form) {
  const state = currentState();
  for (const input of form.querySelectorAll<HTMLInputElement>('input')) {
    const k = input.name as ViewOption;
    input.checked = state[k] === input.value;
  }
  const status = form.querySelector('[data-view-status]');
  form.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    const k = input.name as ViewOption;
    const next = { ...currentState() } as Record<ViewOption, string>;
    next[k] = input.type === 'checkbox' ? (input.checked ? input.value : VIEW_OPTIONS[k][0]) : input.value;
    apply(next as ViewState);
    if (status) status.textContent = input.closest('label')?.textContent?.trim() ?? '';
  });
}
/** The page fragment, decoded; a malformed one is taken as it stands. */
function fragment(): string {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return location.hash.slice(1);
  }
}

// A renamed anchor: follow its alias so old links keep working.
const aliases = JSON.parse(document.querySelector<HTMLElement>('[data-anchor-aliases]')?.dataset.anchorAliases ?? '{}') as Record<string, string>;
const wanted = fragment();
if (wanted && !document.getElementById(wanted) && aliases[wanted]) location.replace(`#${aliases[wanted]}`);

// Anchored paragraphs must land below the sticky header, whatever its height.
const header = document.querySelector<HTMLElement>('.site-header');
if (header) {
  let first = true;
  new ResizeObserver(() => {
    root.style.setProperty('--header-height', `${header.offsetHeight}px`);
    // The browser scrolled to the fragment before the height was known: scroll again.
    if (first && location.hash) document.getElementById(fragment())?.scrollIntoView();
    first = false;
  }).observe(header);
}

const toggle = document.querySelector<HTMLButtonElement>('[data-view-toggle]');
toggle?.addEventListener('click', () => {
  const open = toggle.getAttribute('aria-expanded') !== 'true';
  toggle.setAttribute('aria-expanded', String(open));
  toggle.parentElement?.classList.toggle('open', open);
});
if (currentState().tones === 'num') showToneNumbers(true);
if (currentState().script === 'hk') showHongKongForms(true);
document.addEventListener('copy', cleanCopy);
