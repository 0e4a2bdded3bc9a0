const HAN = /\p{Script=Han}/u;
const CHINESE = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF“”‘’]/u;

/**
 * Split mixed English/Chinese text into runs. Quotes and CJK punctuation join
 * a Chinese run only when they touch Han characters: `the “中国” term` is
 * `the `, `“中国”`, ` term`.
 */
export function chineseRuns(text: string): { zh: boolean; text: string }[] {
  const chars = [...text];
  const han = (k: number) => HAN.test(chars[k] ?? '');
  const inRun = chars.map(() => false);
  chars.forEach((_, k) => (inRun[k] = han(k)));
  // Punctuation joins the Han characters it touches, outwards from them, in both directions.
  for (let k = 0; k < chars.length; k++) if (inRun[k]) for (let j = k + 1; j < chars.length && !inRun[j] && CHINESE.test(chars[j]!); j++) inRun[j] = true;
  for (let k = chars.length - 1; k >= 0; k--) if (han(k)) for (let j = k - 1; j >= 0 && !inRun[j] && CHINESE.test(chars[j]!); j--) inRun[j] = true;
  const runs: { zh: boolean; text: string }[] = [];
  chars.forEach((c, k) => {
    const last = runs[runs.length - 1];
    if (last && last.zh === inRun[k]) last.text += c;
    else runs.push({ zh: inRun[k]!, text: c });
  });
  return runs;
}
