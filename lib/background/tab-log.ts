/**
 * The per-tab capture log: a ring buffer of credential-bearing requests with counters, and a
 * smaller one of the requests without credentials (so every request of the site can be listed).
 * Pure; capture-store.ts persists it in storage.session.
 */
import type { CapturedRequest, RequestStats, Unavailable } from '@/lib/engine/model/snapshot';
import { LOG_BYTE_BUDGET, LOG_CAP, PLAIN_BYTE_BUDGET, PLAIN_LOG_CAP } from './constants';
import { entrySite, isOtherSite, siteKey } from './registrable-domain';

export interface TabLog {
  tabId: number;
  /** Top-level URL the log was started (or last confirmed) for. Empty until the first navigation. */
  url: string;
  /** When capture started for this tab and site (ms since epoch). */
  since: number;
  total: number;
  withoutCredentials: number;
  /** Entries the ring buffer let go (oldest first), and requests a stopped worker took with it. */
  dropped: number;
  /**
   * Requests of a page whose start capture never saw (see `missedPageStart`) of which only the
   * end reached it, with nothing in it to keep: whether they carried a credential is unknown.
   * Counted apart from `dropped`, which they are not: a reload shows them in full.
   */
  seenPartly: number;
  /** JSON size of each entry, parallel to `entries`, to keep the byte budget without re-measuring. */
  sizes: number[];
  bytes: number;
  entries: CapturedRequest[];
  /**
   * Requests without credentials (`plain`), oldest first, in a ring of their own: they are
   * counted in `withoutCredentials` whether kept or let go, never in `dropped`.
   */
  plain?: PlainRing;
  /**
   * The site of the latest main-frame response seen in this tab, whatever site the log is on: when
   * it is not the tab's site, the log never saw the page load (see `missedPageStart`).
   */
  pageSite?: string;
  /** storage.session refused a write (quota); the log in memory is still served. */
  quotaExceeded?: boolean;
  /**
   * The newest journal key (worker start, sequence) whose changes this log already holds, so a
   * restarted worker replaying the journal never applies a change twice.
   */
  journalMark?: JournalMark;
  /**
   * requestIds of this tab's requests that started and have not ended yet, oldest first. A worker
   * stopped mid-flight takes their details with it; the next one counts them as dropped.
   */
  open?: string[];
  /**
   * requestIds already counted as dropped by such a restart, whose end may still arrive: it then
   * replaces the drop instead of counting the request a second time.
   */
  settled?: string[];
}

/** The ring of requests without credentials, with the JSON size of each. */
interface PlainRing {
  entries: CapturedRequest[];
  sizes: number[];
  bytes: number;
}

/** Position in the capture journal: which worker (its start time) and which of its writes. */
export interface JournalMark {
  boot: number;
  seq: number;
}

/** True when journal position `a` comes after `b` (or `b` is unset). */
export function isAfterMark(a: JournalMark, b: JournalMark | undefined): boolean {
  return !b || a.boot > b.boot || (a.boot === b.boot && a.seq > b.seq);
}

/**
 * One change to a tab's log, queued on the hot path and applied in batches. `rid` names the
 * request (its webRequest requestId) that an `append`, `count` or `lost` ends.
 */
export type LogOp =
  | { op: 'append'; entry: CapturedRequest; rid?: string }
  /** A request without credentials: counted, and `entry` listed when it comes. */
  | { op: 'count'; rid?: string; entry?: CapturedRequest }
  /**
   * A request whose start an earlier (stopped) worker saw: whether it carried a credential died
   * with that worker, so it is counted as dropped rather than lost without a trace.
   */
  | { op: 'lost'; rid?: string }
  /** Requests that started (their requestIds); each stays open until an op with its `rid`. */
  | { op: 'open'; ids: string[] }
  /**
   * The tab is on `url`. `from: 'request'` when webRequest saw the page's main-frame response (the
   * navigation's own request), `'tab'` when only the tab's new URL said so (tabs.onUpdated, a
   * page restored from the back/forward cache).
   */
  | { op: 'navigate'; url: string; time: number; from?: 'request' | 'tab' }
  | { op: 'clear'; time: number };

