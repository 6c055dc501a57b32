import type {
  CapturedRequest,
  Snapshot,
  SnapshotCookie,
  StorageEntry,
} from '@/lib/engine/model/snapshot';

/** Test clock: 2026-11-27T12:00:00Z. */
export const NOW = Date.UTC(2026, 10, 27, 12, 0, 0);
export const SEC = Math.floor(NOW / 1000);
export const SITE = 'https://app.example.com';

const b64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/** An (unsigned) compact JWS with the given header and payload; the decoder is lenient. */
export function jwt(
  payload: Record<string, unknown>,
  header: Record<string, unknown> = { alg: 'ES256', typ: 'JWT' },
  signature = 'c2lnbmF0dXJlLWJ5dGVzLWZvci10ZXN0cy1vbmx5LTAxMjM0NTY3ODk',
): string {
  return `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}.${signature}`;
}

/** Claims of a well-formed, one-hour access token issued a minute ago. */
export function goodClaims(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    iss: 'https://id.example.com',
    aud: 'api',
    sub: 'alice',
    iat: SEC - 60,
    exp: SEC + 3540,
    scope: 'read',
    ...extra,
  };
}

export function cookie(
  o: Partial<SnapshotCookie> & { name: string; value: string },
): SnapshotCookie {
  return {
    domain: 'app.example.com',
    path: '/',
    hostOnly: true,
    secure: true,
    httpOnly: true,
    sameSite: 'lax',
    session: true,
    scope: 'sent',
    ...o,
  };
}

let seq = 0;
export function request(o: Partial<CapturedRequest> & { url: string }): CapturedRequest {
  seq += 1;
  return {
    id: `r${seq}`,
    method: 'GET',
    type: 'xmlhttprequest',
    time: NOW - 1000,
    requestHeaders: [],
    responseHeaders: [],
    ...o,
  };
}

export function bearer(
  url: string,
  token: string,
  o: Partial<CapturedRequest> = {},
): CapturedRequest {
  return request({
    url,
    requestHeaders: [{ name: 'Authorization', value: `Bearer ${token}` }],
    ...o,
  });
}

export function stored(
  key: string,
  value: string,
  area: StorageEntry['area'] = 'localStorage',
): StorageEntry {
  return { area, origin: SITE, key, value };
}

export function snap(parts: Partial<Snapshot> = {}, url = `${SITE}/`): Snapshot {
  return {
    site: { url },
    takenAt: NOW,
    cookies: [],
    requests: [],
    requestStats: {
      total: parts.requests?.length ?? 0,
      withoutCredentials: 0,
      dropped: 0,
      since: NOW - 60_000,
    },
    storage: [],
    indexedDB: [],
    bodies: [],
    unavailable: [],
    ...parts,
  };
}
