/**
 * Reads what the popup shows, as source text evaluated in the popup's own page (the Firefox
 * harness cannot hand functions over the debugger protocol).
 */
import type { AddonFrame, FirefoxWithAddon } from './harness';

/** What a user reads in the popup: verdict, token rows (`kind@location`) and the counts line. */
export interface PopupView {
  verdict: string | null;
  heading: string;
  tokens: string[];
  /** The evidence lines under the verdict, as read. */
  evidence: string[];
  counts: string;
  text: string;
}

/**
 * Source text that reads a {@link PopupView} in the popup page; works in any browser
 * (Playwright's `page.evaluate(POPUP_VIEW_SCRIPT)` in Chromium too), so both read the same way.
 */
export const POPUP_VIEW_SCRIPT = `(() => {
  const verdict = document.querySelector('[data-testid="verdict"]');
  return {
    verdict: verdict?.getAttribute('data-verdict') ?? null,
    heading: verdict?.querySelector('h2')?.textContent ?? '',
    tokens: [...document.querySelectorAll('[data-testid="token"]')].map(
      (r) => r.getAttribute('data-token-kind') + '@' + r.getAttribute('data-location'),
    ),
    evidence: [...document.querySelectorAll('[data-testid="evidence"] li')].map((li) => li.innerText),
    counts: document.querySelector('[data-testid="counts"]')?.innerText ?? '',
    text: document.body.innerText,
  };
})()`;

/** The popup's view right now. */
export function readPopup(ff: FirefoxWithAddon, popup: AddonFrame): Promise<PopupView> {
  return ff.evaluate<PopupView>(popup, POPUP_VIEW_SCRIPT);
}

/**
 * Polls the popup until `accept` says yes (it renders after the snapshot arrives), returning the
 * last view either way so the assertion that follows explains itself.
 */
export async function waitForPopup(
  ff: FirefoxWithAddon,
  popup: AddonFrame,
  accept: (view: PopupView) => boolean = (view) => view.verdict !== null,
  timeout = 15_000,
): Promise<PopupView> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const view = await readPopup(ff, popup).catch(() => undefined);
    if (view && (accept(view) || Date.now() > deadline)) return view;
    if (Date.now() > deadline) throw new Error('The popup never rendered');
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}
