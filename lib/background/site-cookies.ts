/**
 * A site's cookies for a snapshot, answered from memory when nothing that could change the
 * answer happened since the last query (cookie-cache.ts), else asked of the browser.
 */
import type { Unavailable } from '@/lib/engine/model/snapshot';
import { onCookieChanged, querySiteCookies, type CookieQueries } from '@/lib/platform/cookies';
import { onSiteAccessChanged } from '@/lib/platform/permissions';
import { CookieCache } from './cookie-cache';
import { registrableDomain, topLevelSite } from './registrable-domain';

// Only a background that hears every cookie change may answer from memory.
let cache: CookieCache | undefined;

/**
 * Lets `readSiteCookies` answer repeated snapshots of a site from memory, kept current by
 * cookie change events. Call once, synchronously, when the background starts: after a worker
 * restart the cache starts empty, so nothing it serves predates the listener.
 */
export function registerCookieCache(): void {
  const fresh = new CookieCache();
  // Without change events an answer could not be trusted a moment later: then always ask.
  if (!onCookieChanged((cookie) => fresh.changed(cookie))) return;
  // Host access decides which cookies getAll may return at all.
  onSiteAccessChanged(() => fresh.clear());
  cache = fresh;
}

/**
 * The cookies of the site at `url` (see querySiteCookies), from memory when the cache holds a
 * current answer.
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
  const { failed, ...answer } = await querySiteCookies({
    url,
    domain,
    topLevelSite: site,
    storeId,
  });
  // A partial answer (one query failed) is served once, never remembered.
  if (ticket) cache?.finish(ticket, failed ? undefined : answer.cookies, Date.now());
  return answer;
}
