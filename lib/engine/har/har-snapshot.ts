/**
 * A HAR file's snapshot of one of its sites: the same `Snapshot` the background assembles for a
 * tab, so the same `analyze` answers. What a HAR cannot hold (web storage, IndexedDB; response
 * bodies when exported without content) is listed as unavailable, never reported as empty.
 */
import {
  emptySnapshot,
  type CapturedRequest,
  type Snapshot,
  type Unavailable,
} from '../model/snapshot';
import type { HarContents } from './har-reader';
import type { HarSite, HarSites } from './har-sites';

/**
 * Requests kept per snapshot, as the capture keeps a tab's (LOG_CAP and PLAIN_LOG_CAP in
 * lib/background/constants.ts): the most recent, and every request that set or issued a
 * credential wherever it is (the login story). The rest are counted in `requestStats.dropped` and
 * said on screen. The same bound keeps the report, and the page that shows it, small: at 5,000 a
 * 100,000-entry file's report took the page a main-thread task of over 200 ms to take in.
 */
const HAR_CREDENTIAL_CAP = 1000;
const HAR_PLAIN_CAP = 1000;
/** Response bodies kept, as the panel keeps the issuing bodies it saw (MAX_BODIES). */
const HAR_BODY_CAP = 100;

function originOf(url: string): string | undefined {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

/** Sets or issues a credential: always kept, whatever the caps. */
function isLoginStory(r: CapturedRequest, issuing: Set<string>): boolean {
  return r.responseHeaders.length > 0 || !!r.formFields || issuing.has(r.id);
}

/** The site's requests, newest kept past the caps; the page's origin as each one's initiator. */
function siteRequests(c: HarContents, s: HarSites, at: number, issuing: Set<string>) {
  const credential: number[] = [];
  const plain: number[] = [];
  for (let i = 0; i < c.requests.length; i++) {
    if (s.siteOf[i] !== at) continue;
    (c.requests[i]!.plain ? plain : credential).push(i);
  }
  const keep = (list: number[], cap: number) =>
    list.filter((i, n) => n >= list.length - cap || isLoginStory(c.requests[i]!, issuing));
  const kept = [...keep(credential, HAR_CREDENTIAL_CAP), ...keep(plain, HAR_PLAIN_CAP)];
  kept.sort((a, b) => a - b);
  let page = '';
  const requests = kept.map((i) => {
    const r = c.requests[i]!;
    if (r.type === 'main_frame') page = originOf(r.url) ?? page;
    // A HAR does not name frames: requests count as the page's own (frame 0), made by its origin.
    return r.type === 'main_frame' || r.type === 'sub_frame' || page === ''
      ? r
      : { ...r, initiator: page, frameId: 0 };
  });
  return {
    requests,
    total: credential.length + plain.length,
    plain: plain.length,
    dropped: credential.length + plain.length - kept.length,
  };
}

/** What a HAR never holds, and what this one lacks. */
function unavailableOf(c: HarContents): Unavailable[] {
  const list: Unavailable[] = [
    { what: 'storage', reason: 'not-in-har' },
    { what: 'indexedDB', reason: 'not-in-har' },
  ];
  if (!c.hadContent) list.push({ what: 'bodies', reason: 'not-in-har' });
  return list;
}

/** The top-level site (`https://example.com`) of the page request `i` belongs to. */
function topLevelSiteOf(sites: HarSites, i: number): string | undefined {
  const site = sites.all[sites.siteOf[i] ?? -1];
  const origin = site && originOf(site.url);
  return origin && `${origin.slice(0, origin.indexOf('://'))}://${site.domain}`;
}

function browserOf(creator: string): Snapshot['browser'] {
  if (/firefox/i.test(creator)) return 'firefox';
  if (/webinspector|chrom/i.test(creator)) return 'chrome';
  return undefined;
}

/**
 * The snapshot of `site` (one of `sites.all`) as the HAR shows it at its end: its requests, the
 * cookie jar its responses left, the bodies that issued tokens.
 *
 * @example analyze(harSnapshot(contents, sites, sites.sites[0]), takenAt)
 */
export function harSnapshot(c: HarContents, sites: HarSites, site: HarSite): Snapshot {
  const at = sites.all.indexOf(site);
  const issuing = new Set<string>();
  const bodies = c.bodies.filter((b) => {
    const i = Number(b.requestId?.slice(4));
    return sites.siteOf[i] === at;
  });
  for (const b of bodies) if (b.requestId) issuing.add(b.requestId);
  const { requests, total, plain, dropped } = siteRequests(c, sites, at, issuing);
  const last = requests[requests.length - 1];
  const takenAt = last ? Math.round(last.time + (last.timing?.end ?? 0)) : 0;
  const snapshot = emptySnapshot(site.url, takenAt);
  snapshot.site = {
    url: site.url,
    ...(site.title ? { title: site.title } : {}),
    registrableDomain: site.domain,
  };
  const browser = browserOf(c.creator);
  if (browser) snapshot.browser = browser;
  snapshot.cookies = c.jar.cookiesFor(site.url, site.domain, (i) => topLevelSiteOf(sites, i));
  snapshot.requests = requests;
  snapshot.requestStats = {
    total,
    withoutCredentials: plain,
    dropped,
    since: requests[0]?.time ?? takenAt,
  };
  snapshot.bodies = bodies.slice(-HAR_BODY_CAP);
  snapshot.unavailable = unavailableOf(c);
  return snapshot;
}
