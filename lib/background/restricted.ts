/** Pages no extension may read: browser UI, other extensions, the stores. */

/** Schemes browsers close to extensions. */
const RESTRICTED_SCHEMES = new Set([
  'chrome:',
  'chrome-extension:',
  'chrome-untrusted:',
  'chrome-search:',
  'devtools:',
  'edge:',
  'about:',
  'moz-extension:',
  'resource:',
  'view-source:',
  'data:',
  'blob:',
  'javascript:',
  'file:',
]);

/**
 * Hosts whose pages extensions cannot script. Chrome: the Web Store
 * (https://developer.chrome.com/docs/extensions/develop/concepts/declare-permissions — "the Chrome
 * Web Store"); Firefox: extensions.webextensions.restrictedDomains (AMO and its CDNs).
 */
const RESTRICTED_HOSTS = new Set([
  'chrome.google.com',
  'chromewebstore.google.com',
  'microsoftedge.microsoft.com',
  'addons.mozilla.org',
  'accounts-static.cdn.mozilla.net',
  'accounts.firefox.com',
  'addons.cdn.mozilla.net',
  'content.cdn.mozilla.net',
  'discovery.addons.mozilla.org',
  'install.mozilla.org',
  'oauth.accounts.firefox.com',
  'profile.accounts.firefox.com',
  'support.mozilla.org',
  'sync.services.mozilla.com',
]);

/**
 * True when the browser will not let an extension read this page (chrome://, about:, the Web
 * Store, AMO, other extensions' pages, file: without the user's opt-in, bad URLs).
 * `file:` is treated as restricted: reading it needs a separate user switch Tokki does not ask for.
 */
export function isRestrictedUrl(url: string | undefined): boolean {
  if (!url) return true;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (RESTRICTED_SCHEMES.has(parsed.protocol)) return true;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return true;
  if (parsed.hostname === 'chrome.google.com') return parsed.pathname.startsWith('/webstore');
  return RESTRICTED_HOSTS.has(parsed.hostname);
}
