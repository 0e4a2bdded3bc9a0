import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { translationEntrySchema as entrySchema } from '../../schemas/translations.ts';
import { SourceError } from './errors.ts';
import { missingNumbers } from './numbers.ts';

/** One paragraph's English: the text, and a flag where the source is faulty. */
export interface Translation {
  en: string;
  /** What the source reads and how it was read, for paragraphs with a typo or garble. */
  flag: string | null;
  file: string;
  line: number;
}

const HAN = /\p{Script=Han}/u;

/**
 * Read every translation file of a folder (`*.yaml`), keyed by paragraph ID.
 * Checks each entry on its own: well-formed, not empty, no Chinese characters
 * unless explicitly allowed, and no ID given twice.
 *
 * @throws SourceError naming the file and line of the first bad entry.
 */
export function loadTranslations(dir: string): Map<string, Translation> {
  const all = new Map<string, Translation>();
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  for (const name of files) {
    const file = join(dir, name);
    const counter = new LineCounter();
    const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: counter, uniqueKeys: true });
    const syntax = doc.errors[0];
    if (syntax) throw new SourceError(file, syntax.linePos?.[0]?.line ?? 1, syntax.message.split('\n')[0]!);
    if (!isMap(doc.contents)) throw new SourceError(file, 1, 'a translation file maps paragraph IDs to English text');

    for (const pair of doc.contents.items) {
      const id = isScalar(pair.key) ? String(pair.key.value) : '';
      const line = isScalar(pair.key) && pair.key.range ? counter.linePos(pair.key.range[0]).line : 1;
      const parsed = entrySchema.safeParse((pair.value as { toJSON(): unknown } | null)?.toJSON?.() ?? null);
      if (!parsed.success) throw new SourceError(file, line, `“${id}”: expected English text, or { en, flag }`);
      const entry = typeof parsed.data === 'string' ? { en: parsed.data } : parsed.data;
      const en = entry.en.trim().replace(/\s+/g, ' ');
      if (en === '') throw new SourceError(file, line, `“${id}”: the translation is empty`);
      const allowed = 'allowChinese' in entry ? (entry.allowChinese ?? '') : '';
      const stray = [...en].filter((c) => HAN.test(c) && !allowed.includes(c));
      if (stray.length) throw new SourceError(file, line, `“${id}”: the English still contains Chinese characters (${stray.join('')})`);
      const previous = all.get(id);
      if (previous) throw new SourceError(file, line, `“${id}” is translated twice (also ${previous.file}:${previous.line})`);
      all.set(id, { en, flag: 'flag' in entry ? (entry.flag ?? null) : null, file, line });
    }
  }
  return all;
}

/** A paragraph that needs English: its ID, its Chinese, and the file its translation belongs in. */
export interface Translatable {
  id: string;
  zh: string;
  expectedFile: string;
}

/**
 * Check that the translations cover the paragraphs exactly: every paragraph
 * has one, no translation names a paragraph that does not exist, and every
 * Arabic number of the Chinese appears in the English.
 *
 * @throws SourceError naming the translation file (and line) to fix.
 */
export function checkCoverage(paragraphs: Translatable[], translations: Map<string, Translation>): void {
  const ids = new Set(paragraphs.map((p) => p.id));
  for (const p of paragraphs) {
    const t = translations.get(p.id);
    if (!t) throw new SourceError(p.expectedFile, 1, `no English translation for paragraph “${p.id}” (${p.zh.slice(0, 20)}…)`);
    const missing = missingNumbers(p.zh, t.en);
    if (missing.length) throw new SourceError(t.file, t.line, `“${p.id}”: the English lacks the number(s) ${missing.join(', ')} of the Chinese`);
  }
  for (const [id, t] of translations) {
    if (!ids.has(id)) throw new SourceError(t.file, t.line, `“${id}” is not a paragraph ID of the current content (renamed or removed?)`);
  }
}
