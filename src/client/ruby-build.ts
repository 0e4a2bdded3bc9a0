/**
 * Building the ruby of a run of Chinese from its pinyin data (see
 * src/utils/zh-run.ts), for zh-runs.ts: each text node becomes its words,
 * one <ruby> per word and one <rt> per Han character (its tone as a class
 * `t1`…`t5` for tone colours), hidden from assistive technology. The n-th
 * Han character of a run takes the n-th syllable.
 */
import { toneOf, toToneNumber } from '../schemas/pinyin.ts';
import { readSyllables } from '../utils/zh-run-format.ts';

const HAN = /\p{Script=Han}/u;
const syllables = (run: HTMLElement) => readSyllables(run.dataset.py ?? '');
const form = (syl: string, num: boolean) => (num ? toToneNumber(syl) : syl);
const escape = (c: string) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c);

/**
 * Build the ruby of the characters of `run` inside `within` that have none
 * yet; `nodes` are the run's character text nodes in order. Whether the run
 * has pinyin (a label has none).
 */
export function expand(run: HTMLElement, nodes: readonly Text[], within: Element, num: boolean): boolean {
  const syl = syllables(run);
  if (!syl.length) return false;
  const template = document.createElement('template');
  let k = 0;
  for (const node of nodes) {
    const built = node.parentElement?.localName === 'ruby';
    if (built || !within.contains(node)) {
      for (const c of node.data) if (HAN.test(c)) k++;
      continue;
    }
    let html = '';
    let open = false;
    for (const c of node.data) {
      if (!HAN.test(c)) {
        if (open) html += '</ruby>';
        open = false;
        html += escape(c);
        continue;
      }
      const next = syl[k++] ?? { cont: false, syl: '' };
      if (open && !next.cont) html += '</ruby>';
      if (!open || !next.cont) html += '<ruby>';
      open = true;
      html += `${escape(c)}<rt class="t${toneOf(next.syl)}" aria-hidden="true">${form(next.syl, num)}</rt>`;
    }
    template.innerHTML = html + (open ? '</ruby>' : '');
    node.replaceWith(template.content);
  }
  return true;
}

/** Tone marks or numbers in the <rt>s a run has (the n-th Han character's <rt> takes the n-th syllable). */
export function setTones(run: HTMLElement, nodes: readonly Text[], num: boolean): void {
  const syl = syllables(run);
  let k = 0;
  for (const node of nodes) {
    for (const c of node.data) {
      if (!HAN.test(c)) continue;
      const rt = node.nextSibling;
      if (node.parentElement?.localName === 'ruby' && rt instanceof HTMLElement && rt.localName === 'rt') rt.textContent = form(syl[k]?.syl ?? '', num);
      k++;
    }
  }
}
