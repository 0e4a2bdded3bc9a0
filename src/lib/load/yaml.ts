import { readFileSync } from 'node:fs';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { SourceError } from './errors.ts';

/**
 * Read an authored YAML data file and validate it against a Zod schema.
 * Any problem is reported as a SourceError naming the file and the line of
 * the offending entry, so an editor can go straight to it.
 */
export function loadYaml<T extends z.ZodType>(file: string, schema: T): z.infer<T> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new SourceError(file, 1, 'cannot read this data file');
  }
  return parseYaml(text, file, schema);
}

/** Parse and validate YAML text (see {@link loadYaml}); `file` is used in messages. */
export function parseYaml<T extends z.ZodType>(text: string, file: string, schema: T): z.infer<T> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const syntax = doc.errors[0];
  if (syntax) {
    throw new SourceError(file, syntax.linePos?.[0]?.line ?? 1, syntax.message.split('\n')[0]!);
  }
  const result = schema.safeParse(doc.toJS());
  if (result.success) return result.data;

  const issue = result.error.issues[0]!;
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const line = lineOf(doc, path, lineCounter);
  const where = path.length ? ` at ${path.join('.')}` : '';
  throw new SourceError(file, line, `${issue.message}${where}`);
}

/**
 * The line in a YAML file where the entry at `path` starts (for messages about
 * entries that are valid on their own but wrong against the text).
 */
export function yamlLine(file: string, path: (string | number)[]): number {
  try {
    const lineCounter = new LineCounter();
    const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter });
    return lineOf(doc, path, lineCounter);
  } catch {
    return 1;
  }
}

/** The line of the deepest node along `path` that exists in the document. */
function lineOf(doc: ReturnType<typeof parseDocument>, path: (string | number)[], counter: LineCounter): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return 1;
}
