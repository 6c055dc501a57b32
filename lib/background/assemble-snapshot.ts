/**
 * Builds a Snapshot from plain inputs the background gathered: the tab, cookies from three queries,
 * the capture log and the storage scan. Pure, so every rule here is a unit test.
 */
import type {
  IndexedDbEntry,
  Snapshot,
  SnapshotCookie,
  StorageEntry,
  Unavailable,
} from '@/lib/engine/model/snapshot';
import { emptySnapshot } from '@/lib/engine/model/snapshot';
import { statsOf, type TabLog } from './tab-log';
import { registrableDomain, topLevelSite } from './registrable-domain';
import type { CookieQueries, RawCookie } from '@/lib/platform/cookies';

export interface SnapshotInputs {
  tab: { id?: number; url: string; title?: string };
  takenAt: number;
  browser?: 'chrome' | 'firefox';
  cookies?: CookieQueries;
  log?: TabLog;
  storage?: readonly StorageEntry[];
  indexedDB?: readonly IndexedDbEntry[];
  unavailable?: readonly Unavailable[];
}

const SAME_SITE: Record<string, SnapshotCookie['sameSite']> = {
  no_restriction: 'no_restriction',
  none: 'no_restriction',
  lax: 'lax',
  strict: 'strict',
  unspecified: 'unspecified',
};

function cookieKey(cookie: RawCookie): string {
  return [
    cookie.storeId ?? '',
    cookie.firstPartyDomain ?? '',
    cookie.partitionKey?.topLevelSite ?? '',
    cookie.domain,
    cookie.path,
    cookie.name,
  ].join('\u0000');
}

/** Copies only the known fields of a browser cookie, so nothing unexpected crosses messaging. */
function toSnapshotCookie(cookie: RawCookie, scope: SnapshotCookie['scope']): SnapshotCookie {
  const session = cookie.session ?? cookie.expirationDate === undefined;
  const partitionKey =
    cookie.partitionKey && Object.keys(cookie.partitionKey).length > 0
      ? cookie.partitionKey
      : undefined;
  return {
    name: String(cookie.name),
    value: String(cookie.value),
    domain: String(cookie.domain),
    path: String(cookie.path),
    hostOnly: !!cookie.hostOnly,
    secure: !!cookie.secure,
    httpOnly: !!cookie.httpOnly,
    sameSite: SAME_SITE[String(cookie.sameSite ?? 'unspecified').toLowerCase()] ?? 'unspecified',
    session,
    ...(!session && typeof cookie.expirationDate === 'number'
      ? { expirationDate: cookie.expirationDate }
      : {}),
    ...(cookie.storeId ? { storeId: cookie.storeId } : {}),
    ...(partitionKey ? { partitionKey: { ...partitionKey } } : {}),
    ...(cookie.firstPartyDomain ? { firstPartyDomain: cookie.firstPartyDomain } : {}),
    scope,
  };
}

/**
 * Merges the three cookie queries into one list without duplicates: sent cookies first, then the
 * registrable domain's others, then partitioned cookies of this top-level site. A partitioned
 * cookie is always labelled `partitioned`, whichever query found it, and one partitioned under
 * another top-level site is left out (it is not this site's).
 */
export function mergeCookies(queries: CookieQueries, siteUrl: string): SnapshotCookie[] {
  const site = topLevelSite(siteUrl);
  const seen = new Set<string>();
  const merged: SnapshotCookie[] = [];
  const add = (cookies: readonly RawCookie[], scope: SnapshotCookie['scope']) => {
    for (const cookie of cookies) {
      if (!cookie || typeof cookie.name !== 'string') continue;
      const partition = cookie.partitionKey?.topLevelSite;
      if (partition !== undefined && partition !== site) continue;
      const key = cookieKey(cookie);
      if (seen.has(key)) continue;
      seen.add(key);
      merged.push(toSnapshotCookie(cookie, partition !== undefined ? 'partitioned' : scope));
    }
  };
  add(queries.sent, 'sent');
  add(queries.domain, 'domain');
  add(queries.partitioned, 'partitioned');
  return merged;
}

/**
 * The snapshot of one tab. `site.registrableDomain` is worked out here, with the Public Suffix
 * List the background already holds, so the engine and the UI need not ship that list.
 */
export function assembleSnapshot(inputs: SnapshotInputs): Snapshot {
  const snapshot = emptySnapshot(inputs.tab.url, inputs.takenAt);
  const domain = registrableDomain(inputs.tab.url);
  snapshot.site = {
    url: inputs.tab.url,
    ...(inputs.tab.id !== undefined ? { tabId: inputs.tab.id } : {}),
    ...(inputs.tab.title ? { title: inputs.tab.title } : {}),
    ...(domain ? { registrableDomain: domain } : {}),
  };
  if (inputs.browser) snapshot.browser = inputs.browser;
  if (inputs.cookies) snapshot.cookies = mergeCookies(inputs.cookies, inputs.tab.url);
  // The credential entries first, in their order; then those without credentials (`plain`).
  snapshot.requests = inputs.log
    ? [...inputs.log.entries, ...(inputs.log.plain?.entries ?? [])]
    : [];
  snapshot.requestStats = statsOf(inputs.log, inputs.takenAt);
  snapshot.storage = [...(inputs.storage ?? [])];
  snapshot.indexedDB = [...(inputs.indexedDB ?? [])];
  const unavailable = [...(inputs.unavailable ?? [])];
  if (inputs.log?.quotaExceeded) unavailable.push({ what: 'requests', reason: 'quota' });
  snapshot.unavailable = dedupeUnavailable(unavailable);
  return snapshot;
}

function dedupeUnavailable(list: Unavailable[]): Unavailable[] {
  const seen = new Set<string>();
  return list.filter((item) => {
    const key = `${item.what}|${item.reason}|${item.detail ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
