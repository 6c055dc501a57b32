/**
 * What a keyboard user sees of focus, read in the page itself: source text, so Playwright pages
 * (Chromium) and the Firefox harness evaluate the same check.
 */

/** The controls Tab must reach: enabled buttons, links, fields and anything made focusable. */
export const CONTROLS_SELECTOR =
  'button:not([disabled]), a[href], input, select, textarea, [tabindex="0"]';

/** Where focus is, right now. */
export interface FocusedControl {
  /** Tag and label, to tell controls apart and name them in a failure. */
  control: string;
  /** It shows a focus ring: an outline or a box shadow. */
  ring: boolean;
}

/**
 * Resolves to the focused control, or null while focus rests on the page itself or outside it
 * (between the last control and the first, Tab visits the browser's own controls).
 */
export const FOCUSED_CONTROL_SCRIPT = `(() => {
  const el = document.activeElement;
  if (!document.hasFocus() || !el || el === document.body) return null;
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  const label = el.getAttribute('aria-label') ?? el.textContent ?? '';
  return {
    control: el.tagName.toLowerCase() + ' "' + label.trim().slice(0, 40) + '"',
    ring: outline || style.boxShadow !== 'none',
  };
})()`;