/** A fresh, empty log. */
export function newTabLog(tabId: number, url: string, now: number): TabLog {
  return {
    tabId,
    url,
    since: now,
    total: 0,
    withoutCredentials: 0,
    dropped: 0,
    seenPartly: 0,
    sizes: [],
    bytes: 0,
    entries: [],
  };
}

/** Limits of one log; tests pass small ones. */
export interface LogLimits {
  cap: number;
  byteBudget: number;
  /** Of the requests without credentials; PLAIN_LOG_CAP and PLAIN_BYTE_BUDGET by default. */
  plainCap?: number;
  plainByteBudget?: number;
}

const DEFAULT_LIMITS: LogLimits = { cap: LOG_CAP, byteBudget: LOG_BYTE_BUDGET };

/**
 * Open requests one log remembers (as many as the in-flight tracker holds); past this the oldest
 * is counted as dropped at once, so a request whose end never comes cannot grow the log.
 */
export const MAX_OPEN = 4096;

/** Requests counted as dropped whose late end is still recognised; older ones are forgotten. */
const MAX_SETTLED = 4096;

function dropOldest(log: TabLog, count: number): void {
  if (count <= 0) return;
  const removed = log.sizes.splice(0, count);
  log.entries.splice(0, count);
  for (const size of removed) log.bytes -= size;
  log.dropped += count;
}

/**
 * Applies queued changes to a log, in order, and returns it (the same object when one was
 * given: logs can hold a thousand entries, so they are changed in place).
 * `navigate` to another site (registrable domain) starts the log afresh with only the entries that
 * belong to the new site; the same site keeps it; a page that is no site changes nothing but the URL.
 * Past `cap` entries or `byteBudget` bytes the oldest entries are dropped and counted.
 */
export function applyOps(
  log: TabLog | undefined,
  tabId: number,
  ops: readonly LogOp[],
  now: number,
  limits: LogLimits = DEFAULT_LIMITS,
): TabLog {
  let current = log ?? newTabLog(tabId, '', now);
  const open = new Set(current.open);
  const settled = new Set(current.settled);
  /** Ends request `rid`; true when a restart already counted it as dropped. */
  const close = (rid: string | undefined): boolean =>
    rid !== undefined && !open.delete(rid) && settled.delete(rid);
  let appended = 0;
  for (const change of ops) {
    switch (change.op) {
      case 'append': {
        const counted = close(change.rid);
        if (isRepeatedNavigation(current, change.entry)) break;
        const size = JSON.stringify(change.entry).length;
        current.entries.push(change.entry);
        current.sizes.push(size);
        current.bytes += size;
        // A request counted as dropped at a restart whose end came after all: no longer dropped.
        if (counted) current.dropped = Math.max(0, current.dropped - 1);
        else current.total += 1;
        appended += 1;
        break;
      }
      case 'count':
        if (close(change.rid)) current.dropped = Math.max(0, current.dropped - 1);
        else current.total += 1;
        current.withoutCredentials += 1;
        if (change.entry) keepPlain(current, change.entry, limits);
        break;
      case 'lost': {
        // A request this log never saw open, on a page whose load it never saw: its start came
        // before capture listened. One it saw open is a real loss (a worker stopped mid-flight).
        const unknown = change.rid !== undefined && !open.has(change.rid);
        if (close(change.rid)) break;
        current.total += 1;
        if (unknown && !sawPageLoad(current)) current.seenPartly += 1;
        else current.dropped += 1;
        break;
      }
      case 'open':
        for (const id of change.ids) open.add(id);
        for (const id of open) {
          if (open.size <= MAX_OPEN) break;
          open.delete(id);
          settle(current, settled, id);
        }
        break;
      case 'navigate': {
        // A page that is no site (about:blank, a new-tab page) keeps the entries: its tabs.onUpdated
        // can come after the first requests of the page that replaces it. The next site sorts them.
        if (current.url !== '' && isOtherSite(current.url, change.url) && isWebUrl(change.url)) {
          current = keepSite(current, change.url, change.time);
          // The counters start again, so earlier drops are no longer there to replace.
          settled.clear();
        } else {
          current.url = change.url;
        }
        // The main-frame response of a page: the log saw that page load.
        if (change.from === 'request') current.pageSite = siteKey(current.url);
        break;
      }
      case 'clear': {
        const { pageSite } = current;
        current = newTabLog(tabId, current.url, change.time);
        if (pageSite !== undefined) current.pageSite = pageSite;
        settled.clear();
        break;
      }
    }
  }
  if (appended > 0) enforceLimits(current, limits);
  // Requests in flight stay open across a move to another site or a clear: their ends land here.
  keepIds(current, 'open', open);
  keepIds(current, 'settled', settled);
  return current;
}

