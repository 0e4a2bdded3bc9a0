/**
 * The class of the parts of a page that are laid out and painted only when
 * they come near the viewport (`content-visibility: auto` in reading.css):
 * paragraphs, key-term entries and the like, each about a screen tall or
 * less (a taller part would grow under the reader's eyes, see reading.css).
 * Scripts that work part by part key on it (zh-runs.ts), and so does
 * anything that must read a part's text or boxes while it is off screen (the
 * clean copy, tests that measure a whole page).
 */
export const RENDER_NEAR = 'render-near';

/**
 * How many paragraphs of a page's first section are laid out from the start,
 * not kept from layout: a part in the first screen would be drawn at its
 * guessed height in the first frame and grow in the next, moving what the
 * reader already sees.
 */
export const FIRST_SCREEN_PARAGRAPHS = 2;
