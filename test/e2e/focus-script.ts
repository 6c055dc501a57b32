/**
 * What a keyboard user sees of focus, read in the page itself: source text, so Playwright pages
 * (Chromium) and the Firefox harness evaluate the same check.
 */
import { expect } from 'vitest';

/**
 * The controls Tab must reach: enabled buttons, links, fields and anything made focusable, less
 * those taken out of the Tab order on purpose (the unselected tabs of a tab list, reached with the
 * arrow keys) and those not shown.
 */
const CONTROLS_SELECTOR =
  'button:not([disabled]), a[href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** An element as a failure names it: tag, label, and its place in the document. */
const DESCRIBE = `(el) => {
  const label = el.getAttribute('aria-label') ?? el.textContent ?? '';
  return el.tagName.toLowerCase() + ' "' + label.trim().slice(0, 40) + '" #' +
    [...document.querySelectorAll('*')].indexOf(el);
}`;

/** Where focus is, right now. */
export interface FocusedControl {
  /** Tag, label and place in the document, to tell controls apart and name them in a failure. */
  control: string;
  /** It shows a focus ring: an outline or a box shadow. */
  ring: boolean;
}

/**
 * Source text: resolves to the stops Tab must reach, described as {@link FocusedControl.control},
 * in the order Tab reaches them (the document's: no control sets a positive tabindex). A box that
 * scrolls is a stop too, so that a keyboard can scroll it: in Firefox always, in Chromium when no
 * control inside it can take focus instead.
 */
export function tabStopsScript(browser: 'chromium' | 'firefox'): string {
  return `(() => {
  const describe = ${DESCRIBE};
  const controls = ${JSON.stringify(CONTROLS_SELECTOR)};
  const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const scrolls = (el) => {
    const style = getComputedStyle(el);
    const x = /auto|scroll/.test(style.overflowX) && el.scrollWidth > el.clientWidth;
    const y = /auto|scroll/.test(style.overflowY) && el.scrollHeight > el.clientHeight;
    return (x || y) && el !== document.documentElement && el !== document.body;
  };
  const stop = (el) => {
    if (!shown(el)) return false;
    if (el.matches(controls)) return el.tabIndex >= 0;
    if (!scrolls(el) || el.getAttribute('tabindex') === '-1') return false;
    return ${browser === 'firefox'} || ![...el.querySelectorAll(controls)].some(shown);
  };
  return [...document.body.querySelectorAll('*')].filter(stop).map(describe);
})()`;
}

/**
 * Resolves to the focused control, or null while focus rests on the page itself or outside it
 * (between the last control and the first, Tab visits the browser's own controls).
 */
export const FOCUSED_CONTROL_SCRIPT = `(() => {
  const describe = ${DESCRIBE};
  const el = document.activeElement;
  if (!document.hasFocus() || !el || el === document.body) return null;
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  return { control: describe(el), ring: outline || style.boxShadow !== 'none' };
})()`;

/**
 * `visited` (one round of Tab presses, which may start anywhere: focus stays where a paste left
 * it) turned to start where `stops` starts, since Tab goes round the page in a ring.
 */
function fromFirstStop(visited: string[], stops: string[]): string[] {
  const start = Math.max(0, visited.indexOf(stops[0] ?? ''));
  return [...visited.slice(start), ...visited.slice(0, start)];
}

/**
 * The check both browsers make of one round of Tab presses: every control in `controls`, in
 * order, and each with a focus ring.
 */
export function expectTabWalk(visited: FocusedControl[], controls: string[], what: string): void {
  expect(
    fromFirstStop(
      visited.map((v) => v.control),
      controls,
    ),
    `${what}: controls Tab reaches`,
  ).toEqual(controls);
  expect(
    visited.filter((v) => !v.ring),
    `${what}: focused without a ring`,
  ).toEqual([]);
}
