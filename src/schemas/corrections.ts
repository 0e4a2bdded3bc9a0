import { z } from 'zod';
import { fingerprintFieldSchema } from './translations.ts';
import { CERTAINTIES, CORRECTION_KINDS, slugSchema } from './common.ts';

/** `content/data/corrections.yaml`: editorial corrections of the sources' typos, shown to the reader. */

export const correctionSchema = z
  .object({
    id: slugSchema,
    paragraph: z.string().min(1),
    /** The fingerprint of that paragraph's Chinese when the correction was made (npm run translations:stamp). */
    fingerprint: fingerprintFieldSchema.optional(),
    /** The span exactly as printed (once in the paragraph). */
    source: z.string().min(1),
    /** The corrected reading of that span. */
    corrected: z.string(),
    kind: z.enum(CORRECTION_KINDS),
    certainty: z.enum(CERTAINTIES),
    /**
     * Where the corrected reading is printed: `digest` (the digest of this
     * edition) or the name of a published text of the press conference, or of
     * the place in the source itself. Required when `certainty` is `certain`.
     */
    witness: z.string().min(1).optional(),
    evidence: z.string().min(1),
    note: z.string().min(1),
  })
  .strict()
  .refine((c) => c.certainty !== 'certain' || c.witness !== undefined, {
    message: 'a correction marked certain needs a witness (digest, or the published text that prints the corrected reading)',
    path: ['certainty'],
  });
export type Correction = z.infer<typeof correctionSchema>;

export const correctionsSchema = z.array(correctionSchema);
