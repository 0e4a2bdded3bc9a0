/**
 * Keyboard shortcuts for the common actions (listed in the help dialog, `?`):
 * `/` search, `n`/`p` next/previous topic, `y` pinyin, `t` script, `l` language mode;
 * and the page-action buttons that go with them (print, the help dialog).
 */
function click(selector: string): void {
  document.querySelector<HTMLElement>(selector)?.click();
}

const actions: Record<string, () => void> = {
  '/': () => document.querySelector<HTMLInputElement>('[data-search-input]')?.focus(),
  n: () => click('a[rel="next"]'),
  p: () => click('a[rel="prev"]'),
  y: () => click('input[name="pinyin"]'),
  t: () => click(`input[name="script"]:not(:checked)`),
  l: () => {
    const radios = [...document.querySelectorAll<HTMLInputElement>('input[name="mode"]')];
    const i = radios.findIndex((r) => r.checked);
    radios[(i + 1) % radios.length]?.click();
  },
  '?': () => document.querySelector<HTMLDialogElement>('#shortcuts-help')?.showModal(),
};

document.addEventListener('keydown', (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
  const target = event.target as HTMLElement;
  // An open dialog only: a dialog just closed can keep focus until the browser's focus fix-up runs.
  if (target.closest('input, textarea, select, [contenteditable="true"], dialog[open]')) return;
  const action = actions[event.key];
  if (!action) return;
  event.preventDefault();
  action();
});

// The list's own buttons open and close it by their `command` (no script).
document.addEventListener('click', (event) => {
  if ((event.target as Element).closest('button[data-print]')) print();
});
