/**
 * Printing: the page's address, taken at print time where no site address
 * was configured at build time, and the reader's choice of how much of the
 * digest to print (its differences from the answer by default).
 */
const root = document.documentElement;
const reopen: HTMLDetailsElement[] = [];

addEventListener('beforeprint', () => {
  for (const el of document.querySelectorAll<HTMLElement>('[data-print-address]:empty')) el.textContent = location.href.replace(/#.*$/, '');
  const choice = document.querySelector<HTMLSelectElement>('select[data-print-digest]')?.value;
  if (!choice) return;
  root.dataset.printDigest = choice;
  if (choice !== 'diff') return;
  // The differences are the point of a “differences only” printout: show them even where closed on screen.
  for (const d of document.querySelectorAll<HTMLDetailsElement>('.digest:not(.standalone) details.apparatus:not([open])')) {
    d.open = true;
    reopen.push(d);
  }
});

addEventListener('afterprint', () => {
  delete root.dataset.printDigest;
  for (const d of reopen.splice(0)) d.open = false;
});
