/**
 * A paragraph's Cite: the page has one paragraph dialog
 * (ParagraphCiteDialog.astro); pressing a paragraph's Cite fills it with that
 * paragraph's words, read once per topic from its `cite/paragraphs.json`
 * (src/utils/cite-dialog.ts writes them, as it writes the topic's dialog),
 * and opens it. Part of the quote card's module (quote.ts), loaded on the
 * first press (sentence-links.ts), which hands each press over in a
 * `para:button` event (detail: the button).
 */
import type { CiteDialogText } from '../utils/cite-dialog.ts';

const files = new Map<string, Promise<Record<string, CiteDialogText>>>();

function wordsOf(url: string): Promise<Record<string, CiteDialogText>> {
  let file = files.get(url);
  if (!file) {
    file = fetch(url).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${url}: ${r.status}`))));
    files.set(url, file);
    file.catch(() => files.delete(url)); // a failed read is tried again on the next press
  }
  return file;
}

/** Fill the page's paragraph dialog with the words of the paragraph `button` cites, and open it. */
async function openParagraphCite(button: HTMLElement): Promise<void> {
  const dialog = document.querySelector<HTMLDialogElement>('dialog[data-cite-paragraph]');
  const { citePara: id, citeFrom: from } = button.dataset;
  if (!dialog || !id || !from) return;
  const text = (await wordsOf(from))[id];
  if (!text) throw new Error(`${from} has no paragraph ${id}`);
  dialog.setAttribute('aria-label', text.name);
  dialog.querySelector('.cite-heading')!.textContent = text.heading;
  for (const style of dialog.querySelectorAll<HTMLElement>('.cite-style')) {
    style.querySelector('.cite-text')!.textContent = text.references[style.dataset.style as keyof CiteDialogText['references']];
  }
  const link = dialog.querySelector<HTMLAnchorElement>('.cite-link a')!;
  link.href = text.link?.href ?? '';
  link.textContent = text.link?.text ?? '';
  for (const a of dialog.querySelectorAll<HTMLAnchorElement>('.cite-downloads a')) a.href = text.downloads[a.dataset.format as keyof CiteDialogText['downloads']];
  if (!dialog.open) dialog.showModal();
}

document.addEventListener('para:button', (e) => {
  const button = (e as CustomEvent<HTMLElement>).detail;
  if (button.dataset.citePara) void openParagraphCite(button);
});
