/**
 * The reading view: each option, its allowed values and its default.
 * Shared by the head script (applies the view before first paint) and the
 * controls script (changes it).
 */
export const VIEW_OPTIONS = {
  mode: ['both', 'zh', 'en'],
  layout: ['side', 'inter'],
  script: ['hans', 'hant', 'hk'],
  pinyin: ['off', 'on'],
  tones: ['marks', 'num'],
  colours: ['off', 'on'],
  size: ['m', 's', 'l', 'xl'],
  pysize: ['m', 's', 'l'],
} as const;

export type ViewOption = keyof typeof VIEW_OPTIONS;
export type ViewState = { [K in ViewOption]: (typeof VIEW_OPTIONS)[K][number] };

/** localStorage key of the saved view. */
export const STORAGE_KEY = 'view';
