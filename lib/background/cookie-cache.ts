/**
 * The answers of a site's three cookie queries, kept between snapshots so opening the popup again
 * costs no cookies.getAll round trips. Pure: the background feeds it every cookie change event
 * and drops it on permission changes (site-cookies.ts); a worker restart starts it empty.
 *
 * An answer is served only while no change that could touch it was seen since its queries
 * started, and never with a cookie whose expiry has passed (browsers do not always report
 * expiry as a change event, but their getAll leaves expired cookies out).
 */
import type { CookieQueries, RawCookie } from '@/lib/platform/cookies';

/** Which cookies an answer is about: the site's registrable domain and CHIPS top-level site. */
export interface CookieScope {
  /** Registrable domain of the site URL (`example.com`); '' when unknown (every change concerns it). */
  site: string;
  /** `https://example.com`, as partition keys write it. */
  topLevelSite?: string;
}

/** A query in progress: a change seen before it finishes keeps its answer out of the cache. */
export interface CookieTicket {
  readonly key: string;
  readonly scope: CookieScope;
  stale: boolean;
}

/** The cookie fields a change event carries that decide which answers it may change. */
export type ChangedCookie = Pick<RawCookie, 'domain' | 'partitionKey'>;

interface Entry {
  queries: CookieQueries;
  scope: CookieScope;
  storedAt: number;
}

/** Answers older than this are asked again even without a change event: a bound on surprises. */
export const COOKIE_CACHE_MAX_AGE_MS = 60_000;
/** Sites remembered at once; the least recently stored is forgotten first. */
const COOKIE_CACHE_MAX_ENTRIES = 32;

function isUnder(domain: string, parent: string): boolean {
  return domain === parent || domain.endsWith(`.${parent}`);
}

/**
 * True when a change to `cookie` may change the answers for `scope`: its domain is the site's
 * registrable domain, inside it or above it, or it lives in the site's CHIPS partition.
 */
export function concernsScope(cookie: ChangedCookie, scope: CookieScope): boolean {
  if (scope.site === '') return true;
  const domain = String(cookie.domain ?? '')
    .replace(/^\./, '')
    .toLowerCase();
  if (domain === '' || isUnder(domain, scope.site) || isUnder(scope.site, domain)) return true;
  const partition = cookie.partitionKey?.topLevelSite;
  return partition !== undefined && partition === scope.topLevelSite;
}

function unexpired(cookies: readonly RawCookie[], nowS: number): RawCookie[] {
  return cookies.filter(
    (cookie) =>
      cookie.session === true ||
      typeof cookie.expirationDate !== 'number' ||
      cookie.expirationDate > nowS,
  );
}

/** See the module comment. One per background; `now` is always passed in. */
export class CookieCache {
  readonly #entries = new Map<string, Entry>();
  readonly #pending = new Set<CookieTicket>();
  readonly #maxAgeMs: number;
  readonly #maxEntries: number;

  constructor(maxAgeMs = COOKIE_CACHE_MAX_AGE_MS, maxEntries = COOKIE_CACHE_MAX_ENTRIES) {
    this.#maxAgeMs = maxAgeMs;
    this.#maxEntries = maxEntries;
  }

  /** The remembered answer for `key`, without cookies that have expired by `now` (ms). */
  read(key: string, now: number): CookieQueries | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (now - entry.storedAt > this.#maxAgeMs || now < entry.storedAt) {
      this.#entries.delete(key);
      return undefined;
    }
    const nowS = now / 1000;
    return {
      sent: unexpired(entry.queries.sent, nowS),
      domain: unexpired(entry.queries.domain, nowS),
      partitioned: unexpired(entry.queries.partitioned, nowS),
    };
  }

  /** Call before querying: changes seen from now on mark the ticket stale. */
  begin(key: string, scope: CookieScope): CookieTicket {
    const ticket: CookieTicket = { key, scope, stale: false };
    this.#pending.add(ticket);
    return ticket;
  }

  /**
   * Call with the queries' answer: remembered unless a change touched it meanwhile. Pass
   * `undefined` when a query failed, so nothing partial is remembered.
   */
  finish(ticket: CookieTicket, queries: CookieQueries | undefined, now: number): void {
    this.#pending.delete(ticket);
    if (ticket.stale || !queries) return;
    this.#entries.delete(ticket.key);
    this.#entries.set(ticket.key, { queries, scope: ticket.scope, storedAt: now });
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= this.#maxEntries) break;
      this.#entries.delete(oldest);
    }
  }

  /** A cookie was added, changed or removed: forget every answer it may change. */
  changed(cookie: ChangedCookie): void {
    for (const [key, entry] of this.#entries) {
      if (concernsScope(cookie, entry.scope)) this.#entries.delete(key);
    }
    for (const ticket of this.#pending) {
      if (concernsScope(cookie, ticket.scope)) ticket.stale = true;
    }
  }

  /** Forget everything (host permissions changed, so every answer may differ). */
  clear(): void {
    this.#entries.clear();
    for (const ticket of this.#pending) ticket.stale = true;
  }
}
