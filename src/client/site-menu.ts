/** The phone header's menu: the Menu button opens and closes it; Escape closes it and returns to the button. */
const toggle = document.querySelector<HTMLButtonElement>('[data-menu-toggle]');
const header = toggle?.closest('.site-header');

function setOpen(open: boolean): void {
  toggle?.setAttribute('aria-expanded', String(open));
  header?.classList.toggle('menu-open', open);
}

toggle?.addEventListener('click', () => setOpen(toggle.getAttribute('aria-expanded') !== 'true'));
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || toggle?.getAttribute('aria-expanded') !== 'true') return;
  setOpen(false);
  // In the sticky header: returning focus must not scroll the page.
  toggle.focus({ preventScroll: true });
});
