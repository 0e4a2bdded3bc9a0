const HAN = /\p{Script=Han}/u;
const CHINESE = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF“”‘’]/u;

/**
 * Split mixed English/Chinese text into runs. Quotes and CJK punctuation join
 * a Chinese run only when they touch Han characters.
 */
export function chineseRuns(text: string): { zh: boolean; text: string }[] {
  const runs: { zh: boolean; text: string }[] = [];
  const chars = [...text];
  let i = 0;
  while (i < chars.length) {
    if (HAN.test(chars[i]!)) {
      let j = i;
      const joins = (k: number) => HAN.test(chars[k]!) || (CHINESE.test(chars[k]!) && (HAN.test(chars[k + 1] ?? '') || HAN.test(chars[k - 1] ?? '')));
      while (j < chars.length && joins(j)) j++;
      runs.push({ zh: true, text: chars.slice(i, j).join('') });
      i = j;
    } else {
      let j = i;
      while (j < chars.length && !HAN.test(chars[j]!)) j++;
      const piece = chars.slice(i, j).join('');
      const last = runs[runs.length - 1];
      if (last && !last.zh) last.text += piece;
      else runs.push({ zh: false, text: piece });
      i = j;
    }
  }
  return runs;
}
