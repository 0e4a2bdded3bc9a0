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

/** `url` with the view's non-default options as query parameters (and its fragment kept). */
export function viewUrl(state: ViewState, url: string): string {
  const u = new URL(url);
  for (const k of OPTIONS) {
    if (state[k] === VIEW_OPTIONS[k][0]) u.searchParams.delete(k);
    else u.searchParams.set(k, state[k]);
  }
  return u.href;
}
