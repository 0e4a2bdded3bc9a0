import { isMap, isScalar, parse, parseDocument } from 'yaml';
import type { ProposedGroup } from './propose-groups.ts';

/**
 * Writing sentence groups into a translation file (for `scripts/translations.ts --split`):
 * text in, text out, replacing only the `en:` of the chosen entries — one English
 * string — by its list of groups. Each result is parsed again and checked to hold
 * the same English (the groups joined) and the same other fields.
 */

const normalise = (text: string) => text.trim().replace(/\s+/g, ' ');

/** An entry's English as one text: a string, or its groups' English joined. */
function englishText(entry: unknown): string {
  const en = typeof entry === 'string' ? entry : (entry as { en?: unknown } | null)?.en;
  if (typeof en === 'string') return normalise(en);
  if (Array.isArray(en)) return en.map((g: { en?: unknown }) => normalise(String(g.en ?? ''))).join(' ');
  return '';
}

/** The YAML of a list of groups, its lines indented by `indent` spaces. */
function groupsYaml(groups: readonly ProposedGroup[], indent: string): string {
  return groups
    .map((g) => {
      const zh = g.first === g.last ? String(g.first) : `${g.first}-${g.last}`;
      return `${indent}- zh: ${zh}\n${indent}  en: >-\n${indent}    ${g.en}`;
    })
    .join('\n');
}

/**
 * Write the sentence groups of some entries: `groups` maps a paragraph ID to
 * its groups, whose English joined must be the entry's English.
 * @throws Error when an entry's English is not one string, or the result would not hold the same English and fields
 */
export function writeSentenceGroups(text: string, groups: ReadonlyMap<string, readonly ProposedGroup[]>): string {
  const doc = parseDocument(text);
  if (!isMap(doc.contents)) return text;
  const edits: { from: number; to: number; text: string }[] = [];
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key) || !pair.key.range) continue;
    const id = String(pair.key.value);
    const chosen = groups.get(id);
    if (!chosen) continue;
    if (isScalar(pair.value) && pair.value.range) {
      // Bare English: becomes an `en:` list.
      const end = pair.value.range[1];
      edits.push({ from: pair.key.range[1], to: end, text: `:\n  en:\n${groupsYaml(chosen, '    ')}${text[end - 1] === '\n' ? '\n' : ''}` });
      continue;
    }
    const en = isMap(pair.value) ? pair.value.items.find((p) => isScalar(p.key) && p.key.value === 'en') : undefined;
    if (!en || !isScalar(en.key) || !en.key.range || !isScalar(en.value) || !en.value.range) throw new Error(`“${id}”: its English is not one string`);
    const keyStart = en.key.range[0];
    const indent = ' '.repeat(keyStart - (text.lastIndexOf('\n', keyStart - 1) + 1));
    const end = en.value.range[1];
    // A block scalar's range takes in its final line break: keep one there.
    const newline = text[end - 1] === '\n' ? '\n' : '';
    edits.push({ from: keyStart, to: end, text: `en:\n${groupsYaml(chosen, `${indent}  `)}${newline}` });
  }
  let out = text;
  for (const e of edits.sort((a, b) => b.from - a.from)) out = out.slice(0, e.from) + e.text + out.slice(e.to);

  const before = (parse(text) ?? {}) as Record<string, unknown>;
  const after = (parse(out) ?? {}) as Record<string, unknown>;
  if (Object.keys(before).join('\n') !== Object.keys(after).join('\n')) throw new Error('writing the groups changed the entries');
  for (const id of Object.keys(before)) {
    if (englishText(before[id]) !== englishText(after[id])) throw new Error(`writing the groups changed the English of “${id}”`);
    const rest = (v: unknown) => (v && typeof v === 'object' ? JSON.stringify({ ...(v as object), en: undefined }) : '{}');
    if (rest(before[id]) !== rest(after[id])) throw new Error(`writing the groups changed another field of “${id}”`);
  }
  return out;
}
