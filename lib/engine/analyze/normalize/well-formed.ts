/**
 * A snapshot that crossed messaging is almost always well-formed already, so such entries are
 * kept as they are instead of copied: a big site's snapshot holds 2,000 requests and 4,000 header
 * lists, and copying them would be a fifth of what analyze allocates. These tests accept exactly
 * what the copy (copy-entries.ts) would reproduce field for field (the engine reads only these
 * fields, never the keys), so the report is the same either way; anything else takes the copy.
 */
import type { CapturedRequest, HttpHeader, SnapshotCookie } from '../../model/snapshot';
import { isObject, num, optionalNumber, optionalString } from './read';

export const SAME_SITE = new Set(['no_restriction', 'lax', 'strict', 'unspecified']);
export const SCOPES = new Set(['sent', 'domain', 'partitioned']);

/**
 * True when every entry is a header the copy would keep as it is. Indexed, not `every`: a hole
 * in a sparse array is an entry the copy drops and counts.
 */
export function wellFormedHeaders(v: unknown): v is HttpHeader[] {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) {
    const h: unknown = v[i];
    if (!isObject(h) || typeof h.name !== 'string' || typeof h.value !== 'string') return false;
  }
  return true;
}

export function wellFormedRequest(r: Record<string, unknown>): CapturedRequest | undefined {
  const ok =
    typeof r.id === 'string' &&
    typeof r.url === 'string' &&
    typeof r.method === 'string' &&
    r.method !== '' &&
    typeof r.type === 'string' &&
    num(r.time) !== undefined &&
    wellFormedHeaders(r.requestHeaders) &&
    wellFormedHeaders(r.responseHeaders) &&
    optionalString(r.initiator) &&
    optionalNumber(r.frameId) &&
    optionalNumber(r.status) &&
    optionalString(r.error) &&
    // The copy rebuilds form fields on a null prototype: leave that to it.
    r.formFields === undefined;
  return ok ? (r as unknown as CapturedRequest) : undefined;
}

export function wellFormedCookie(c: Record<string, unknown>): SnapshotCookie | undefined {
  const exp = c.expirationDate;
  const ok =
    typeof c.name === 'string' &&
    typeof c.value === 'string' &&
    typeof c.domain === 'string' &&
    typeof c.path === 'string' &&
    c.path !== '' &&
    typeof c.hostOnly === 'boolean' &&
    typeof c.secure === 'boolean' &&
    typeof c.httpOnly === 'boolean' &&
    typeof c.sameSite === 'string' &&
    SAME_SITE.has(c.sameSite) &&
    typeof c.session === 'boolean' &&
    optionalNumber(exp) &&
    // The copy calls a cookie without an expiry date a session cookie.
    (c.session || exp !== undefined) &&
    typeof c.scope === 'string' &&
    SCOPES.has(c.scope) &&
    // The copy keeps only the partition key's known fields: leave that to it.
    c.partitionKey === undefined &&
    optionalString(c.storeId) &&
    optionalString(c.firstPartyDomain);
  return ok ? (c as unknown as SnapshotCookie) : undefined;
}
