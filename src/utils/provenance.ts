import type { Provenance } from '../schemas/edition.ts';

/** `line 31` or `lines 31 + 33` */
export function formatLines(lines: readonly number[]): string {
  return lines.length === 1 ? `line ${lines[0]}` : `lines ${lines.join(' + ')}`;
}

/** One-line English description of where a paragraph comes from, given the source's English name. */
export function describeProvenance(p: Provenance, sourceName: string): string {
  const file = p.file.split('/').pop();
  const joined = p.rejoined ? ', rejoined across a page break' : '';
  return `${sourceName} (${file}), ${formatLines(p.lines)}${joined}`;
}
