import type { APIRoute } from 'astro';
import { getDictionary } from '../../lib/dictionary/site.ts';
import { useTranslations } from '../../utils/ui.ts';

/** The keys of content/ui.yaml the lookup entry shows (English; the entry is built in the browser). */
export const LOOKUP_LABELS = ['lookupClose', 'lookupOtherReadings', 'lookupMeasureWords', 'lookupHsk', 'lookupNotHsk', 'lookupAppears', 'lookupNotInText', 'lookupGlossary', 'lookupCharacters', 'lookupSource', 'lookupKeys'] as const;

/** The dictionary subset (CC-CEDICT, CC BY-SA 4.0), fetched by the browser on the first lookup only. */
export const GET: APIRoute = async () => {
  const t = await useTranslations();
  const ui = Object.fromEntries(LOOKUP_LABELS.map((k) => [k, t(k).en]));
  return new Response(JSON.stringify({ ...(await getDictionary()), ui }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
