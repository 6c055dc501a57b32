/**
 * Copies of snapshot entries that are not well-formed: missing fields get defaults, wrong types
 * are coerced, and an entry without what identifies it (a cookie's name, a request's URL) is
 * dropped (undefined). Own properties are read explicitly, so `__proto__` keys in page data stay
 * plain strings.
 */
import type {
  CapturedRequest,
  HttpHeader,
  IndexedDbEntry,
  ResponseBody,
  SnapshotCookie,
  StorageEntry,
  Unavailable,
} from '../../model/snapshot';
import { isObject, list, num, str } from './read';
import { SAME_SITE, SCOPES } from './well-formed';

/** A well-formed header is kept as it is (thousands per snapshot); others are rebuilt. */
export function copyHeader(h: Record<string, unknown>): HttpHeader | undefined {
  if (typeof h.name !== 'string') return undefined;
  return typeof h.value === 'string'
    ? (h as unknown as HttpHeader)
    : { name: h.name, value: str(h.value) };
}

export function copyCookie(c: Record<string, unknown>): SnapshotCookie | undefined {
  if (typeof c.name !== 'string') return undefined;
  const cookie: SnapshotCookie = {
    name: c.name,
    value: str(c.value),
    domain: str(c.domain),
    path: str(c.path) || '/',
    hostOnly: c.hostOnly === true,
    secure: c.secure === true,
    httpOnly: c.httpOnly === true,
    sameSite: SAME_SITE.has(str(c.sameSite))
      ? (c.sameSite as SnapshotCookie['sameSite'])
      : 'unspecified',
    session: c.session === true || num(c.expirationDate) === undefined,
    scope: SCOPES.has(str(c.scope)) ? (c.scope as SnapshotCookie['scope']) : 'sent',
  };
  const exp = num(c.expirationDate);
  if (exp !== undefined) cookie.expirationDate = exp;
  if (isObject(c.partitionKey)) {
    cookie.partitionKey = {};
    if (typeof c.partitionKey.topLevelSite === 'string')
      cookie.partitionKey.topLevelSite = c.partitionKey.topLevelSite;
    if (typeof c.partitionKey.hasCrossSiteAncestor === 'boolean') {
      cookie.partitionKey.hasCrossSiteAncestor = c.partitionKey.hasCrossSiteAncestor;
    }
  }
  if (typeof c.storeId === 'string') cookie.storeId = c.storeId;
  if (typeof c.firstPartyDomain === 'string') cookie.firstPartyDomain = c.firstPartyDomain;
  return cookie;
}

/** `headers` reads a header list (kept, or copied with drops counted). */
export function copyRequest(
  r: Record<string, unknown>,
  headers: (v: unknown) => HttpHeader[],
): CapturedRequest | undefined {
  if (typeof r.url !== 'string') return undefined;
  const request: CapturedRequest = {
    id: str(r.id),
    url: r.url,
    method: str(r.method) || 'GET',
    type: str(r.type),
    time: num(r.time) ?? 0,
    requestHeaders: headers(r.requestHeaders),
    responseHeaders: headers(r.responseHeaders),
  };
  if (typeof r.initiator === 'string') request.initiator = r.initiator;
  const frameId = num(r.frameId);
  if (frameId !== undefined) request.frameId = frameId;
  const status = num(r.status);
  if (status !== undefined) request.status = status;
  if (typeof r.error === 'string') request.error = r.error;
  if (isObject(r.formFields)) {
    const fields: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
    for (const [k, v] of Object.entries(r.formFields)) fields[k] = list(v).map(str);
    request.formFields = fields;
  }
  return request;
}

export function copyStorageEntry(e: Record<string, unknown>): StorageEntry | undefined {
  return e.area === 'localStorage' || e.area === 'sessionStorage'
    ? { area: e.area, origin: str(e.origin), key: str(e.key), value: str(e.value) }
    : undefined;
}

export function copyIndexedDbEntry(e: Record<string, unknown>): IndexedDbEntry {
  return {
    origin: str(e.origin),
    database: str(e.database),
    store: str(e.store),
    key: str(e.key),
    value: str(e.value),
  };
}

export function copyBody(b: Record<string, unknown>): ResponseBody {
  const body: ResponseBody = {
    url: str(b.url),
    time: num(b.time) ?? 0,
    mimeType: str(b.mimeType),
    body: str(b.body),
  };
  if (typeof b.requestId === 'string') body.requestId = b.requestId;
  return body;
}

export function keepUnavailable(u: Record<string, unknown>): Unavailable | undefined {
  return typeof u.what === 'string' && typeof u.reason === 'string'
    ? (u as unknown as Unavailable)
    : undefined;
}
