/**
 * Glossary notes: a click, a tap, Enter, or keyboard focus on a marked term
 * opens its entry from the page's key-terms list as a popover beside the
 * term, without moving the text. Esc closes it and returns to the term;
 * scrolling or clicking elsewhere just closes it. Without JavaScript the term
 * is a plain link to that entry.
 */
const popover = document.getElementById('term-popover');

const GAP = 8;

/**
 * Put the note below its term, or above it when only there it fits (or there is more room there), never under the
 * sticky header or past the screen's edges: a note taller than the room scrolls.
 */
function place(anchor: Element, box: HTMLElement): void {
  const r = anchor.getBoundingClientRect();
  const top = (document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0) + GAP;
  const room = { below: innerHeight - r.bottom - 2 * GAP, above: r.top - top - GAP };
  box.style.maxHeight = '';
  const height = box.offsetHeight;
  const below = height <= room.below || (height > room.above && room.below >= room.above);
  box.style.maxHeight = `${Math.max(below ? room.below : room.above, 0)}px`;
  box.style.left = `${Math.max(GAP, Math.min(r.left, innerWidth - box.offsetWidth - GAP))}px`;
  box.style.top = `${below ? r.bottom + GAP : r.top - GAP - box.offsetHeight}px`;
}

if (popover && 'showPopover' in popover) {
  let opener: HTMLAnchorElement | null = null;
  let escaped = false;
  let openedAt = 0;

  const open = (term: HTMLAnchorElement, takeFocus: boolean): boolean => {
    const entry = document.getElementById(`term-${term.dataset.term}`);
    if (!entry) return false;
    popover.replaceChildren(entry.cloneNode(true));
    popover.firstElementChild?.removeAttribute('id');
    opener = term;
    if (!popover.matches(':popover-open')) popover.showPopover();
    openedAt = scrollY;
    place(term, popover);
    if (takeFocus) popover.focus({ preventScroll: true });
    return true;
  };

  document.addEventListener('click', (event) => {
    const term = (event.target as Element).closest<HTMLAnchorElement>('a.term');
    if (term && open(term, true)) event.preventDefault();
  });
  document.addEventListener('focusin', (event) => {
    const term = (event.target as Element).closest<HTMLAnchorElement>('a.term');
    if (term && term.matches(':focus-visible')) open(term, false);
  });
  document.addEventListener('focusout', (event) => {
    const leaving = (event.target as Element).closest('a.term');
    const next = event.relatedTarget as Element | null;
    if (leaving && !popover.contains(next) && popover.matches(':popover-open')) popover.hidePopover();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') escaped = popover.matches(':popover-open');
  });
  // The note is placed beside its term: once the reader scrolls the term away, close it.
  addEventListener('scroll', () => Math.abs(scrollY - openedAt) > 48 && popover.matches(':popover-open') && popover.hidePopover(), { passive: true });
  popover.addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState !== 'closed') return;
    if (escaped) opener?.focus({ preventScroll: true });
    escaped = false;
  });
}
