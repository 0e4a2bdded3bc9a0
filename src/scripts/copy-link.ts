/**
 * “Print” buttons, and “copy link” buttons: copy the address of a question, answer or paragraph,
 * in the reader's current view, and confirm it visibly and to screen readers.
 */
import { currentState, viewUrl } from './view-state.ts';

const status = document.getElementById('copy-status');

async function copy(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Older browsers, or a page without clipboard permission: the selection fallback.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.cssText = 'position:fixed;left:-10000px';
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
}

document.addEventListener('click', async (event) => {
  if ((event.target as Element).closest('button[data-print]')) {
    print();
    return;
  }
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-copy-link]');
  if (!button) return;
  const url = new URL(location.href);
  url.hash = button.dataset.copyLink!;
  const link = viewUrl(currentState(), url.href);
  await copy(link);
  const label = button.querySelector('.copy-label');
  const original = label ? [...label.childNodes] : [];
  const zh = document.createElement('span');
  zh.lang = 'zh-Hans';
  zh.textContent = '已复制';
  label?.replaceChildren(zh, ' Copied');
  button.dataset.copied = 'true';
  if (status) status.textContent = `Link copied: ${link}`;
  setTimeout(() => {
    label?.replaceChildren(...original);
    delete button.dataset.copied;
  }, 2000);
});
