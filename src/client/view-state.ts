/** Reading the current view from <html> and writing it into a URL. */
import { VIEW_OPTIONS, type ViewOption, type ViewState } from './view-options.ts';

const root = document.documentElement;
export const OPTIONS = Object.keys(VIEW_OPTIONS) as ViewOption[];

/** The view as the attributes on <html> say (absent attribute = default). */
export function currentState(): ViewState {
  const state = {} as Record<ViewOption, string>;
  for (const k of OPTIONS) state[k] = root.dataset[k] ?? VIEW_OPTIONS[k][0];
  return state as ViewState;
}

/** The page's own default for an option: the /hant/ routes default to traditional script. */
function pageDefault(k: ViewOption): string {
  return k === 'script' ? (root.dataset.routeScript ?? VIEW_OPTIONS.script[0]) : VIEW_OPTIONS[k][0];
}

/**
 * `url` with the view as query parameters (its fragment kept): the options
 * that differ from the page's defaults, or, when `complete` and the view is
 * not the page's default one, every option (links to share, which must open
 * in this view whatever the recipient has saved). A shared link to the
 * default view is the plain address.
 */
export function viewUrl(state: ViewState, url: string, complete = false): string {
  const u = new URL(url);
  const whole = complete && OPTIONS.some((k) => state[k] !== pageDefault(k));
  for (const k of OPTIONS) {
    if (!whole && state[k] === pageDefault(k)) u.searchParams.delete(k);
    else u.searchParams.set(k, state[k]);
  }
  return u.href;
}
