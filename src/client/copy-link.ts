/**
 * “Copy link” buttons: copy the address of a question, answer or paragraph,
 * in the reader's current view, and confirm it visibly and to screen readers.
 * The cite dialog's “Copy” buttons copy their citation's text the same way.
 */
import { currentState, viewUrl } from './view-state.ts';

const status = document.getElementById('copy-status');

/** Put text on the clipboard; false if the browser refused. */
async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

const labels = new WeakMap<Element, Node[]>();
const timers = new WeakMap<Element, number>();

document.addEventListener('click', async (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-copy-link], button[data-copy-citation]');
  if (!button) return;
  const { copyLink, copyCitation } = button.dataset;
  let text: string;
  if (copyLink) {
    const url = new URL(location.href);
    url.hash = copyLink;
    text = viewUrl(currentState(), url.href, true);
  } else text = button.closest('.cite-style')?.querySelector('.cite-text')?.textContent ?? '';
  const copied = await copy(text);
  const label = button.querySelector('.copy-label');
  if (!label) return;
  if (!labels.has(label)) labels.set(label, [...label.childNodes]);
  // The page carries the confirmation labels in both scripts (content/ui.yaml, converted by the build).
  const template = document.querySelector<HTMLTemplateElement>(`template[data-ui="${copied ? 'copied' : 'copyFailed'}"]`);
  if (template) label.replaceChildren(template.content.cloneNode(true));
  button.dataset.copied = 'true';
  if (status) status.textContent = `${(copied && copyCitation) || (template?.dataset.status ?? '')}: ${text}`;
  clearTimeout(timers.get(label));
  timers.set(
    label,
    window.setTimeout(() => {
      label.replaceChildren(...labels.get(label)!);
      delete button.dataset.copied;
    }, 2000),
  );
});
