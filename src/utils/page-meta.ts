import type { UiEntry } from '../schemas/edition.ts';

/** The script a page is pre-rendered in. */
type RouteScript = 'hans' | 'hant';

/** The `<title>` of a page named by an interface string: its English, then its Chinese in the route's script (“Topics · 话题”). */
export function pageTitle(label: UiEntry, script: RouteScript = 'hans'): string {
  return label.zh ? `${label.en} · ${label.zh[script]}` : label.en;
}

/** A page's description from an interface string: its Chinese (in the route's script) as a sentence, then its English. */
export function pageDescription(entry: UiEntry, script: RouteScript = 'hans'): string {
  return entry.zh ? `${entry.zh[script]}。${entry.en}` : entry.en;
}
