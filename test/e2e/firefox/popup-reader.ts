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
  counts: string;
  text: string;
}

const READ_POPUP = `(() => {
  const verdict = document.querySelector('[data-testid="verdict"]');
  return {
    verdict: verdict?.getAttribute('data-verdict') ?? null,
    heading: verdict?.querySelector('h2')?.textContent ?? '',
    tokens: [...document.querySelectorAll('[data-testid="token"]')].map(
      (r) => r.getAttribute('data-token-kind') + '@' + r.getAttribute('data-location'),
    ),
    counts: document.querySelector('[data-testid="counts"]')?.innerText ?? '',
    text: document.body.innerText,
  };
})()`;

/** The popup's view right now. */
export function readPopup(ff: FirefoxWithAddon, popup: AddonFrame): Promise<PopupView> {
  return ff.evaluate<PopupView>(popup, READ_POPUP);
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
