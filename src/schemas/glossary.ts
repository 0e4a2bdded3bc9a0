import { z } from 'zod';
import { GLOSSARY_CATEGORIES, slugSchema } from './common.ts';

/** `content/data/glossary.yaml`: the key terms, their English and notes. */

export const glossaryEntrySchema = z
  .object({
    id: slugSchema,
    zh: z.string().min(1),
    also: z.array(z.string().min(1)).optional(),
    pinyin: z.string().min(1),
    en: z.string().min(1),
    note: z.string().min(1),
    category: z.enum(GLOSSARY_CATEGORIES),
  })
  .strict();
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export const glossarySchema = z.array(glossaryEntrySchema);
