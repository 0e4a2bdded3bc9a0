import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { SourceError } from './errors.ts';

/** An authored YAML file, parsed and validated, that still knows where each of its entries stands. */
export interface Loaded<T> {
  file: string;
  data: T;
  /** 1-based line where the entry at `path` starts (the deepest existing node along it). */
  lineOf(path: readonly (string | number)[]): number;
}

/**
 * Parse YAML text and validate it against a schema. Any problem is a
 * SourceError naming the file and the line of the offending entry, so an
 * editor can go straight to it.
 */
export function parseYaml<T extends z.ZodType>(text: string, file: string, schema: T): Loaded<z.infer<T>> {
  const { doc, lineOf } = parseDoc(text, file);
  const result = schema.safeParse(doc.toJS());
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const where = path.length ? ` at ${path.join('.')}` : '';
    throw new SourceError(file, lineOf(path), `${issue.message}${where}`);
  }
  return { file, data: result.data, lineOf };
}

/** One entry of a YAML map read by parseYamlEntries. */
export interface YamlEntry<T> {
  key: string;
  value: T;
  /** The line of the entry's key. */
  line: number;
  /** The line of a node inside the entry's value (`['en', 1]`: the second item of its `en` list), as Loaded.lineOf. */
  lineOf(path: readonly (string | number)[]): number;
}

/**
 * A YAML map whose values are validated one by one (the translation files):
 * each key with its value and line, in file order.
 */
export function parseYamlEntries<T extends z.ZodType>(text: string, file: string, schema: T, describe: (key: string) => string): YamlEntry<z.infer<T>>[] {
  const { doc, counter, lineOf } = parseDoc(text, file);
  if (doc.contents === null) return [];
  if (!isMap(doc.contents)) throw new SourceError(file, 1, 'expected a map of keys to entries');
  return doc.contents.items.map((pair) => {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const line = isScalar(pair.key) && pair.key.range ? counter.linePos(pair.key.range[0]).line : 1;
    const parsed = schema.safeParse(isNode(pair.value) ? pair.value.toJSON() : pair.value);
    if (!parsed.success) throw new SourceError(file, line, `“${key}”: ${describe(key)}`);
    return { key, value: parsed.data, line, lineOf: (path: readonly (string | number)[]) => lineOf([key, ...path]) };
  });
}

function parseDoc(text: string, file: string): { doc: Document; counter: LineCounter; lineOf: Loaded<unknown>['lineOf'] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true });
  const syntax = doc.errors[0];
  if (syntax) throw new SourceError(file, syntax.linePos?.[0]?.line ?? 1, syntax.message.split('\n')[0]!);
  // The line of an entry is where its key (in a map) or its item (in a list) starts; keys are
  // compared as text, so `questions.12` finds the key 12.
  const nodeAt = (path: readonly (string | number)[]): unknown => {
    let node: unknown = doc.contents;
    for (const step of path) {
      if (isMap(node)) node = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step))?.value;
      else if (isSeq(node)) node = node.items[Number(step)];
      else return undefined;
    }
    return node;
  };
  const lineOf = (path: readonly (string | number)[]) => {
    for (let depth = path.length; depth > 0; depth--) {
      const parent = nodeAt(path.slice(0, depth - 1));
      const key = String(path[depth - 1]);
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
        if (pair && isScalar(pair.key) && pair.key.range) return counter.linePos(pair.key.range[0]).line;
      } else if (isSeq(parent)) {
        const item = parent.items[Number(key)];
        if (isNode(item) && item.range) return counter.linePos(item.range[0]).line;
      }
    }
    // Nothing along the path exists: the document's first entry.
    return isNode(doc.contents) && doc.contents.range ? counter.linePos(doc.contents.range[0]).line : 1;
  };
  return { doc, counter, lineOf };
}
