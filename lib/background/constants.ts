/** Limits of the per-tab capture log. Named so tests, the bench and the docs agree on them. */

/** Credential-bearing entries kept per tab; the oldest are dropped (and counted) past this. */
export const LOG_CAP = 1000;

/**
 * Requests without credentials kept per tab, apart from the credential ring (so a chatty page
 * never pushes a login out); past this the oldest are let go, still counted.
 */
export const PLAIN_LOG_CAP = 1000;

/** Upper bound in bytes (JSON) on the requests without credentials kept per tab. */
export const PLAIN_BYTE_BUDGET = 512 * 1024;

/** Non-credential headers kept per request and direction (DevTools-like details, bounded). */
export const MAX_OTHER_HEADERS = 40;

/** Longest non-credential header value kept. */
export const MAX_OTHER_HEADER_VALUE = 1024;

/**
 * Upper bound on one tab's log in bytes (JSON). Chrome gives storage.session 10 MB for the whole
 * extension (https://developer.chrome.com/docs/extensions/reference/api/storage#property-session),
 * so one noisy tab must not take it all.
 */
export const LOG_BYTE_BUDGET = 4 * 1024 * 1024;

/** How long captured entries wait in memory before one batched write to storage.session. */
export const FLUSH_DELAY_MS = 250;

/** Longest wait between batched writes when writes are slow (a request flood). */
export const MAX_FLUSH_DELAY_MS = 2000;

/** Longest header value kept; longer ones are cut and marked, so one huge cookie cannot flood. */
export const MAX_HEADER_VALUE = 8 * 1024;

/** Longest URL kept. */
export const MAX_URL = 4 * 1024;

/** Longest form field value kept. */
export const MAX_FIELD_VALUE = 8 * 1024;

/** Request bodies larger than this are not parsed for token fields. */
export const MAX_BODY_BYTES = 64 * 1024;

/** Longest storage value the page scan returns per entry. */
export const MAX_STORAGE_VALUE = 64 * 1024;

/**
 * Badge updates wait this long after the last change of a tab. Longer than MAX_FLUSH_DELAY_MS, so
 * a request flood (a flush every 2 s) does not re-analyse the tab after every flush.
 */
export const BADGE_DEBOUNCE_MS = 2500;

/** Marker appended to a value that was cut. */
export const TRUNCATION_MARK = '…[truncated]';

/** Cuts `value` to `max` characters, marking the cut. */
export function capText(value: string, max: number): string {
  return value.length <= max ? value : value.slice(0, max) + TRUNCATION_MARK;
}
