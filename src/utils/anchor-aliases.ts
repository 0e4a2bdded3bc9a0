import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** One renamed anchor on a page. */
export interface AnchorAlias {
  page: string;
  from: string;
  to: string;
}

/** The authored anchor aliases (content/data/anchor-aliases.yaml). */
export function anchorAliases(): AnchorAlias[] {
  return (parse(readFileSync('content/data/anchor-aliases.yaml', 'utf8')) as AnchorAlias[] | null) ?? [];
}

/** The aliases of one page as an `old → new` map, or null when it has none. */
export function aliasesFor(page: string): Record<string, string> | null {
  const own = anchorAliases().filter((a) => a.page === page);
  return own.length ? Object.fromEntries(own.map((a) => [a.from, a.to])) : null;
}
