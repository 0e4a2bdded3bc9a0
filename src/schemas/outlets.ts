import { z } from 'zod';
import { OUTLET_KINDS, REGIONS } from './common.ts';

/** `content/data/outlets.yaml`: the outlets whose reporters asked, keyed by the name as printed. */

export const outletSchema = z
  .object({
    en: z.string().min(1),
    country: z.string().min(1),
    countryZh: z.string().min(1),
    region: z.enum(REGIONS),
    kind: z.enum(OUTLET_KINDS),
  })
  .strict();
export type OutletData = z.infer<typeof outletSchema>;

export const outletsSchema = z.record(z.string().min(1), outletSchema);
export type OutletsData = z.infer<typeof outletsSchema>;
