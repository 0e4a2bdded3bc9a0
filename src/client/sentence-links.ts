/**
 * Sentence links (`#china-us-a4-s2`): the anchor stands on the simplified
 * Chinese of a sentence group, which is hidden when the page shows the
 * traditional script or the English only, and the browser does not scroll to
 * a hidden element. Then land on the counterpart the reader sees: the same
 * group in the script shown, else its English.
 */

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

function land(): void {
  counterpart(fragment())?.scrollIntoView();
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

// A module of its own: its names do not meet those of the other client scripts.
export {};
