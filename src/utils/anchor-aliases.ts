import { z } from 'zod';
import { loadYaml } from '../lib/pipeline/authored.ts';

const aliasesSchema = z.array(
  z.object({ page: z.string().startsWith('/'), from: z.string().min(1), to: z.string().min(1) }).strict(),
);

/** One renamed anchor on a page. */
export type AnchorAlias = z.infer<typeof aliasesSchema>[number];

/** The authored anchor aliases (content/data/anchor-aliases.yaml), validated. */
export function anchorAliases(): AnchorAlias[] {
  return loadYaml('content/data/anchor-aliases.yaml', aliasesSchema);
}

/** The aliases of one page as an `old → new` map, or null when it has none. */
export function aliasesFor(page: string): Record<string, string> | null {
  const own = anchorAliases().filter((a) => a.page === page);
  return own.length ? Object.fromEntries(own.map((a) => [a.from, a.to])) : null;
}
