/** CC-CEDICT's numbered pinyin → tone marks (`zheng4 dang1` → `zhèng dāng`, `lu:4` → `lǜ`). Pure. */
const MARKS: Record<string, string> = { a: 'āáǎà', e: 'ēéěè', i: 'īíǐì', o: 'ōóǒò', u: 'ūúǔù', ü: 'ǖǘǚǜ' };

export function markSyllable(numbered: string): string {
  const m = /^([A-Za-zü:]+)([1-5])$/.exec(numbered);
  if (!m) return numbered.replace(/u:/g, 'ü').replace(/U:/g, 'Ü');
  const body = m[1]!.replace(/u:/g, 'ü').replace(/U:/g, 'Ü').replace(/v/g, 'ü');
  const tone = Number(m[2]);
  if (tone === 5) return body;
  const lower = body.toLowerCase();
  let at = lower.search(/[ae]/);
  if (at < 0) at = lower.indexOf('ou');
  if (at < 0) {
    for (let i = lower.length - 1; i >= 0; i--) if ('iouü'.includes(lower[i]!)) { at = i; break; }
  }
  if (at < 0) return body;
  const c = lower[at]!;
  const marked = MARKS[c]![tone - 1]!;
  const upper = body[at] !== c;
  return body.slice(0, at) + (upper ? marked.toUpperCase() : marked) + body.slice(at + 1);
}

export function markPinyin(numbered: string): string {
  return numbered.split(' ').filter(Boolean).map(markSyllable).join(' ');
}

/** Definitions cite pinyin as `[zhi1]` or `[Chao2 xian3]`: mark those too. */
export function markDefinition(text: string): string {
  return text.replace(/\[([A-Za-z:]+[1-5](?: [A-Za-z:]+[1-5])*)\]/g, (_, p: string) => `[${markPinyin(p)}]`);
}

/** Lower-case, tone marks removed: the comparison key of a reading's letters. */
export function toneless(reading: string): string {
  return reading.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
