/** The vocabulary list's controls: sort by order of appearance, frequency or HSK level; hide HSK 1–3. */
const form = document.querySelector<HTMLFormElement>('[data-vocab-tools]');
const table = document.querySelector<HTMLTableElement>('[data-vocab]');
if (form && table) {
  const body = table.tBodies[0]!;
  const num = (r: HTMLElement, k: string) => Number(r.dataset[k]);
  form.addEventListener('change', () => {
    const sort = (form.elements.namedItem('sort') as HTMLSelectElement).value;
    const rows = [...body.rows];
    rows.sort((a, b) => (sort === 'count' ? num(b, 'count') - num(a, 'count') : sort === 'level' ? num(a, 'level') - num(b, 'level') : 0) || num(a, 'order') - num(b, 'order'));
    body.append(...rows);
    table.toggleAttribute('data-hide-basic', (form.elements.namedItem('hide') as HTMLInputElement).checked);
  });
}
