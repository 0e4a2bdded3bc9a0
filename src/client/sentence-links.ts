/**
 * Sentence links (`#china-us-a4-s2`): the anchor stands on the simplified
 * Chinese of a sentence group, which is hidden when the page shows the
 * traditional script or the English only, and the browser does not scroll to
 * a hidden element. Then land on the counterpart the reader sees: the same
 * group in the script shown, else its English. The landed group is marked in
 * both languages. Loads the sentence highlighting, the quote card and the
 * paragraphs' Cite dialog (quote.ts) when first needed.
 */

// Bundled on its own and imported by a URL Vite does not analyse (no module-preload helper), like the lookup.
import quoteUrl from './quote.ts?worker&url';

/** The page fragment, decoded; a malformed one is taken as it stands. */
function fragment(): string {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return location.hash.slice(1);
  }
}

const shown = (el: Element) => el.getClientRects().length > 0;

/** The visible copy of the sentence group a fragment names, when the anchored copy is hidden. */
function counterpart(id: string): HTMLElement | null {
  const anchored = id ? document.getElementById(id) : null;
  if (!anchored?.matches('.s') || shown(anchored)) return null;
  const paragraph = anchored.closest('.para');
  const copies = paragraph?.querySelectorAll<HTMLElement>(`.zh .s[data-s="${anchored.dataset.s}"], .en .s[data-s="${anchored.dataset.s}"]`) ?? [];
  return [...copies].find(shown) ?? null;
}

/** Land on a sentence link: scroll to the copy the reader sees, and mark the group in both languages. */
function land(): void {
  counterpart(fragment())?.scrollIntoView();
  document.querySelectorAll('.s-target').forEach((el) => el.classList.remove('s-target'));
  const anchored = document.getElementById(fragment());
  if (anchored?.matches('.s')) anchored.closest('.para')?.querySelectorAll(`.pair .s[data-s="${anchored.dataset.s}"]`).forEach((el) => el.classList.add('s-target'));
}

// After the header's height is known (view-controls sets it in its own observer, registered first), as the paragraph links do.
const header = document.querySelector<HTMLElement>('.site-header');
if (header) {
  let first = true;
  new ResizeObserver(() => {
    if (first) land();
    first = false;
  }).observe(header);
} else land();
addEventListener('hashchange', land);

// Highlighting and quoting (quote.ts) load on the reader's first pointing, focus or selection in the text.
let quote: Promise<unknown> | undefined;
const loadQuote = () => void (quote ??= import(/* @vite-ignore */ new URL(quoteUrl, location.href).href));
if (document.querySelector('script[data-quote-facts]')) {
  for (const type of ['pointerover', 'focusin']) addEventListener(type, (e) => (e.target as Element).closest?.('.pair') && loadQuote(), { passive: true });
  document.addEventListener('selectionchange', () => getSelection()?.isCollapsed === false && loadQuote());
  // A paragraph's Quote or Cite button: handed to the card or the dialog once they have loaded.
  document.addEventListener('click', (e) => {
    const button = (e.target as Element).closest?.('[data-quote-para], [data-cite-para]');
    if (button) void (loadQuote(), quote)!.then(() => document.dispatchEvent(new CustomEvent('para:button', { detail: button })));
  });
}
