/** Whether Tokki may read a site right now (Chrome "on click" access, Firefox MV3 host permissions). */
import { browser } from 'wxt/browser';

/** The match pattern asking for `url`'s origin; undefined for a URL without one (about:, data:). */
function originPattern(url: string): string | undefined {
  try {
    const { origin } = new URL(url);
    return origin === 'null' ? undefined : `${origin}/*`;
  } catch {
    return undefined;
  }
}

/** True when the extension holds host access to `url`'s origin. Never throws. */
export async function hasSiteAccess(url: string): Promise<boolean> {
  const pattern = originPattern(url);
  if (!pattern) return false;
  try {
    return await browser.permissions.contains({ origins: [pattern] });
  } catch {
    return false;
  }
}

/** Calls `listener` when host access is granted or revoked. */
export function onSiteAccessChanged(listener: () => void): void {
  browser.permissions.onAdded?.addListener(listener);
  browser.permissions.onRemoved?.addListener(listener);
}
