import { z } from 'zod';

/** `content/ui.yaml`: the interface strings, keyed by name, in Chinese (optional) and English. */
export const uiStringSchema = z.object({ zh: z.string().min(1).optional(), en: z.string().min(1) }).strict();
export type UiString = z.infer<typeof uiStringSchema>;
export const uiStringsSchema = z.record(z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'a key is a camelCase name'), uiStringSchema);
export type UiStrings = z.infer<typeof uiStringsSchema>;
