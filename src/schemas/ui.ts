import { z } from 'zod';
import { parseUiMarkup, UiMarkupError } from '../utils/ui-markup.ts';

/** An interface string's English: its inline markup (src/utils/ui-markup.ts) must be well formed. */
const englishSchema = z
  .string()
  .min(1)
  .superRefine((text, ctx) => {
    try {
      parseUiMarkup(text);
    } catch (error) {
      if (!(error instanceof UiMarkupError)) throw error;
      ctx.addIssue({ code: 'custom', message: `malformed markup: ${error.message}` });
    }
  });

/** `content/ui.yaml`: the interface strings, keyed by name, in Chinese (optional) and English. */
export const uiStringSchema = z.object({ zh: z.string().min(1).optional(), en: englishSchema }).strict();
export type UiString = z.infer<typeof uiStringSchema>;
export const uiStringsSchema = z.record(z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'a key is a camelCase name'), uiStringSchema);
export type UiStrings = z.infer<typeof uiStringsSchema>;
