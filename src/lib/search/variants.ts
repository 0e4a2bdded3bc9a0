import * as OpenCC from 'opencc-js';

/** Every string in one of OpenCC's dictionary tables (`"a b|c d"` strings, possibly nested in arrays). */
function tableStrings(table: unknown): string[] {
  if (typeof table === 'string') return [table];
  if (Array.isArray(table)) return table.flatMap(tableStrings);
  return [];
}

/**
 * Traditional characters (OpenCC's traditional, Taiwan and Hong Kong
 * character tables) whose simplified form is one of `targets`, each with
 * that form: the spellings a reader may type for the characters of this text
 * beyond the forms the text itself uses (臺 for 台, 裏 and 裡 for 里).
 */
export function traditionalVariants(targets: ReadonlySet<string>): Map<string, string> {
  const candidates = new Set<string>();
  for (const table of [...Object.values(OpenCC.Locale.to), ...Object.values(OpenCC.Locale.from)]) {
    for (const text of tableStrings(table)) for (const c of text) if (/\p{Script=Han}/u.test(c)) candidates.add(c);
  }
  const converters = (['t', 'tw', 'hk'] as const).map((from) => OpenCC.Converter({ from, to: 'cn' }));
  const out = new Map<string, string>();
  for (const c of [...candidates].sort()) {
    for (const convert of converters) {
      const s = convert(c);
      if (s !== c && [...s].length === 1 && targets.has(s)) {
        out.set(c, s);
        break;
      }
    }
  }
  return out;
}
