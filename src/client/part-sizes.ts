/**
 * The real heights of the parts of a reading page kept from layout while off
 * screen (render-near, reading.css), taken while the reader reads.
 *
 * The browser lays out such a part as a box of a guessed height until it comes
 * near, and remembers its real height once it has been laid out. A guess far
 * off moves the text under the reader's eyes when they jump into the page (a
 * scrollbar drag, End): the part they land on grows, and the browser's scroll
 * anchoring cannot hold what the growing part holds itself.
 *
 * So, a few parts at a time while the page is idle, each part not yet laid out
 * is laid out for one frame (with its ruby when pinyin is shown) and let go:
 * from then on the browser keeps it at its real height. After a change of view
 * or of the window's width the heights are taken again, for the new view.
 * `data-parts` on <html> says `measuring` until every part's height is kept,
 * then `measured`. Loaded once the page has loaded (ReadingScripts.astro).
 */
import { RENDER_NEAR } from '../utils/render-near.ts';

const root = document.documentElement;
const parts = [...document.querySelectorAll<HTMLElement>(`main .${RENDER_NEAR}`)];
/** The class that lays a part out for one frame (reading.css). */
const MEASURING = 'measuring';
/** Parts laid out per frame: small, so a frame stays short on a slow phone. */
const PER_FRAME = 4;

/** Whether a part is laid out now (near the viewport), not a box of a guessed height. */
const laidOut = (p: HTMLElement) => !!p.firstElementChild?.checkVisibility({ contentVisibilityAuto: true });

let queue: HTMLElement[] = [];
let measuring: HTMLElement[] = [];
let scheduled = false;

/** Have zh-runs.ts build the ruby of a part (its pinyin), as it does for the parts near the viewport. */
function buildRuby(part: HTMLElement): void {
  part.dispatchEvent(new CustomEvent('zh:expand', { bubbles: true, detail: {} }));
}

/** Let the last parts go (their heights were kept at the frame just drawn), and lay out the next few. */
function step(): void {
  scheduled = false;
  measuring.forEach((p) => p.classList.remove(MEASURING));
  measuring = [];
  while (queue.length && measuring.length < PER_FRAME) {
    const part = queue.shift()!;
    if (laidOut(part)) continue;
    if (root.dataset.pinyin) buildRuby(part);
    part.classList.add(MEASURING);
    measuring.push(part);
  }
  if (measuring.length) schedule();
  else root.dataset.parts = 'measured';
}

/** The next step once a frame has been drawn with the parts laid out, when the page is idle. */
function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  const idle = (fn: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(fn, { timeout: 1000 }) : setTimeout(fn, 50));
  requestAnimationFrame(() => requestAnimationFrame(() => idle(step)));
}

/** Take every part's height (again), once the reader has left the view alone for a while: not between quick changes. */
let waiting = 0;
function measureAll(): void {
  queue = [];
  root.dataset.parts = 'measuring';
  clearTimeout(waiting);
  waiting = window.setTimeout(() => {
    queue = [...parts];
    schedule();
  }, SETTLE_MS);
}
/** How long the view must stay as it is before the heights are taken. */
const SETTLE_MS = 1500;

if (parts.length) {
  measureAll();
  new MutationObserver(measureAll).observe(root, {
    attributes: true,
    attributeFilter: ['data-mode', 'data-layout', 'data-pinyin', 'data-tones', 'data-size', 'data-pysize'],
  });
  let width = innerWidth;
  addEventListener('resize', () => innerWidth !== width && ((width = innerWidth), measureAll()), { passive: true });
}
