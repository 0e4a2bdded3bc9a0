/**
 * Sentences and quotations, loaded on the reader's first pointing, focus or
 * selection in the text (see sentence-links.ts):
 * - pointing at, tapping or focusing into a sentence highlights it and its
 *   counterpart in the other language (every copy of its group `.s[data-s]`
 *   in the paragraph), with a background only, so nothing moves;
 * - selecting text offers a “Quote” button; the quote card shows the
 *   selected sentences in the script on screen, their English and the
 *   attribution line (from the page’s quote facts, built from the edition),
 *   and copies the quotation as plain text and as HTML, or the link to it.
 */
import './cite-paragraph.ts'; // a paragraph's Cite, loaded with the quote card (sentence-links.ts hands it each press)

interface Facts {
  lines: Record<string, Record<string, string>>;
  labels: Record<string, { hans: string; hant: string }>;
  status: string;
}
const facts = JSON.parse(document.querySelector('script[data-quote-facts]')?.textContent ?? 'null') as Facts | null;
const root = document.documentElement;
const label = (k: string) => {
  const l = facts?.labels[k];
  return (root.dataset.script === 'hant' || root.dataset.script === 'hk' ? l?.hant : l?.hans) ?? k;
};
const shown = (el: Element) => el.getClientRects().length > 0;

// --- Highlighting a sentence and its counterpart -------------------------------------------

let lit: Element[] = [];
function light(sentence: Element | null): void {
  lit.forEach((el) => el.classList.remove('s-lit'));
  lit = [];
  const para = sentence?.closest('.para');
  if (!sentence || !para) return;
  lit = [...para.querySelectorAll(`.pair .s[data-s="${(sentence as HTMLElement).dataset.s}"]`)];
  lit.forEach((el) => el.classList.add('s-lit'));
}
const sentenceOf = (target: EventTarget | null) => (target instanceof Element ? target.closest('.pair .s') : null);
document.addEventListener('pointerover', (e) => light(sentenceOf(e.target)));
document.addEventListener('focusin', (e) => light(sentenceOf(e.target)));

// --- What a selection quotes -----------------------------------------------------------------

/** A paragraph's quoted sentence groups, in order. */
interface Quoted {
  para: HTMLElement;
  groups: number[];
}

/** The sentence groups a range touches, per paragraph, in the copy the reader sees. */
function quotedBy(range: Range): Quoted[] {
  const out: Quoted[] = [];
  for (const para of document.querySelectorAll<HTMLElement>('.para')) {
    if (!range.intersectsNode(para)) continue;
    const groups = new Set<number>();
    for (const s of para.querySelectorAll<HTMLElement>('.pair .s')) {
      if (shown(s) && range.intersectsNode(s) && selectedText(range, s)) groups.add(Number(s.dataset.s));
    }
    if (groups.size) out.push({ para, groups: [...groups].sort((a, b) => a - b) });
  }
  return out;
}

/** Whether the range covers any visible character of the element (not only its edge or its pinyin). */
function selectedText(range: Range, el: Element): boolean {
  const part = document.createRange();
  part.selectNodeContents(el);
  if (range.compareBoundaryPoints(Range.START_TO_START, part) > 0) part.setStart(range.startContainer, range.startOffset);
  if (range.compareBoundaryPoints(Range.END_TO_END, part) < 0) part.setEnd(range.endContainer, range.endOffset);
  const holder = document.createElement('div');
  holder.append(part.cloneContents());
  holder.querySelectorAll('rt, .sic-mark').forEach((n) => n.remove());
  return /\S/.test(holder.textContent ?? '');
}

/** The text of a paragraph's groups in one language: the Chinese in the script on screen, without pinyin or markers. */
function textOf(para: HTMLElement, groups: number[], lang: 'zh' | 'en'): string {
  const copy = lang === 'en' ? para.querySelector('.pair .en') : para.querySelector('.pair .zh > .zh-run') ?? para.querySelector('.pair .zh');
  return groups
    .map((n) => {
      // A paragraph of one sentence may carry no group spans: then the whole copy is the sentence.
      const s = (copy?.querySelector(`.s[data-s="${n}"]`) ?? (copy?.querySelector('.s') ? null : copy))?.cloneNode(true) as Element | undefined;
      s?.querySelectorAll('rt, .sic-mark').forEach((x) => x.remove());
      return (s?.textContent ?? '').trim();
    })
    .join(lang === 'en' ? ' ' : '');
}

/** The attribution line of a paragraph (edition facts via the page’s quote facts) with its label (¶ 4, Q1, D2). */
function attribution(para: HTMLElement): string {
  const m = /^(.+)-([qadp])\d+$/.exec(para.id);
  const line = m ? facts?.lines[m[1]!]?.[m[2]!] : facts?.lines[para.id]?.[''];
  const mark = para.querySelector('.para-link')?.textContent?.trim() ?? '';
  return [line, mark].filter(Boolean).join(', ');
}

