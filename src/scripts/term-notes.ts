/**
 * Glossary notes: a click (or Enter) on a marked term opens its entry from
 * the page's key-terms list as a popover beside the term, without moving the
 * text. Without JavaScript the term is a plain link to that entry.
 */
const popover = document.getElementById('term-popover');

function place(anchor: Element, box: HTMLElement): void {
  const r = anchor.getBoundingClientRect();
  const below = r.bottom + 8 + box.offsetHeight < innerHeight;
  box.style.left = `${Math.max(8, Math.min(r.left, innerWidth - box.offsetWidth - 8))}px`;
  box.style.top = `${below ? r.bottom + 8 : Math.max(8, r.top - box.offsetHeight - 8)}px`;
}

if (popover && 'showPopover' in popover) {
  let opener: HTMLElement | null = null;
  document.addEventListener('click', (event) => {
    const term = (event.target as Element).closest<HTMLAnchorElement>('a.term');
    const entry = term && document.getElementById(`term-${term.dataset.term}`);
    if (!term || !entry) return;
    event.preventDefault();
    popover.replaceChildren(entry.cloneNode(true));
    popover.firstElementChild?.removeAttribute('id');
    opener = term;
    popover.showPopover();
    place(term, popover);
    popover.focus();
  });
  popover.addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState === 'closed') opener?.focus();
  });
}
