/**
 * The per-tab capture log: a ring buffer of credential-bearing requests with counters. Pure; the
 * store adapter persists it in storage.session.
 */
import type { CapturedRequest, RequestStats } from '@/lib/model/snapshot';
import { LOG_BYTE_BUDGET, LOG_CAP } from './constants';
import { isOtherSite } from './site';

export interface TabLog {
  tabId: number;
  /** Top-level URL the log was started (or last confirmed) for. Empty until the first navigation. */
  url: string;
  /** When capture started for this tab and site (ms since epoch). */
  since: number;
  total: number;
  withoutCredentials: number;
  dropped: number;
  /** JSON size of each entry, parallel to `entries`, to keep the byte budget without re-measuring. */
  sizes: number[];
  bytes: number;
  entries: CapturedRequest[];
  /** storage.session refused a write (quota); the log in memory is still served. */
  quotaExceeded?: boolean;
  /**
   * The newest journal key (worker start, sequence) whose changes this log already holds, so a
   * restarted worker replaying the journal never applies a change twice.
   */
  journalMark?: JournalMark;
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

/** One change to a tab's log, queued on the hot path and applied in batches. */
export type LogOp =
  | { op: 'append'; entry: CapturedRequest }
  | { op: 'count' }
  /**
   * A request whose start an earlier (stopped) worker saw: whether it carried a credential died
   * with that worker, so it is counted as dropped rather than lost without a trace.
   */
  | { op: 'lost' }
  | { op: 'navigate'; url: string; time: number }
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
    sizes: [],
    bytes: 0,
    entries: [],
  };
}

/** Limits of one log; tests pass small ones. */
export interface LogLimits {
  cap: number;
  byteBudget: number;
}

const DEFAULT_LIMITS: LogLimits = { cap: LOG_CAP, byteBudget: LOG_BYTE_BUDGET };

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
 * `navigate` to another site (registrable domain) starts the log afresh; the same site keeps it.
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
  let appended = 0;
  for (const change of ops) {
    switch (change.op) {
      case 'append': {
        if (isRepeatedNavigation(current, change.entry)) break;
        const size = JSON.stringify(change.entry).length;
        current.entries.push(change.entry);
        current.sizes.push(size);
        current.bytes += size;
        current.total += 1;
        appended += 1;
        break;
      }
      case 'count':
        current.total += 1;
        current.withoutCredentials += 1;
        break;
      case 'lost':
        current.total += 1;
        current.dropped += 1;
        break;
      case 'navigate':
        if (current.url !== '' && isOtherSite(current.url, change.url)) {
          current = newTabLog(tabId, change.url, change.time);
        } else {
          current.url = change.url;
        }
        break;
      case 'clear':
        current = newTabLog(tabId, current.url, change.time);
        break;
    }
  }
  if (appended > 0) enforceLimits(current, limits);
  return current;
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
    quotaExceeded: true,
  };
}

/** The counters of a log, as the snapshot reports them. */
export function statsOf(log: TabLog | undefined, now: number): RequestStats {
  if (!log) return { total: 0, withoutCredentials: 0, dropped: 0, since: now };
  return {
    total: log.total,
    withoutCredentials: log.withoutCredentials,
    dropped: log.dropped,
    since: log.since,
  };
}

/**
 * Reads back a log from storage, tolerating anything (an older shape, a partial write): what does
 * not fit becomes an empty log rather than a crash.
 */
export function reviveTabLog(value: unknown, tabId: number, now: number): TabLog | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const raw = value as Partial<TabLog>;
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
    sizes,
    bytes: sizes.reduce((sum, size) => sum + size, 0),
    entries,
    ...(raw.quotaExceeded ? { quotaExceeded: true } : {}),
    ...(isMark(raw.journalMark) ? { journalMark: raw.journalMark } : {}),
  };
}

function isMark(value: unknown): value is JournalMark {
  if (!value || typeof value !== 'object') return false;
  const { boot, seq } = value as Partial<JournalMark>;
  return Number.isFinite(boot) && Number.isFinite(seq);
}
