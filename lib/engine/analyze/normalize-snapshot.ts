import type { Msg } from '../model/report';
import type {
  CapturedRequest,
  HttpHeader,
  IndexedDbEntry,
  ResponseBody,
  Snapshot,
  SnapshotCookie,
  StorageEntry,
  Unavailable,
} from '../model/snapshot';

type Problem = { message: Msg };

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string =>
  typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** A well-formed header is kept as it is (thousands per snapshot); others are rebuilt. */
const toHeader = (h: Record<string, unknown>): HttpHeader | undefined => {
  if (typeof h.name !== 'string') return undefined;
  return typeof h.value === 'string'
    ? (h as unknown as HttpHeader)
    : { name: h.name, value: str(h.value) };
};

const SAME_SITE = new Set(['no_restriction', 'lax', 'strict', 'unspecified']);
const SCOPES = new Set(['sent', 'domain', 'partitioned']);

const optionalString = (v: unknown): boolean => v === undefined || typeof v === 'string';
const optionalNumber = (v: unknown): boolean => v === undefined || num(v) !== undefined;

/**
 * True when every entry is a header the copy would keep as it is. Indexed, not `every`: a hole
 * in a sparse array is an entry the copy drops and counts.
 */
function wellFormedHeaders(v: unknown): v is HttpHeader[] {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) {
    const h: unknown = v[i];
    if (!isObject(h) || typeof h.name !== 'string' || typeof h.value !== 'string') return false;
  }
  return true;
}

/*
 * A snapshot that crossed messaging is almost always well-formed already. Such entries are kept
 * as they are instead of copied: the big-site snapshot has 2,000 requests and 4,000 header lists,
 * and copying them was a fifth of what analyze allocated. The tests below accept exactly what the
 * copy would reproduce field for field (the engine reads only these fields, never the keys), so
 * the report is the same either way; anything else takes the copy.
 */

function wellFormedRequest(r: Record<string, unknown>): CapturedRequest | undefined {
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

function wellFormedCookie(c: Record<string, unknown>): SnapshotCookie | undefined {
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

/**
 * Copies a snapshot that crossed messaging (or came from a file) into well-formed data: missing
 * arrays become empty, wrong types are coerced or the entry is dropped, and each drop is reported.
 * Own properties are read explicitly, so `__proto__` keys in page data stay plain strings.
 */
export function normalizeSnapshot(input: unknown): { snapshot: Snapshot; problems: Problem[] } {
  const problems: Problem[] = [];
  const raw = isObject(input) ? input : {};
  if (!isObject(input)) problems.push({ message: { key: 'analysis.problem.not-a-snapshot' } });
  const dropped: Record<string, number> = {};
  const keep = <T>(
    what: string,
    items: unknown,
    convert: (item: Record<string, unknown>) => T | undefined,
  ): T[] => {
    const out: T[] = [];
    for (const item of list(items)) {
      const converted = isObject(item) ? convert(item) : undefined;
      if (converted === undefined) dropped[what] = (dropped[what] ?? 0) + 1;
      else out.push(converted);
    }
    return out;
  };
  const headers = (v: unknown): HttpHeader[] =>
    wellFormedHeaders(v) ? v : keep('headers', v, toHeader);

  const site = isObject(raw.site) ? raw.site : {};
  const takenAt = num(raw.takenAt) ?? 0;
  const cookies = keep<SnapshotCookie>('cookies', raw.cookies, (c) => {
    const kept = wellFormedCookie(c);
    if (kept) return kept;
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
  });
  const requests = keep<CapturedRequest>('requests', raw.requests, (r) => {
    const kept = wellFormedRequest(r);
    if (kept) return kept;
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
  });
  const storage = keep<StorageEntry>('storage', raw.storage, (e) =>
    e.area === 'localStorage' || e.area === 'sessionStorage'
      ? { area: e.area, origin: str(e.origin), key: str(e.key), value: str(e.value) }
      : undefined,
  );
  const indexedDB = keep<IndexedDbEntry>('indexedDB', raw.indexedDB, (e) => ({
    origin: str(e.origin),
    database: str(e.database),
    store: str(e.store),
    key: str(e.key),
    value: str(e.value),
  }));
  const bodies = keep<ResponseBody>('bodies', raw.bodies, (b) => {
    const body: ResponseBody = {
      url: str(b.url),
      time: num(b.time) ?? 0,
      mimeType: str(b.mimeType),
      body: str(b.body),
    };
    if (typeof b.requestId === 'string') body.requestId = b.requestId;
    return body;
  });
  const unavailable = keep<Unavailable>('unavailable', raw.unavailable, (u) =>
    typeof u.what === 'string' && typeof u.reason === 'string'
      ? (u as unknown as Unavailable)
      : undefined,
  );
  const stats = isObject(raw.requestStats) ? raw.requestStats : {};
  for (const [what, count] of Object.entries(dropped)) {
    problems.push({
      message: { key: 'analysis.problem.dropped-entries', params: { what, count } },
    });
  }
  const siteOut: Snapshot['site'] = { url: str(site.url) };
  if (typeof site.registrableDomain === 'string' && site.registrableDomain !== '') {
    siteOut.registrableDomain = site.registrableDomain;
  }
  return {
    snapshot: {
      site: siteOut,
      takenAt,
      cookies,
      requests,
      requestStats: {
        total: num(stats.total) ?? requests.length,
        withoutCredentials: num(stats.withoutCredentials) ?? 0,
        dropped: num(stats.dropped) ?? 0,
        since: num(stats.since) ?? takenAt,
      },
      storage,
      indexedDB,
      bodies,
      unavailable,
    },
    problems,
  };
}
