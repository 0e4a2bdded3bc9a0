import { z } from 'zod';
import { CERTAINTIES, CORRECTION_KINDS, slugSchema } from './common.ts';

/** `content/data/corrections.yaml`: editorial corrections of the sources' typos, shown to the reader. */

export const correctionSchema = z
  .object({
    id: slugSchema,
    paragraph: z.string().min(1),
    source: z.string().min(1),
    corrected: z.string(),
    kind: z.enum(CORRECTION_KINDS),
    certainty: z.enum(CERTAINTIES),
    evidence: z.string().min(1),
    note: z.string().min(1),
  })
  .strict();
export type Correction = z.infer<typeof correctionSchema>;

export const correctionsSchema = z.array(correctionSchema);
