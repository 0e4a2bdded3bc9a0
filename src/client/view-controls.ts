/**
 * The reading controls' behaviour: keep <html> attributes, the form, the
 * saved preference and the URL in step (zh-runs.ts follows <html> with the
 * text); open and close the controls; and copy clean text (no pinyin, only
 * the visible script and language).
 */
import { STORAGE_KEY, VIEW_OPTIONS, type ViewOption, type ViewState } from './view-options.ts';
import { currentState, OPTIONS, viewUrl } from './view-state.ts';
import { RENDER_NEAR } from '../utils/render-near.ts';

const root = document.documentElement;
const options = OPTIONS;

function apply(state: ViewState): void {
  for (const k of options) {
    if (state[k] === VIEW_OPTIONS[k][0]) delete root.dataset[k];
    else root.dataset[k] = state[k];
  }
  // Saved at once: put off until after the frame that shows the change, it delayed the frame after that (measured).
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
  } catch {
    // Private mode or storage disabled: the URL still carries the view.
  }
  history.replaceState(history.state, '', viewUrl(state, location.href));
}

/** Copy what the reader sees, without pinyin or the hidden script. */
function cleanCopy(event: ClipboardEvent): void {
  const selection = getSelection();
  if (!selection || selection.isCollapsed || !event.clipboardData) return;
  const holder = document.createElement('div');
  holder.style.cssText = 'position:fixed;left:-10000px;top:0;white-space:pre-wrap';
  for (let i = 0; i < selection.rangeCount; i++) holder.append(selection.getRangeAt(i).cloneContents());
  if (!holder.querySelector('rt, .zh-run, .hans, .hant')) return;
  // Reading text only: no pinyin, no markers, no paragraph meta, notes or buttons.
  holder.querySelectorAll('rt, rp, .sic-mark, .para-head, .para-meta, .fix, .copy-link, .apparatus, .no-print').forEach((n) => n.remove());
  // Off screen, a part's text is not rendered (content-visibility), and innerText reads what is.
  holder.querySelectorAll<HTMLElement>(`.${RENDER_NEAR}`).forEach((n) => (n.style.contentVisibility = 'visible'));
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

// The controls open over the page below the header row; they close with
// Escape, their Close button, a click elsewhere, or once the reader scrolls on.
const toggle = document.querySelector<HTMLButtonElement>('[data-view-toggle]');
const panel = document.querySelector<HTMLElement>('[data-view-panel]');
let openedAt = 0;
function setOpen(open: boolean, refocus = false): void {
  if (!toggle || !panel) return;
  toggle.setAttribute('aria-expanded', String(open));
  panel.classList.toggle('open', open);
  openedAt = scrollY;
  // The controls sit in the sticky header, always on screen: focusing them must not scroll the page (Chromium scrolls
  // towards a sticky element's place in the flow).
  if (refocus) toggle.focus({ preventScroll: true });
}
const isOpen = () => toggle?.getAttribute('aria-expanded') === 'true';
toggle?.addEventListener('click', () => {
  setOpen(!isOpen());
  // Into the controls, so the next key works them (a mouse click shows no focus ring there).
  if (isOpen()) (panel!.querySelector<HTMLElement>('input:checked') ?? panel!.querySelector('input'))?.focus({ preventScroll: true });
});
panel?.querySelector('[data-view-close]')?.addEventListener('click', () => setOpen(false, true));
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && isOpen()) setOpen(false, panel!.contains(document.activeElement));
});
document.addEventListener('click', (e) => {
  if (isOpen() && !panel!.contains(e.target as Node) && !toggle!.contains(e.target as Node)) setOpen(false);
});
addEventListener('scroll', () => {
  if (isOpen() && Math.abs(scrollY - openedAt) > 80) setOpen(false);
}, { passive: true });
document.addEventListener('copy', cleanCopy);
