/** Asks the user for host access to a site that Chrome ("on click") or Firefox (MV3) withheld. */
import { browser } from 'wxt/browser';

/**
 * Shows the browser's permission prompt for `origin` (e.g. `https://example.com`). Call it from a
 * click handler: browsers only allow permissions.request during a user gesture. Resolves true when
 * access was granted; never throws.
 */
export async function requestSiteAccess(origin: string): Promise<boolean> {
  let pattern: string;
  try {
    pattern = `${new URL(origin).origin}/*`;
  } catch {
    return false;
  }
  try {
    return await browser.permissions.request({ origins: [pattern] });
  } catch {
    return false;
  }
}
