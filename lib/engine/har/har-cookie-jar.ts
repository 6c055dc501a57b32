/**
 * The cookie jar a HAR implies: what its responses set (`Set-Cookie`, read with every attribute by
 * set-cookie-parser), in file order, as a browser would have kept it, plus the cookies its requests
 * carried that no response in the file set (set before the recording, or by a script). A HAR has
 * no cookie store of its own; this is the stand-in for `browser.cookies` in a live snapshot.
 */
import { parseSetCookie } from 'set-cookie-parser';
import { parseCookieHeader } from '../analyze/cookie-header';
import { guessRegistrableDomain, isWithinDomain } from '../analyze/site';
import type { SnapshotCookie } from '../model/snapshot';
import type { SentCookie } from './har-entry';

type JarCookie = Omit<SnapshotCookie, 'scope'>;

const SAME_SITE: Record<string, SnapshotCookie['sameSite']> = {
  lax: 'lax',
  strict: 'strict',
  none: 'no_restriction',
  no_restriction: 'no_restriction',
};

function sameSiteOf(value: string | undefined): SnapshotCookie['sameSite'] {
  return SAME_SITE[(value ?? '').toLowerCase()] ?? 'unspecified';
}

function urlParts(url: string): { host: string; path: string; https: boolean } | undefined {
  try {
    const u = new URL(url);
    return { host: u.hostname.toLowerCase(), path: u.pathname, https: u.protocol === 'https:' };
  } catch {
    return undefined;
  }
}

/** RFC 6265 §5.1.4: the default path is the request path up to its last slash. */
function defaultPath(path: string): string {
  const last = path.lastIndexOf('/');
  return last <= 0 ? '/' : path.slice(0, last);
}

function keyOf(c: { domain: string; path: string; name: string }): string {
  return `${c.domain}\u0000${c.path}\u0000${c.name}`;
}

