/**
 * The reading view's text rewrites, loaded by view-controls.ts the first time
 * a reader asks for one: tone numbers in the pinyin (zhōng → zhong1) and the
 * Hong Kong forms of the traditional text. Each `view:forms` event (and the
 * load itself) brings the page in line with the view on <html>.
 */
export {}; // a module: its names (root, …) are its own, not globals shared with the other client scripts
const root = document.documentElement;

const MARKS: Record<string, string> = {};
'āáǎàaēéěèeīíǐìiōóǒòoūúǔùuǖǘǚǜüĀÁǍÀAĒÉĚÈEŌÓǑÒO'.replace(/(.)(.)(.)(.)(.)/g, (_, a, b, c, d, plain) => {
  [a, b, c, d].forEach((m, i) => (MARKS[m] = plain + (i + 1)));
  return '';
});

function toNumber(syllable: string): string {
  let tone = '5';
  let plain = '';
  for (const ch of syllable) {
    const m = MARKS[ch];
    if (m) {
      plain += m[0];
      tone = m[1]!;
    } else plain += ch;
  }
  return plain + tone;
}

/** Tone numbers in every <rt> (on), or the tone marks back (off). */
function showToneNumbers(on: boolean): void {
  for (const rt of document.querySelectorAll<HTMLElement>('rt')) {
    const marked = (rt.dataset.m ??= rt.textContent ?? '');
    rt.textContent = on ? toNumber(marked) : marked;
  }
}

/**
 * Hong Kong forms: the page carries the Taiwan-standard text and, per run,
 * the characters where Hong Kong differs (`data-hk="3:台,17:着"`); patch them
 * in or restore them, and tag the runs with the matching language.
 */
function showHongKongForms(on: boolean): void {
  for (const run of document.querySelectorAll<HTMLElement>('.hant[data-hk]')) {
    const patch = new Map(run.dataset.hk!.split(',').map((p) => p.split(':') as [string, string]).map(([i, c]) => [Number(i), c]));
    let index = 0;
    const walker = document.createTreeWalker(run, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (node.parentElement?.closest('rt, .sic-mark')) continue;
      const chars = [...node.data];
      const original = (node as Text & { tw?: string }).tw ?? node.data;
      const next = on ? chars.map((c, k) => patch.get(index + k) ?? c).join('') : original;
      if (on) (node as Text & { tw?: string }).tw = original;
      if (next !== node.data) node.data = next;
      index += chars.length;
    }
  }
  for (const run of document.querySelectorAll<HTMLElement>('.hant')) run.lang = on ? 'zh-Hant-HK' : 'zh-Hant-TW';
}

let shown = { num: false, hk: false };
function follow(): void {
  const num = root.dataset.tones === 'num';
  const hk = root.dataset.script === 'hk';
  if (num !== shown.num) showToneNumbers(num);
  if (hk !== shown.hk) showHongKongForms(hk);
  shown = { num, hk };
}
document.addEventListener('view:forms', follow);
follow();
