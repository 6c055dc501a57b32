import type { Expiry, SnapshotCookieLike } from './types';

/** Default "expiring soon" threshold: five minutes. */
export const DEFAULT_EXPIRING_SOON_MS = 5 * 60 * 1000;

/**
 * Clock skew tolerated before calling `nbf`/`iat` "in the future"; RFC 7519 §4.1.5 allows
 * implementations "some small leeway", commonly a minute.
 */
export const CLOCK_SKEW_MS = 60 * 1000;

/** Whether a moment is past, imminent or further away. */
function stateAt(expiresAt: number, now: number, soonMs: number): Expiry['state'] {
  if (expiresAt <= now) return 'expired';
  if (expiresAt - now <= soonMs) return 'expiring-soon';
  return 'valid';
}

/**
 * Expiry of a cookie: a session cookie dies with the browser, a persistent one at its date.
 *
 * @example cookieExpiry({ session: true }, now, 300_000).state // 'session'
 */
export function cookieExpiry(cookie: SnapshotCookieLike, now: number, soonMs: number): Expiry {
  const seconds = cookie.expirationDate;
  if (cookie.session || typeof seconds !== 'number' || !Number.isFinite(seconds)) {
    return { state: 'session' };
  }
  const expiresAt = seconds * 1000;
  return { state: stateAt(expiresAt, now, soonMs), expiresAt };
}

/**
 * Expiry of a token from its time claims (already in ms). No `exp` means it never expires by
 * itself; a future `nbf` (beyond clock skew) means it is not valid yet.
 */
export function tokenExpiry(
  times: { expiresAt?: number; notBefore?: number; issuedAt?: number; expInMilliseconds?: boolean },
  now: number,
  soonMs: number,
): Expiry {
  const { expiresAt, notBefore, issuedAt, expInMilliseconds } = times;
  const expiry: Expiry = { state: 'never-expires' };
  if (expiresAt !== undefined) expiry.expiresAt = expiresAt;
  if (notBefore !== undefined) expiry.notBefore = notBefore;
  if (issuedAt !== undefined) expiry.issuedAt = issuedAt;
  if (expInMilliseconds) expiry.expInMilliseconds = true;
  if (expiresAt !== undefined && issuedAt !== undefined) expiry.lifetimeMs = expiresAt - issuedAt;
  if (notBefore !== undefined && notBefore - now > CLOCK_SKEW_MS) expiry.state = 'not-yet-valid';
  else if (expiresAt !== undefined) expiry.state = stateAt(expiresAt, now, soonMs);
  return expiry;
}
