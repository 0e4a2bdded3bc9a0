import { annotateText, type Annotation } from '../lib/pipeline/annotate.ts';
import { loadReadingOverrides, type ReadingOverrides } from '../lib/reading/overrides.ts';

let overrides: ReadingOverrides | null = null;
const cache = new Map<string, Annotation>();

/**
 * Reading aids for a short text the content build did not annotate (titles,
 * labels, outlet names), with the same authored overrides as the paragraphs.
 */
export function annotate(text: string): Annotation {
  overrides ??= loadReadingOverrides('content/data');
  let found = cache.get(text);
  if (!found) {
    found = annotateText(text, overrides);
    cache.set(text, found);
  }
  return found;
}
