/**
 * Check that the numbers of a Chinese paragraph survive in its English
 * translation. Amounts in 万 (10^4) and 亿 (10^8) may be converted
 * (2400亿 → 240 billion, 1.7万 → 17,000); a month (11月) may be named.
 */

const NUMBER = /(\d+(?:\.\d+)?)(万|亿)?(月)?/g;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Ways an English text may write one number of the Chinese. */
export function englishForms(digits: string, unit: string | undefined, month: boolean): string[] {
  const value = Number(digits);
  const forms = new Set<string>([digits, withCommas(digits)]);
  if (month && Number.isInteger(value) && value >= 1 && value <= 12) forms.add(MONTHS[value - 1]!);
  const scale = unit === '万' ? 1e4 : unit === '亿' ? 1e8 : 1;
  if (scale > 1) {
    const total = round(value * scale);
    forms.add(withCommas(String(total)));
    if (total >= 1e9) forms.add(`${trim(total / 1e9)} billion`);
    if (total >= 1e6) forms.add(`${trim(total / 1e6)} million`);
    if (total >= 1e4 && total < 1e6) forms.add(`${trim(total / 1e3)} thousand`);
  }
  return [...forms];
}

/**
 * The numbers of `zh` that `en` does not contain in any accepted form,
 * as printed in the Chinese (e.g. `["2400亿"]`).
 */
export function missingNumbers(zh: string, en: string): string[] {
  const missing: string[] = [];
  for (const m of zh.matchAll(NUMBER)) {
    const [printed, digits, unit, month] = m;
    const forms = englishForms(digits!, unit, month !== undefined);
    if (!forms.some((form) => containsNumber(en, form))) missing.push(printed.replace(/月$/, '') + (month ? '月' : ''));
  }
  return missing;
}

function containsNumber(text: string, form: string): boolean {
  let from = 0;
  for (;;) {
    const i = text.indexOf(form, from);
    if (i < 0) return false;
    const before = text[i - 1] ?? ' ';
    const after = text.slice(i + form.length, i + form.length + 2);
    // Not part of a longer number: "240" must not match inside "2400" or "1,240".
    if (!/[\d.,]/.test(before) && !/^\d|^[.,]\d/.test(after)) return true;
    from = i + 1;
  }
}

function withCommas(digits: string): string {
  const [whole, fraction] = digits.split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

function trim(n: number): string {
  return String(round(n));
}