/**
 * The log of a tab that moved to `url`'s site: what belongs to that site stays, the rest goes.
 * The browser reports the navigation, its requests and the tab's new URL through separate events
 * in no fixed order, so requests of the new page can come before the `navigate` that names it.
 */
function keepSite(log: TabLog, url: string, time: number): TabLog {
  const site = siteKey(url);
  const fresh = newTabLog(log.tabId, url, time);
  if (log.pageSite !== undefined) fresh.pageSite = log.pageSite;
  if (site === '') return fresh;
  log.entries.forEach((entry, i) => {
    if (entrySite(entry) !== site) return;
    fresh.entries.push(entry);
    fresh.sizes.push(log.sizes[i] ?? JSON.stringify(entry).length);
    fresh.since = Math.min(fresh.since, entry.time);
  });
  fresh.bytes = fresh.sizes.reduce((sum, size) => sum + size, 0);
  fresh.total = fresh.entries.length;
  const plain = log.plain;
  if (plain) {
    const ring = emptyRing();
    plain.entries.forEach((entry, i) => {
      if (entrySite(entry) !== site) return;
      const size = plain.sizes[i] ?? JSON.stringify(entry).length;
      ring.entries.push(entry);
      ring.sizes.push(size);
      ring.bytes += size;
      fresh.since = Math.min(fresh.since, entry.time);
    });
    fresh.total += ring.entries.length;
    fresh.withoutCredentials = ring.entries.length;
    if (ring.entries.length > 0) fresh.plain = ring;
  }
  return fresh;
}

function emptyRing(): PlainRing {
  return { entries: [], sizes: [], bytes: 0 };
}

/** Lists a request without credentials, letting the oldest go past the plain ring's limits. */
function keepPlain(log: TabLog, entry: CapturedRequest, limits: LogLimits): void {
  const ring = (log.plain ??= emptyRing());
  const size = JSON.stringify(entry).length;
  ring.entries.push(entry);
  ring.sizes.push(size);
  ring.bytes += size;
  const cap = limits.plainCap ?? PLAIN_LOG_CAP;
  const budget = limits.plainByteBudget ?? PLAIN_BYTE_BUDGET;
  let over = Math.max(0, ring.entries.length - cap);
  let bytes = ring.bytes;
  for (let i = 0; i < over; i++) bytes -= ring.sizes[i] ?? 0;
  while (bytes > budget && over < ring.entries.length - 1) {
    bytes -= ring.sizes[over] ?? 0;
    over += 1;
  }
  if (over === 0) return;
  ring.entries.splice(0, over);
  ring.sizes.splice(0, over);
  ring.bytes = bytes;
}

/**
 * True when the tab is on a web page whose load the log never saw (no main-frame response of its
 * site since): the extension's worker was still starting, or the page came back from the
 * back/forward cache. Its first requests, often the login, are missing; a reload shows them.
 * A page whose own service worker answers its navigation hides that response from webRequest
 * too: then the requests are indeed unseen, though a reload may not bring them.
 *
 * @example missedPageStart(log, 'https://app.example.com/') // true: only later requests were seen
 */
export function missedPageStart(log: TabLog, tabUrl: string): boolean {
  return isWebUrl(tabUrl) && log.pageSite !== siteKey(tabUrl);
}

