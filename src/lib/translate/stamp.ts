import { isMap, isScalar, isSeq, parse, parseDocument, type Pair } from 'yaml';

/**
 * Writing fingerprints into the authored YAML (for `scripts/translations.ts --stamp`):
 * text in, text out, touching nothing but the `fingerprint:` lines (and, for
 * an entry written as bare English, turning it into `fingerprint:` + `en:` with
 * the English's lines indented two more spaces, which keeps its value). Each
 * result is parsed again and checked to hold exactly the same English.
 */

interface Edit {
  from: number;
  to: number;
  text: string;
}

/** A fingerprint as a YAML scalar: plain when it reads back as itself, else double-quoted. */
function scalar(value: string): string {
  try {
    if ((parse(`k: ${value}\n`) as { k: unknown }).k === value) return value;
  } catch {
    // fall through to quoting
  }
  return JSON.stringify(value);
}

function apply(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.from - a.from)) out = out.slice(0, e.from) + e.text + out.slice(e.to);
  return out;
}

const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
const lineEnd = (text: string, offset: number) => {
  const i = text.indexOf('\n', offset);
  return i < 0 ? text.length : i;
};

function fingerprintPair(map: unknown): Pair | undefined {
  return isMap(map) ? map.items.find((p) => isScalar(p.key) && p.key.value === 'fingerprint') : undefined;
}

/** Replace an existing `fingerprint:` pair, or insert one on its own line (after `after`, else before the map's first key). */
function setFingerprint(text: string, map: unknown, value: string, after?: Pair): Edit {
  const existing = fingerprintPair(map);
  if (existing && isScalar(existing.key) && isScalar(existing.value) && existing.key.range && existing.value.range) {
    return { from: existing.key.range[0], to: existing.value.range[1], text: `fingerprint: ${scalar(value)}` };
  }
  if (!isMap(map) || map.flow) throw new Error('a fingerprint can only be written into a block map entry');
  const first = map.items[0]!;
  const keyStart = (isScalar(first.key) && first.key.range?.[0]) || 0;
  const indent = ' '.repeat(keyStart - lineStart(text, keyStart));
  if (after && isScalar(after.value) && after.value.range) {
    const end = lineEnd(text, after.value.range[0]);
    return { from: end, to: end, text: `\n${indent}fingerprint: ${scalar(value)}` };
  }
  const at = lineStart(text, keyStart);
  return { from: at, to: at, text: `${indent}fingerprint: ${scalar(value)}\n` };
}

/** An entry's English as parsed (a string or its sentence groups), as comparable text. */
const englishOf = (v: unknown): string => JSON.stringify(typeof v === 'string' ? v : v && typeof v === 'object' ? (v as { en?: unknown }).en : undefined);

/**
 * Stamp translation entries: `stamps` maps a paragraph ID to its fingerprint text.
 * @throws Error when the result would not hold the same English (it never should)
 */
export function stampTranslationFile(text: string, stamps: ReadonlyMap<string, string>): string {
  const doc = parseDocument(text);
  if (!isMap(doc.contents)) return text;
  const edits: Edit[] = [];
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key) || !pair.key.range) continue;
    const id = String(pair.key.value);
    const value = stamps.get(id);
    if (value === undefined) continue;
    if (isScalar(pair.value) && pair.value.range) {
      // Bare English: becomes `fingerprint:` and `en:`, the English's lines indented two more spaces.
      const source = text.slice(pair.value.range[0], pair.value.range[1]);
      const reindented = source.replace(/\n(?=[^\n])/g, '\n  ');
      edits.push({ from: pair.key.range[1], to: pair.value.range[1], text: `:\n  fingerprint: ${scalar(value)}\n  en: ${reindented}` });
    } else {
      edits.push(setFingerprint(text, pair.value, value));
    }
  }
  const out = apply(text, edits);
  const before = (parse(text) ?? {}) as Record<string, unknown>;
  const after = (parse(out) ?? {}) as Record<string, unknown>;
  const keys = Object.keys(before);
  if (keys.join('\n') !== Object.keys(after).join('\n')) throw new Error('stamping changed the entries');
  for (const id of keys) {
    if (englishOf(before[id]) !== englishOf(after[id])) throw new Error(`stamping changed the English of “${id}”`);
    const stamp = stamps.get(id);
    if (stamp !== undefined && (after[id] as { fingerprint?: unknown }).fingerprint !== stamp) throw new Error(`stamping did not write the fingerprint of “${id}”`);
  }
  return out;
}

/**
 * Stamp corrections (a YAML list): `stamps` maps an entry's index to its paragraph's
 * fingerprint text, written on the line after its `paragraph:`.
 */
export function stampCorrectionsFile(text: string, stamps: ReadonlyMap<number, string>): string {
  const doc = parseDocument(text);
  if (!isSeq(doc.contents)) return text;
  const edits: Edit[] = [];
  doc.contents.items.forEach((item, i) => {
    const value = stamps.get(i);
    if (value === undefined || !isMap(item)) return;
    const paragraph = item.items.find((p) => isScalar(p.key) && p.key.value === 'paragraph');
    edits.push(setFingerprint(text, item, value, paragraph));
  });
  const out = apply(text, edits);
  const before = (parse(text) ?? []) as Record<string, unknown>[];
  const after = (parse(out) ?? []) as Record<string, unknown>[];
  if (before.length !== after.length) throw new Error('stamping changed the corrections');
  before.forEach((b, i) => {
    const { fingerprint: _, ...restAfter } = after[i]!;
    const { fingerprint: __, ...restBefore } = b;
    if (JSON.stringify(restAfter) !== JSON.stringify(restBefore)) throw new Error(`stamping changed correction ${i + 1}`);
    const stamp = stamps.get(i);
    if (stamp !== undefined && after[i]!.fingerprint !== stamp) throw new Error(`stamping did not write the fingerprint of correction ${i + 1}`);
  });
  return out;
}
