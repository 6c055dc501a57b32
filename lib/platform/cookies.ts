/** Reads a site's cookies through browser.cookies, in both browsers' dialects. */
import { browser } from 'wxt/browser';
import type { Unavailable } from '@/lib/engine/model/snapshot';
import type { CookieQueries, RawCookie } from '../background/assemble-snapshot';
import { CookieCache } from '../background/cookie-cache';
import { registrableDomain, topLevelSite } from '../background/registrable-domain';

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

// Only a background that hears every cookie change may answer from memory.
let cache: CookieCache | undefined;

/**
 * Lets `readSiteCookies` answer repeated snapshots of a site from memory, kept current by
 * cookies.onChanged. Call once, synchronously, when the background starts: after a worker
 * restart the cache starts empty, so nothing it serves predates the listener.
 */
export function registerCookieCache(): void {
  // Without change events an answer could not be trusted a moment later: then always ask.
  if (!browser.cookies?.onChanged) return;
  const fresh = new CookieCache();
  browser.cookies.onChanged.addListener(({ cookie }) => fresh.changed(cookie));
  // Host access decides which cookies getAll may return at all.
  browser.permissions.onAdded?.addListener(() => fresh.clear());
  browser.permissions.onRemoved?.addListener(() => fresh.clear());
  cache = fresh;
}

/**
 * The cookies of a site: those sent to `url`, the registrable domain's others, and partitioned
 * (CHIPS) cookies of this top-level site where the browser supports querying them. Answered from
 * memory when nothing that could change the answer happened since the last query (see
 * cookie-cache.ts).
 */
export async function readSiteCookies(
  url: string,
  storeId?: string,
): Promise<{ cookies: CookieQueries; unavailable: Unavailable[] }> {
  const domain = registrableDomain(url);
  const site = topLevelSite(url);
  const key = `${storeId ?? ''}\u0000${url}`;
  const remembered = cache?.read(key, Date.now());
  if (remembered) return { cookies: remembered, unavailable: [] };
  const ticket = cache?.begin(key, { site: domain, ...(site ? { topLevelSite: site } : {}) });
  const { failed, ...answer } = await querySiteCookies(url, domain, site, storeId);
  // A partial answer (one query failed) is served once, never remembered.
  if (ticket) cache?.finish(ticket, failed ? undefined : answer.cookies, Date.now());
  return answer;
}

async function querySiteCookies(
  url: string,
  domain: string,
  site: string | undefined,
  storeId: string | undefined,
): Promise<{ cookies: CookieQueries; unavailable: Unavailable[]; failed: boolean }> {
  const unavailable: Unavailable[] = [];
  let failed = false;
  const store = storeId ? { storeId } : {};
  const [sent, others, partitioned] = await Promise.all([
    getAll({ url: sentCookiesUrl(url), ...store }).catch((error: unknown) => {
      unavailable.push({ what: 'cookies', reason: 'api-missing', detail: String(error) });
      return [];
    }),
    domain
      ? getAll({ domain, ...store }).catch(() => {
          failed = true;
          return [];
        })
      : Promise.resolve([]),
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
  return {
    cookies: { sent, domain: others, partitioned },
    unavailable,
    failed: failed || unavailable.length > 0,
  };
}
