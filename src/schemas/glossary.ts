import { z } from 'zod';
import { GLOSSARY_CATEGORIES, slugSchema } from './common.ts';

/** `content/data/glossary.yaml`: the key terms, their English and notes. */

export const glossaryEntrySchema = z
  .object({
    id: slugSchema,
    zh: z.string().min(1),
    also: z.array(z.string().min(1)).optional(),
    pinyin: z.string().min(1),
    /** The rendering this edition's translation uses for the term (checked against every paragraph where it is marked). */
    en: z.string().min(1),
    /**
     * Other renderings the translation uses for the term in some paragraphs
     * (a short form, a form bound into a longer phrase) or an established
     * official rendering. Every paragraph where the term is marked must contain
     * `en` or one of these.
     */
    variants: z.array(z.string().min(1)).min(1).optional(),
    /** 1–3 sentences; “…” quotes this edition's English (checked), ‘…’ any other wording. */
    note: z.string().min(1),
    category: z.enum(GLOSSARY_CATEGORIES),
  })
  .strict();
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export const glossarySchema = z.array(glossaryEntrySchema);
