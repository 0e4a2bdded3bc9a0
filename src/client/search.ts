/**
 * The search page, up front: shows the query of the address (`/search/?q=…`)
 * in the search boxes, and runs it with the engine (search-engine.ts), which
 * loads with a query in the address, or when a search box is first focused or
 * typed in. A search from a box on this page
 * stays on the page: the address gets the new query (so it can be shared and
 * Back returns to the previous one) and the engine runs it without a reload.
 */
import engineUrl from './search-engine.ts?worker&url';

const inputs = () => document.querySelectorAll<HTMLInputElement>('[data-search-input]');
let engine: Promise<unknown> | undefined;
const load = () => (engine ??= import(/* @vite-ignore */ new URL(engineUrl, location.href).href));

/** Show the address's query in the boxes and have the engine run it. */
function show(): void {
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  for (const input of inputs()) input.value = query;
  if (query || engine) void load().then(() => document.dispatchEvent(new Event('search:query')));
}

/** Search for what a box on this page holds, in place; false if its form leads elsewhere. */
function submit(form: HTMLFormElement | null, input: HTMLInputElement): boolean {
  if (!form || new URL(form.action).pathname !== location.pathname) return false;
  const url = new URL(form.action);
  const query = input.value.trim();
  if (query) url.searchParams.set('q', query);
  if (url.href !== location.href) history.pushState(null, '', url);
  show();
  return true;
}

document.addEventListener('submit', (event) => {
  const form = event.target as HTMLFormElement;
  const input = form.querySelector<HTMLInputElement>('[data-search-input]');
  if (input && submit(form, input)) event.preventDefault();
});
// Enter searches on its keydown (the form would submit on the keypress after it), but never while an
// input method is composing: there Enter only commits the characters.
document.addEventListener('keydown', (event) => {
  const input = event.target as HTMLInputElement;
  if (event.key !== 'Enter' || event.isComposing || event.keyCode === 229 || !input.matches?.('[data-search-input]')) return;
  if (submit(input.form, input)) event.preventDefault();
});
for (const input of inputs()) for (const type of ['focus', 'input']) input.addEventListener(type, () => void load(), { once: true });
addEventListener('popstate', show);
show();
