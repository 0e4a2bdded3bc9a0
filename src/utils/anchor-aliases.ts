import { loadYaml } from '../lib/pipeline/authored.ts';
import { anchorAliasesSchema as aliasesSchema, type AnchorAlias } from '../schemas/anchor-aliases.ts';

/** The authored anchor aliases (content/data/anchor-aliases.yaml), validated. */
export function anchorAliases(): AnchorAlias[] {
  return loadYaml('content/data/anchor-aliases.yaml', aliasesSchema);
}

/** The aliases of one page as an `old → new` map, or null when it has none. */
export function aliasesFor(page: string): Record<string, string> | null {
  const own = anchorAliases().filter((a) => a.page === page);
  return own.length ? Object.fromEntries(own.map((a) => [a.from, a.to])) : null;
}
