/** A run of text in one script: Chinese (Han characters and CJK punctuation) or other. */
export interface ScriptRun {
  zh: boolean;
  text: string;
}

const CHINESE = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF“”‘’]/u;
const HAN = /\p{Script=Han}/u;

/**
 * Split mixed English/Chinese text (editorial notes that quote the source)
 * into runs, so each run can carry the right `lang`. Quotes and CJK
 * punctuation join a Chinese run only when they touch Han characters.
 */
export function scriptRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  const chars = [...text];
  let i = 0;
  while (i < chars.length) {
    if (HAN.test(chars[i]!)) {
      let j = i;
      while (j < chars.length && (HAN.test(chars[j]!) || (CHINESE.test(chars[j]!) && j + 1 < chars.length && HAN.test(chars[j + 1]!)) || (CHINESE.test(chars[j]!) && HAN.test(chars[j - 1] ?? '')))) j++;
      runs.push({ zh: true, text: chars.slice(i, j).join('') });
      i = j;
    } else {
      let j = i;
      while (j < chars.length && !HAN.test(chars[j]!)) j++;
      const last = runs[runs.length - 1];
      const piece = chars.slice(i, j).join('');
      if (last && !last.zh) last.text += piece;
      else runs.push({ zh: false, text: piece });
      i = j;
    }
  }
  return runs;
}