/**
 * What the snapshot says of a tab's requests that capture could not see, if anything: none were
 * seen yet; the page loaded before capture listened, with the number of its requests seen only
 * at their end when there are any (said apart from the ring buffer's drops); or nothing.
 *
 * @example requestsNote(log, 'https://app.example.com/') // { what: 'requests', reason: 'seen-partly', count: 2 }
 */
export function requestsNote(log: TabLog | undefined, tabUrl: string): Unavailable | undefined {
  if (!log) return { what: 'requests', reason: 'not-captured-yet' };
  if (!missedPageStart(log, tabUrl)) return undefined;
  if (log.seenPartly > 0) return { what: 'requests', reason: 'seen-partly', count: log.seenPartly };
  return { what: 'requests', reason: 'started-mid-page' };
}

/**
 * Whether the log saw the load (the main-frame response) of the page it is on now. A URL that is
 * no site (about:blank) changes nothing: a new tab's blank-page update can come after its page's
 * own load and URL, and leaves the log on the site it was on.
 */
function sawPageLoad(log: TabLog): boolean {
  if (log.pageSite === undefined) return false;
  return log.pageSite === siteKey(log.url) || !isWebUrl(log.url);
}

function isWebUrl(url: string): boolean {
  return /^https?:/i.test(url);
}

/** Counts `id` as dropped now and remembers it, so its end, if it comes, replaces the drop. */
function settle(log: TabLog, settled: Set<string>, id: string): void {
  log.total += 1;
  log.dropped += 1;
  settled.delete(id);
  settled.add(id);
  for (const oldest of settled) {
    if (settled.size <= MAX_SETTLED) break;
    settled.delete(oldest);
  }
}

/** Stores a set of requestIds on the log, leaving the field out when it is empty. */
function keepIds(log: TabLog, field: 'open' | 'settled', ids: ReadonlySet<string>): void {
  if (ids.size > 0) log[field] = [...ids];
  else delete log[field];
}

/**
 * Counts every request still open in `log` as dropped: run by a worker on a log an earlier
 * worker left, whose requests in flight died with it. Their ends, should any still arrive,
 * replace the drop (see `applyOps`), so each is counted exactly once. Returns how many.
 *
 * @example settleOrphans(restoredLog) // 3: three requests were in flight when the worker stopped
 */
export function settleOrphans(log: TabLog): number {
  const orphans = log.open ?? [];
  if (orphans.length === 0) return 0;
  const settled = new Set(log.settled);
  for (const id of orphans) settle(log, settled, id);
  delete log.open;
  keepIds(log, 'settled', settled);
  return orphans.length;
}

/**
 * A URL token seen by tabs.onUpdated (type `navigation`) that webRequest already recorded: Chrome
 * includes the fragment in a main_frame request's URL, Firefox does not, and same-document
 * fragment changes reach only tabs.onUpdated. Recent entries are enough to look at.
 */
function isRepeatedNavigation(log: TabLog, entry: CapturedRequest): boolean {
  if (entry.type !== 'navigation') return false;
  for (let i = log.entries.length - 1; i >= Math.max(0, log.entries.length - 50); i -= 1) {
    if (log.entries[i]?.url === entry.url) return true;
  }
  return false;
}

function enforceLimits(log: TabLog, limits: LogLimits): void {
  dropOldest(log, log.entries.length - limits.cap);
  let over = 0;
  let bytes = log.bytes;
  // Keep at least the newest entry even when it alone is over budget.
  while (bytes > limits.byteBudget && over < log.entries.length - 1) {
    bytes -= log.sizes[over] ?? 0;
    over += 1;
  }
  dropOldest(log, over);
}

/**
 * A copy of `log` keeping only its newest `keep` entries, the others counted as dropped, and
 * marked `quotaExceeded`: what is written when storage.session refuses the whole log, so that a
 * restarted worker still knows how many requests it lost. `log` itself is not changed.
 *
 * @example trimmedCopy(log, 0) // counters only: every entry counted as dropped
 */
