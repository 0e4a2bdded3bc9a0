/**
 * Loads the dictionary lookup (lookup.ts) on the reader's first interaction, so
 * it adds nothing to first load; a click on a word made before it has loaded is
 * handed to it once it has.
 */
let lookup: Promise<typeof import('./lookup.ts')> | undefined;
let ready = false;
const load = () => (lookup ??= import('./lookup.ts').then((m) => ((ready = true), m)));
for (const type of ['pointerdown', 'keydown', 'focusin']) addEventListener(type, () => void load(), { once: true, capture: true, passive: true });
addEventListener('click', (event) => ready || void load().then((m) => m.lookUpClick(event.target as Element)));