/** The address of a quotation: its sentence when it is one group, else its paragraph. */
function linkOf(q: Quoted): string {
  const url = new URL(location.href);
  url.search = '';
  url.hash = q.groups.length === 1 ? `${q.para.id}-s${q.groups[0]}` : q.para.id;
  return url.href;
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The quotation as plain text and as HTML: Chinese, English, attribution and link, paragraph by paragraph. */
function quotation(quoted: Quoted[]): { text: string; html: string; link: string } {
  const zhLang = document.querySelector('.pair .zh > .zh-run')?.getAttribute('lang') ?? 'zh-Hans';
  const parts = quoted.map((q) => ({ zh: textOf(q.para, q.groups, 'zh'), en: textOf(q.para, q.groups, 'en'), by: attribution(q.para), link: linkOf(q) }));
  return {
    link: parts[0]?.link ?? location.href,
    text: parts.map((p) => `“${p.zh}”\n“${p.en}”\n— ${p.by} — ${p.link}`).join('\n\n'),
    html: parts
      .map((p) => `<blockquote lang="${zhLang}">${escape(p.zh)}</blockquote><blockquote lang="en">${escape(p.en)}</blockquote><p>— <a href="${escape(p.link)}">${escape(p.by)}</a></p>`)
      .join(''),
  };
}

// --- The Quote button and the quote card ----------------------------------------------------

const button = document.createElement('button');
button.type = 'button';
button.className = 'quote-button no-print';
button.hidden = true;
button.dataset.quoteButton = '';
document.body.append(button);

const card = document.createElement('div');
card.id = 'quote-card';
card.className = 'quote-card no-print';
card.setAttribute('popover', '');
card.setAttribute('role', 'dialog');
card.setAttribute('aria-label', label('quote'));
document.body.append(card);

let current: Quoted[] = [];

function onSelection(): void {
  const sel = getSelection();
  const range = sel && !sel.isCollapsed && sel.rangeCount ? sel.getRangeAt(0) : null;
  current = range ? quotedBy(range) : [];
  if (!range || !current.length) {
    button.hidden = true;
    return;
  }
  const box = [...range.getClientRects()].at(-1) ?? range.getBoundingClientRect();
  button.textContent = label('quote');
  button.style.top = `${box.bottom + scrollY + 6}px`;
  button.style.left = `${Math.max(8, Math.min(box.right + scrollX - 40, document.documentElement.clientWidth - 120))}px`;
  button.hidden = false;
}
document.addEventListener('selectionchange', onSelection);

/** Open the quote card for the given sentence groups. */
function openCard(quoted: Quoted[]): void {
  const q = quotation(quoted);
  card.replaceChildren();
  const body = document.createElement('div');
  body.className = 'quote-body';
  body.innerHTML = q.html;
  const actions = document.createElement('p');
  actions.className = 'quote-actions';
  const make = (k: string, run: () => Promise<void>) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label(k);
    b.addEventListener('click', () => void run().then(() => (b.textContent = label('copied')), () => (b.textContent = label('copyFailed'))));
    return b;
  };
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = label('close');
  close.addEventListener('click', () => card.hidePopover());
  actions.append(
    make('copyQuotation', async () => {
      await navigator.clipboard.write([new ClipboardItem({ 'text/plain': new Blob([q.text], { type: 'text/plain' }), 'text/html': new Blob([q.html], { type: 'text/html' }) })]);
      const status = document.getElementById('copy-status');
      if (status) status.textContent = facts?.status ?? '';
    }),
    make('copyLink', () => navigator.clipboard.writeText(q.link)),
    close,
  );
  card.append(body, actions);
  card.showPopover();
  (actions.firstChild as HTMLElement).focus();
}

button.addEventListener('pointerdown', (e) => e.preventDefault()); // keep the selection
button.addEventListener('click', () => {
  if (!current.length) return;
  const quoted = current;
  button.hidden = true;
  openCard(quoted);
});

// A paragraph's Quote button (sentence-links.ts hands its click over): the whole paragraph.
document.addEventListener('para:button', (e) => {
  const para = document.getElementById((e as CustomEvent<HTMLElement>).detail.dataset.quotePara ?? '');
  const groups = [...(para?.querySelectorAll<HTMLElement>('.pair .en .s') ?? [])].map((s) => Number(s.dataset.s));
  if (para) openCard([{ para, groups: groups.length ? groups : [1] }]);
});

// What the reader was doing when this module loaded.
light(document.querySelector('.pair .s:hover') ?? sentenceOf(document.activeElement));
onSelection();
