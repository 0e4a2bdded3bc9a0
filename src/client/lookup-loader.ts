/**
 * Loads the dictionary lookup (lookup.ts) on the reader's first interaction, so
 * it adds nothing to first load; a click on a word made before it has loaded is
 * handed to it once it has (as a `lookup:click` event it listens for, with
 * where the click was: the word's ruby is built when the lookup loads).
 *
 * The lookup is bundled on its own (as an ES-module worker bundle) and imported
 * by a URL Vite does not analyse, so this file carries no module-preload helper.
 */
import lookupUrl from './lookup.ts?worker&url';

let lookup: Promise<unknown> | undefined;
let ready = false;
const load = () => (lookup ??= import(/* @vite-ignore */ new URL(lookupUrl, location.href).href).then(() => (ready = true)));
for (const type of ['pointerdown', 'keydown', 'focusin']) addEventListener(type, () => void load(), { once: true, capture: true, passive: true });
addEventListener('click', (event) => {
  if (ready) return;
  const detail = { target: event.target, x: event.clientX, y: event.clientY };
  void load().then(() => document.dispatchEvent(new CustomEvent('lookup:click', { detail })));
});
