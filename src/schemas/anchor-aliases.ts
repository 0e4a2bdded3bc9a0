import { z } from 'zod';

/** `content/data/anchor-aliases.yaml`: a renamed anchor keeps working through its alias. */
export const anchorAliasSchema = z.object({ page: z.string().startsWith('/'), from: z.string().min(1), to: z.string().min(1) }).strict();
export type AnchorAlias = z.infer<typeof anchorAliasSchema>;
export const anchorAliasesSchema = z.array(anchorAliasSchema);
