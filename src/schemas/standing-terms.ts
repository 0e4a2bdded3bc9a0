import { z } from 'zod';

/**
 * `content/data/standing-terms.yaml`: the standing terms of the translation,
 * the style guide's terms table as data. Each entry lists the Chinese forms of
 * a term and the English renderings the translation accepts for it, with the
 * source of the rendering. The build checks that every paragraph whose Chinese
 * has one of the forms has one of the renderings in its English, unless the
 * paragraph is listed as an exception with a reason.
 */

export const standingTermExceptionSchema = z
  .object({
    /** The paragraph ID whose English may render the term otherwise. */
    paragraph: z.string().min(1),
    /** Why: one short English sentence. */
    reason: z.string().min(1),
  })
  .strict();
export type StandingTermException = z.infer<typeof standingTermExceptionSchema>;

export const standingTermSchema = z
  .object({
    /** The term's forms as printed in the Chinese text (any one of them triggers the check). */
    zh: z.array(z.string().min(1)).min(1),
    /** The accepted English renderings (case-insensitive; the first is the preferred one). */
    en: z.array(z.string().min(1)).min(1),
    /** Where the rendering comes from: the official English that establishes it, or this edition's own choice. */
    source: z.string().min(1),
    /** Paragraphs whose English renders the term otherwise, each with its reason. */
    exceptions: z.array(standingTermExceptionSchema).min(1).optional(),
  })
  .strict();
export type StandingTerm = z.infer<typeof standingTermSchema>;

export const standingTermsSchema = z.array(standingTermSchema);
