/** Reads a site's cookies through browser.cookies, in both browsers' dialects. */
import { browser } from 'wxt/browser';
import type { Unavailable } from '@/lib/model/snapshot';
import type { CookieQueries, RawCookie } from './assemble-snapshot';
import { registrableDomain, topLevelSite } from './site';

type Details = Record<string, unknown>;

function getAll(details: Details): Promise<RawCookie[]> {
  // Firefox with first-party isolation rejects queries that do not name firstPartyDomain; null
  // means "any" (https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/cookies/getAll).
  // Chrome rejects unknown keys, so it is added on Firefox only.
  const query = import.meta.env.FIREFOX ? { ...details, firstPartyDomain: null } : details;
  return browser.cookies.getAll(query as Parameters<typeof browser.cookies.getAll>[0]) as Promise<
    RawCookie[]
  >;
}

/**
 * Firefox only: the URL to ask `getAll({ url })` with. Firefox sends `Secure` cookies to
 * http://localhost and http://*.localhost (secure contexts), yet its cookies API counts only
 * https: URLs as secure and leaves those cookies out of the answer; Chrome includes them. Asking
 * with the https: form of such a URL gives what Firefox really sends (seen in Firefox ESR 153:
 * test/e2e/parity-firefox.e2e.ts). Other http: sites get no Secure cookies in either browser.
 */
function sentCookiesUrl(url: string): string {
  if (!import.meta.env.FIREFOX) return url;
  try {
    const parsed = new URL(url);
    const host = parsed.hostname;
    if (parsed.protocol !== 'http:' || !(host === 'localhost' || host.endsWith('.localhost')))
      return url;
    parsed.protocol = 'https:';
    return parsed.href;
  } catch {
    return url;
  }
}

/**
 * The cookies of a site: those sent to `url`, the registrable domain's others, and partitioned
 * (CHIPS) cookies of this top-level site where the browser supports querying them.
 */
export async function readSiteCookies(
  url: string,
  storeId?: string,
): Promise<{ cookies: CookieQueries; unavailable: Unavailable[] }> {
  const unavailable: Unavailable[] = [];
  const store = storeId ? { storeId } : {};
  const domain = registrableDomain(url);
  const site = topLevelSite(url);
  const [sent, others, partitioned] = await Promise.all([
    getAll({ url: sentCookiesUrl(url), ...store }).catch((error: unknown) => {
      unavailable.push({ what: 'cookies', reason: 'api-missing', detail: String(error) });
      return [];
    }),
    domain ? getAll({ domain, ...store }).catch(() => []) : Promise.resolve([]),
    site
      ? // partitionKey in getAll: Chrome 119+ (https://developer.chrome.com/docs/extensions/reference/api/cookies#type-CookiePartitionKey),
        // Firefox 94+. Older browsers throw on the unknown key: then there is nothing partitioned to show.
        getAll({ partitionKey: { topLevelSite: site }, ...store }).catch((error: unknown) => {
          unavailable.push({
            what: 'cookies',
            reason: 'api-missing',
            detail: `partitionKey: ${String(error)}`,
          });
          return [];
        })
      : Promise.resolve([]),
  ]);
  return { cookies: { sent, domain: others, partitioned }, unavailable };
}
