/**
 * Small strict readers of the citation downloads, written for the tests and
 * independent of citation-js (which writes them): BibTeX, RIS and CSL-JSON,
 * each reduced to the fields the tests compare (title, date, URL, authors).
 * Anything they do not understand is an error, naming the line.
 */

/** What a reference manager would take from a record. */
export interface ReadRecord {
  type: string;
  key: string | null;
  title: string;
  /** `YYYY-MM-DD` (or shorter when the record has no day or month). */
  date: string;
  url: string | null;
  authors: string[];
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ymd = (y: number, m?: number, d?: number) => [String(y).padStart(4, '0'), m && String(m).padStart(2, '0'), d && String(d).padStart(2, '0')].filter(Boolean).join('-');

/** LaTeX text commands a BibTeX value may carry, and the characters they stand for. */
const LATEX: Record<string, string> = {
  textquoteright: '’',
  textquoteleft: '‘',
  textquotedblleft: '“',
  textquotedblright: '”',
  textparagraph: '¶',
  textendash: '–',
  textemdash: '—',
  textsection: '§',
};

/** A BibTeX field value as text: commands and escapes decoded, protective braces dropped, `--` an en dash. */
export function decodeBibtex(value: string, where = 'value'): string {
  let out = value.replace(/\\([a-zA-Z]+)(?:\{\}|\s|(?=[^a-zA-Z]|$))/g, (_whole, name: string) => {
    const ch = LATEX[name];
    if (ch === undefined) throw new Error(`${where}: unknown LaTeX command \\${name}`);
    return ch;
  });
  out = out.replace(/\\([#&%_$])/g, '$1');
  if (/\\/.test(out)) throw new Error(`${where}: an escape this reader does not know in ${JSON.stringify(value)}`);
  return out.replace(/---/g, '—').replace(/--/g, '–').replace(/[{}]/g, '');
}

/** Read a BibTeX file: `@type{key, field = {…} | "…" | number, …}` entries and nothing else. */
export function parseBibtex(text: string): ReadRecord[] {
  const records: ReadRecord[] = [];
  let i = 0;
  const line = () => text.slice(0, i).split('\n').length;
  const fail = (msg: string): never => {
    throw new Error(`BibTeX line ${line()}: ${msg}`);
  };
  const space = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const braced = (): string => {
    if (text[i] !== '{') fail('expected {');
    let depth = 0;
    const start = i;
    for (; i < text.length; i++) {
      if (text[i] === '\\') {
        i++;
        continue;
      }
      if (text[i] === '{') depth++;
      else if (text[i] === '}' && --depth === 0) return text.slice(start + 1, i++);
    }
    return fail('unbalanced braces');
  };
  while ((space(), i < text.length)) {
    if (text[i] !== '@') fail(`expected @, found ${JSON.stringify(text[i])}`);
    const type = /^@([a-zA-Z]+)\{/.exec(text.slice(i))?.[1] ?? fail('bad entry type');
    i += type.length + 2;
    const key = /^([^\s,{}]+),/.exec(text.slice(i))?.[1] ?? fail('bad entry key');
    i += key.length + 1;
    const fields: Record<string, string> = {};
    for (;;) {
      space();
      if (text[i] === '}') {
        i++;
        break;
      }
      const name = /^([a-zA-Z][\w-]*)\s*=\s*/.exec(text.slice(i)) ?? fail('expected a field');
      i += name[0].length;
      const field = name[1]!.toLowerCase();
      if (field in fields) fail(`field ${field} twice`);
      let value: string;
      if (text[i] === '{') value = braced();
      else if (text[i] === '"') {
        const end = text.indexOf('"', i + 1);
        if (end < 0) fail('unterminated string');
        value = text.slice(i + 1, end);
        i = end + 1;
      } else {
        value = /^\d+/.exec(text.slice(i))?.[0] ?? fail(`bad value of ${field}`);
        i += value.length;
      }
      fields[field] = value;
      space();
      if (text[i] === ',') i++;
      else if (text[i] !== '}') fail(`expected , or } after ${field}`);
    }
    const year = Number(fields.year ?? fail(`${key}: no year`));
    let month: number | undefined;
    let day: number | undefined;
    if (fields.month) {
      const m = /^([a-z]{3})(?:\s+(\d{1,2}))?$/i.exec(fields.month) ?? /^(\d{1,2})$/.exec(fields.month) ?? fail(`${key}: month ${fields.month}`);
      month = /^\d+$/.test(m[1]!) ? Number(m[1]) : MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
      if (!month) fail(`${key}: month ${fields.month}`);
      if (m[2]) day = Number(m[2]);
    }
    if (fields.day) day = Number(fields.day);
    const authors = fields.author ? fields.author.split(/\s+and\s+/).map((a) => decodeBibtex(a, `${key}.author`)) : [];
    records.push({
      type: type.toLowerCase(),
      key,
      title: decodeBibtex(fields.title ?? fail(`${key}: no title`), `${key}.title`),
      date: ymd(year, month, day),
      url: fields.url ?? null,
      authors,
    });
  }
  return records;
}

/** Read an RIS file: `XX  - value` lines, each record from `TY` to `ER`; any other line is an error. */
export function parseRis(text: string): ReadRecord[] {
  const records: ReadRecord[] = [];
  let tags: [string, string][] | null = null;
  text.split(/\r?\n/).forEach((raw, n) => {
    if (raw.trim() === '') return;
    const m = /^([A-Z][A-Z0-9])  - ?(.*)$/.exec(raw);
    if (!m) throw new Error(`RIS line ${n + 1}: not a tag line: ${JSON.stringify(raw)}`);
    const [, tag, value] = m as unknown as [string, string, string];
    if (tag === 'TY') {
      if (tags) throw new Error(`RIS line ${n + 1}: TY inside a record`);
      tags = [['TY', value.trim()]];
      return;
    }
    if (!tags) throw new Error(`RIS line ${n + 1}: ${tag} outside a record`);
    if (tag !== 'ER') {
      tags.push([tag, value.trim()]);
      return;
    }
    const all = tags;
    const one = (t: string) => all.filter(([k]) => k === t).map(([, v]) => v);
    const date = one('DA')[0] ?? one('PY')[0] ?? '';
    const d = /^(\d{4})(?:\/(\d{0,2})(?:\/(\d{0,2})\/?)?)?/.exec(date);
    if (!d) throw new Error(`RIS line ${n + 1}: no date`);
    const title = one('TI')[0] ?? one('T1')[0];
    if (!title) throw new Error(`RIS line ${n + 1}: no title`);
    records.push({
      type: all[0]![1],
      key: one('ID')[0] ?? null,
      title,
      date: ymd(Number(d[1]), d[2] ? Number(d[2]) : undefined, d[3] ? Number(d[3]) : undefined),
      url: one('UR')[0] ?? null,
      authors: [...one('AU'), ...one('A1')],
    });
    tags = null;
  });
  if (tags) throw new Error('RIS: the last record has no ER');
  return records;
}

/** Read a CSL-JSON file: an array of items, each with an id, a type, a title and an issued date. */
export function parseCslJson(text: string): ReadRecord[] {
  const data: unknown = JSON.parse(text);
  if (!Array.isArray(data)) throw new Error('CSL-JSON: not an array');
  return data.map((item: Record<string, unknown>, n) => {
    const where = `CSL-JSON item ${n}`;
    for (const k of ['id', 'type', 'title'] as const) if (typeof item[k] !== 'string') throw new Error(`${where}: ${k} is not a string`);
    const parts = (item.issued as { 'date-parts'?: unknown } | undefined)?.['date-parts'];
    if (!Array.isArray(parts) || !Array.isArray(parts[0]) || !parts[0].every((x) => Number.isInteger(x))) throw new Error(`${where}: issued has no date-parts`);
    const [y, m, d] = parts[0] as number[];
    const names = (item.author ?? []) as { literal?: string; family?: string; given?: string }[];
    if (!Array.isArray(names)) throw new Error(`${where}: author is not a list`);
    if (item.URL !== undefined && typeof item.URL !== 'string') throw new Error(`${where}: URL is not a string`);
    return {
      type: item.type as string,
      key: (item['citation-key'] as string | undefined) ?? null,
      title: item.title as string,
      date: ymd(y!, m, d),
      url: (item.URL as string | undefined) ?? null,
      authors: names.map((a) => a.literal ?? [a.given, a.family].filter(Boolean).join(' ')),
    };
  });
}
