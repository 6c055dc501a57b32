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
  const headers = (v: unknown): HttpHeader[] => keep('headers', v, toHeader);

  const site = isObject(raw.site) ? raw.site : {};
  const takenAt = num(raw.takenAt) ?? 0;
  const cookies = keep<SnapshotCookie>('cookies', raw.cookies, (c) => {
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
