import type { GlossaryEntry } from '../../schemas/glossary.ts';
import { SourceError } from '../load/errors.ts';
import type { Loaded } from '../load/yaml.ts';

/** An occurrence of a glossary term: code-point range [from, to) of a text. */
export interface TermMark {
  term: string;
  from: number;
  to: number;
}

/** A range of a text that other annotations must not overlap (e.g. a correction). */
export interface Range {
  from: number;
  to: number;
}

/**
 * Check the glossary against itself: ids unique, and no form (zh or also)
 * belonging to two entries.
 *
 * @throws SourceError naming the glossary file and the entry's line.
 */
export function checkGlossary(glossary: Loaded<GlossaryEntry[]>): void {
  const { file, lineOf } = glossary;
  const ids = new Set<string>();
  const forms = new Map<string, string>();
  glossary.data.forEach((e, i) => {
    if (ids.has(e.id)) throw new SourceError(file, lineOf([i]), `the id “${e.id}” is used twice`);
    ids.add(e.id);
    for (const form of [e.zh, ...(e.also ?? [])]) {
      const owner = forms.get(form);
      if (owner) throw new SourceError(file, lineOf([i]), `“${form}” belongs to both “${owner}” and “${e.id}”`);
      forms.set(form, e.id);
    }
  });
}

/**
 * Find the glossary terms in a text: longest form first, never overlapping
 * each other or any `blocked` range (another annotation such as a correction).
 * Offsets are code points. Result sorted by position.
 */
export function findTerms(text: string, entries: readonly GlossaryEntry[], blocked: readonly Range[] = []): TermMark[] {
  const chars = [...text];
  const taken = new Array<boolean>(chars.length).fill(false);
  for (const r of blocked) for (let i = r.from; i < r.to; i++) taken[i] = true;
  const forms = entries
    .flatMap((e) => [e.zh, ...(e.also ?? [])].map((form) => ({ term: e.id, form: [...form] })))
    .sort((a, b) => b.form.length - a.form.length);
  const marks: TermMark[] = [];
  for (const { term, form } of forms) {
    for (let i = 0; i + form.length <= chars.length; i++) {
      let match = true;
      for (let k = 0; k < form.length && match; k++) match = chars[i + k] === form[k] && !taken[i + k];
      if (!match) continue;
      for (let k = 0; k < form.length; k++) taken[i + k] = true;
      marks.push({ term, from: i, to: i + form.length });
      i += form.length - 1;
    }
  }
  return marks.sort((a, b) => a.from - b.from);
}