function pathMatches(cookiePath: string, path: string): boolean {
  if (path === cookiePath) return true;
  if (!path.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || path.charAt(cookiePath.length) === '/';
}

/** The jar. Feed it entries in file order; ask it for a site's cookies at the end. */
export class HarCookieJar {
  private readonly set = new Map<string, JarCookie>();
  /** Cookies seen only in requests, by host and name. */
  private readonly sent = new Map<string, JarCookie>();
  /** Cookie headers already read per host: pages send the same header thousands of times. */
  private readonly seenHeaders = new Set<string>();
  /** Domains (bare) where a Set-Cookie of the file set or deleted each name. */
  private readonly setDomains = new Map<string, Set<string>>();
  /** Domains (bare) where the HAR's own cookie lists gave each name's attributes. */
  private readonly listedDomains = new Map<string, Set<string>>();
  /**
   * The request that set each partitioned cookie: its partition is the top-level site of that
   * request's page, known only once the file's pages and sites are (`cookiesFor`).
   */
  private readonly partitionedBy = new Map<string, number>();

  /**
   * Applies the Set-Cookie lines of a response to `url`, received at `time` (ms), in answer to
   * the file's request number `request`.
   */
  applySetCookie(lines: readonly string[], url: string, time: number, request = -1): void {
    const at = urlParts(url);
    if (!at || lines.length === 0) return;
    for (const line of lines) {
      const [parsed] = parseSetCookie(line, { decodeValues: false, split: false, silent: true });
      if (!parsed || parsed.name === '') continue;
      const domainAttr = parsed.domain?.replace(/^\./, '').toLowerCase();
      // A browser rejects a Domain the request's host is not within (RFC 6265 §5.3 step 6).
      if (domainAttr && !isWithinDomain(at.host, domainAttr) && at.host !== domainAttr) continue;
      const cookie: JarCookie = {
        name: parsed.name,
        value: parsed.value,
        domain: domainAttr ? `.${domainAttr}` : at.host,
        path: parsed.path?.startsWith('/') ? parsed.path : defaultPath(at.path),
        hostOnly: !domainAttr,
        secure: !!parsed.secure,
        httpOnly: !!parsed.httpOnly,
        sameSite: sameSiteOf(parsed.sameSite),
        session: true,
      };
      const expires =
        parsed.maxAge !== undefined
          ? time / 1000 + parsed.maxAge
          : parsed.expires && Number.isFinite(parsed.expires.getTime())
            ? parsed.expires.getTime() / 1000
            : undefined;
      const key = keyOf(cookie);
      this.forgetSent(cookie.name, cookie.domain.replace(/^\./, ''));
      // A past expiry deletes the cookie (logout responses do this).
      if (expires !== undefined && expires <= time / 1000) {
        this.set.delete(key);
        continue;
      }
      if (expires !== undefined) {
        cookie.session = false;
        cookie.expirationDate = Math.round(expires);
      }
      this.partitionedBy.delete(key);
      if (parsed.partitioned) {
        // Until cookiesFor knows the request's page: the site of the host that set it.
        cookie.partitionKey = {
          topLevelSite: `${at.https ? 'https' : 'http'}://${guessRegistrableDomain(at.host)}`,
        };
        this.partitionedBy.set(key, request);
      }
      this.set.set(key, cookie);
    }
  }

  /**
   * Notes the cookies a request to `url` carried: its Cookie header, and the HAR's `cookies` list
   * (Chrome writes each cookie's attributes there).
   */
  noteSent(url: string, cookieHeader: string | undefined, listed: readonly SentCookie[]): void {
    const at = urlParts(url);
    if (!at) return;
    for (const c of listed) {
      if (!c.domain) continue;
      const domain = c.domain.toLowerCase();
      const cookie: JarCookie = {
        name: c.name,
        value: c.value,
        domain,
        path: c.path ?? '/',
        hostOnly: !domain.startsWith('.'),
        secure: !!c.secure,
        httpOnly: !!c.httpOnly,
        sameSite: sameSiteOf(c.sameSite),
        session: true,
      };
      const expires = c.expires ? Date.parse(c.expires) : NaN;
      if (Number.isFinite(expires)) {
        cookie.session = false;
        cookie.expirationDate = Math.round(expires / 1000);
      }
      const bare = domain.replace(/^\./, '');
      if (covers(this.setDomains, c.name, bare)) continue;
      this.sent.set(`${domain}\u0000${c.name}`, cookie);
      add(this.listedDomains, c.name, bare);
    }
    if (!cookieHeader) return;
    const memo = `${at.host}\u0000${cookieHeader}`;
    if (this.seenHeaders.has(memo)) return;
    this.seenHeaders.add(memo);
    for (const [name, value] of parseCookieHeader(cookieHeader)) {
      if (name === '' || covers(this.setDomains, name, at.host)) continue;
      if (covers(this.listedDomains, name, at.host)) continue;
      // Nothing in the file says its attributes: a host-only session cookie, readable by
      // scripts, is what a script's `document.cookie = …` makes.
      this.sent.set(`${at.host}\u0000${name}`, {
        name,
        value,
        domain: at.host,
        path: '/',
        hostOnly: true,
        secure: at.https,
        httpOnly: false,
        sameSite: 'unspecified',
        session: true,
      });
    }
  }

  /** A Set-Cookie for `name` on `domain` makes what the requests showed of it out of date. */
  private forgetSent(name: string, domain: string): void {
    add(this.setDomains, name, domain);
    for (const [key, c] of this.sent) {
      const bare = c.domain.replace(/^\./, '');
      if (c.name === name && (bare === domain || isWithinDomain(bare, domain)))
        this.sent.delete(key);
    }
  }

  /**
   * The cookies of the site at `siteUrl` (registrable domain `domain`): `sent` when the browser
   * would send them to that URL, `domain` for the domain's others; the cookies of other sites are
   * left out, as a live snapshot leaves them out. `topLevelSiteOf` names the top-level site
   * (`https://example.com`) of the page a request belongs to: a partitioned cookie's partition.
   */
  cookiesFor(
    siteUrl: string,
    domain: string,
    topLevelSiteOf?: (request: number) => string | undefined,
  ): SnapshotCookie[] {
    const at = urlParts(siteUrl);
    const out: SnapshotCookie[] = [];
    const names = new Set<string>();
    const add = (c: JarCookie) => {
      const bare = c.domain.replace(/^\./, '');
      if (!isWithinDomain(bare, domain) && bare !== domain) return;
      const sent =
        !!at &&
        (c.hostOnly ? at.host === bare : isWithinDomain(at.host, bare) || at.host === bare) &&
        pathMatches(c.path, at.path) &&
        (!c.secure || at.https || at.host === 'localhost' || at.host.endsWith('.localhost'));
      const scope: SnapshotCookie['scope'] = c.partitionKey
        ? 'partitioned'
        : sent
          ? 'sent'
          : 'domain';
      const partition = c.partitionKey && topLevelSiteOf?.(this.partitionedBy.get(keyOf(c)) ?? -1);
      out.push({
        ...c,
        scope,
        ...(partition ? { partitionKey: { topLevelSite: partition } } : {}),
      });
      names.add(`${bare}\u0000${c.name}`);
    };
    for (const c of this.set.values()) add(c);
    for (const c of this.sent.values()) {
      if (!names.has(`${c.domain.replace(/^\./, '')}\u0000${c.name}`)) add(c);
    }
    return out;
  }
}

function add(map: Map<string, Set<string>>, name: string, domain: string): void {
  let domains = map.get(name);
  if (!domains) map.set(name, (domains = new Set()));
  domains.add(domain);
}

/** True when `host` is one of the domains recorded for `name`, or within one. */
function covers(map: Map<string, Set<string>>, name: string, host: string): boolean {
  const domains = map.get(name);
  if (!domains) return false;
  for (const d of domains) if (host === d || isWithinDomain(host, d)) return true;
  return false;
}