export function trimmedCopy(log: TabLog, keep: number): TabLog {
  const cut = Math.max(0, log.entries.length - Math.max(0, keep));
  const sizes = log.sizes.slice(cut);
  return {
    ...log,
    dropped: log.dropped + cut,
    entries: log.entries.slice(cut),
    sizes,
    bytes: sizes.reduce((sum, size) => sum + size, 0),
    // Requests without credentials are the first to go: they stay counted.
    plain: undefined,
    quotaExceeded: true,
  };
}

/** The counters of a log, as the snapshot reports them. */
export function statsOf(log: TabLog | undefined, now: number): RequestStats {
  if (!log) return { total: 0, withoutCredentials: 0, dropped: 0, seenPartly: 0, since: now };
  return {
    total: log.total,
    withoutCredentials: log.withoutCredentials,
    dropped: log.dropped,
    seenPartly: log.seenPartly,
    since: log.since,
  };
}

/**
 * A value capture wrote to storage.session as JSON text, parsed (undefined if it does not parse);
 * an object is an older worker's shape and is returned as it is.
 */
export function fromStoredText(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/**
 * Reads back a log from storage, tolerating anything (an older shape, a partial write): what does
 * not fit becomes an empty log rather than a crash.
 */
export function reviveTabLog(value: unknown, tabId: number, now: number): TabLog | undefined {
  const parsed = fromStoredText(value);
  if (!parsed || typeof parsed !== 'object') return undefined;
  const raw = parsed as Partial<TabLog>;
  if (!Array.isArray(raw.entries)) return undefined;
  const entries = raw.entries.filter(
    (entry): entry is CapturedRequest => !!entry && typeof entry === 'object',
  );
  const sizes =
    Array.isArray(raw.sizes) && raw.sizes.length === entries.length
      ? raw.sizes.map(Number)
      : entries.map((entry) => JSON.stringify(entry).length);
  const num = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) ? n : 0);
  return {
    tabId,
    url: typeof raw.url === 'string' ? raw.url : '',
    since: num(raw.since) || now,
    total: num(raw.total),
    withoutCredentials: num(raw.withoutCredentials),
    dropped: num(raw.dropped),
    seenPartly: num(raw.seenPartly),
    sizes,
    bytes: sizes.reduce((sum, size) => sum + size, 0),
    entries,
    ...plainOf(raw.plain),
    ...(typeof raw.pageSite === 'string' ? { pageSite: raw.pageSite } : {}),
    ...(raw.quotaExceeded ? { quotaExceeded: true } : {}),
    ...(isMark(raw.journalMark) ? { journalMark: raw.journalMark } : {}),
    ...idsOf(raw.open, 'open', MAX_OPEN),
    ...idsOf(raw.settled, 'settled', MAX_SETTLED),
  };
}

/** A stored ring of requests without credentials, as a field to spread (nothing when empty). */
function plainOf(value: unknown): { plain?: PlainRing } {
  if (!value || typeof value !== 'object') return {};
  const raw = value as Partial<PlainRing>;
  if (!Array.isArray(raw.entries)) return {};
  const entries = raw.entries.filter(
    (entry): entry is CapturedRequest => !!entry && typeof entry === 'object',
  );
  if (entries.length === 0) return {};
  const sizes =
    Array.isArray(raw.sizes) && raw.sizes.length === entries.length
      ? raw.sizes.map(Number)
      : entries.map((entry) => JSON.stringify(entry).length);
  return { plain: { entries, sizes, bytes: sizes.reduce((sum, size) => sum + size, 0) } };
}

/** A stored list of requestIds, as a field to spread (nothing when absent or empty). */
function idsOf<K extends 'open' | 'settled'>(
  value: unknown,
  field: K,
  max: number,
): Partial<Record<K, string[]>> {
  if (!Array.isArray(value)) return {};
  const ids = value.filter((id): id is string => typeof id === 'string').slice(-max);
  return ids.length > 0 ? ({ [field]: ids } as Partial<Record<K, string[]>>) : {};
}

function isMark(value: unknown): value is JournalMark {
  if (!value || typeof value !== 'object') return false;
  const { boot, seq } = value as Partial<JournalMark>;
  return Number.isFinite(boot) && Number.isFinite(seq);
}
