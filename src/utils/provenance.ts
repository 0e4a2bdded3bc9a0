type Provenance = { source: 'full' | 'digest'; file: string; lines: number[]; rejoined: boolean };

const SOURCE_NAMES = { full: { en: 'Full transcript', zh: '全文' }, digest: { en: 'Digest', zh: '摘要版' } } as const;

/** Short bilingual names of a source. */
export function sourceName(source: 'full' | 'digest'): { en: string; zh: string } {
  return SOURCE_NAMES[source];
}

/** `line 31` or `lines 31 + 33` */
export function formatLines(lines: number[]): string {
  return lines.length === 1 ? `line ${lines[0]}` : `lines ${lines.join(' + ')}`;
}

/** One-line English description of where a paragraph comes from. */
export function describeProvenance(p: Provenance): string {
  const file = p.file.split('/').pop();
  const joined = p.rejoined ? ', rejoined across a page break' : '';
  return `${SOURCE_NAMES[p.source].en} (${file}), ${formatLines(p.lines)}${joined}`;
}
