/** browser.cookies in both browsers' dialects: a site's three queries, and change events. */
import { browser } from 'wxt/browser';
import type { Unavailable } from '@/lib/engine/model/snapshot';

/** A cookie as either browser's cookies API returns it. */
export interface RawCookie {
  name: string;
  value: string;
  domain: string;
  path: string;
  hostOnly?: boolean;
  secure?: boolean;
  httpOnly?: boolean;
  sameSite?: string;
  session?: boolean;
  expirationDate?: number;
  storeId?: string;
  partitionKey?: { topLevelSite?: string; hasCrossSiteAncestor?: boolean };
  firstPartyDomain?: string;
}

/** The three cookie queries of a site. */
export interface CookieQueries {
  /** cookies.getAll({ url }): what the browser sends to the top-level URL. */
  sent: readonly RawCookie[];
  /** cookies.getAll({ domain: registrableDomain }): the domain's other cookies. */
  domain: readonly RawCookie[];
  /** Partitioned (CHIPS) cookies, when the browser exposes them. */
  partitioned: readonly RawCookie[];
}

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

/** Which cookies of a site to ask for. */
export interface CookieQuery {
  /** The tab's top-level URL. */
  url: string;
  /** Its registrable domain; '' skips the domain query. */
  domain: string;
  /** Its CHIPS top-level site; undefined skips the partitioned query. */
  topLevelSite: string | undefined;
  /** Firefox container of the tab. */
  storeId: string | undefined;
}

/**
 * The cookies of a site: those sent to `url`, the registrable domain's others, and partitioned
 * (CHIPS) cookies of this top-level site where the browser supports querying them. `failed` is
 * true when any query failed, so the answer is partial.
 */
export async function querySiteCookies({
  url,
  domain,
  topLevelSite,
  storeId,
}: CookieQuery): Promise<{ cookies: CookieQueries; unavailable: Unavailable[]; failed: boolean }> {
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
    topLevelSite
      ? // partitionKey in getAll: Chrome 119+ (https://developer.chrome.com/docs/extensions/reference/api/cookies#type-CookiePartitionKey),
        // Firefox 94+. Older browsers throw on the unknown key: then there is nothing partitioned to show.
        getAll({ partitionKey: { topLevelSite }, ...store }).catch((error: unknown) => {
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

/**
 * Calls `listener` with every cookie added, changed or removed. Returns false, listening to
 * nothing, where the browser reports no cookie changes.
 */
export function onCookieChanged(listener: (cookie: RawCookie) => void): boolean {
  if (!browser.cookies?.onChanged) return false;
  browser.cookies.onChanged.addListener(({ cookie }) => listener(cookie as RawCookie));
  return true;
}
