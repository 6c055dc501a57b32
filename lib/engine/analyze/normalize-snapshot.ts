import type { Msg } from '../model/report';
import type { HttpHeader, Snapshot } from '../model/snapshot';
import {
  copyBody,
  copyCookie,
  copyHeader,
  copyIndexedDbEntry,
  copyRequest,
  copyStorageEntry,
  keepUnavailable,
} from './normalize/copy-entries';
import { EntryKeeper, isObject, num, str } from './normalize/read';
import { wellFormedCookie, wellFormedHeaders, wellFormedRequest } from './normalize/well-formed';

type Problem = { message: Msg };

/**
 * Copies a snapshot that crossed messaging (or came from a file) into well-formed data: missing
 * arrays become empty, wrong types are coerced or the entry is dropped, and each drop is reported.
 * Well-formed entries are kept as they are (see normalize/well-formed.ts).
 *
 * @example normalizeSnapshot({ site: { url: 'https://a.test/' } }).snapshot.cookies // []
 */
export function normalizeSnapshot(input: unknown): { snapshot: Snapshot; problems: Problem[] } {
  const problems: Problem[] = [];
  const raw = isObject(input) ? input : {};
  if (!isObject(input)) problems.push({ message: { key: 'analysis.problem.not-a-snapshot' } });
  const keeper = new EntryKeeper();
  const headers = (v: unknown): HttpHeader[] =>
    wellFormedHeaders(v) ? v : keeper.keep('headers', v, copyHeader);

  const takenAt = num(raw.takenAt) ?? 0;
  const cookies = keeper.keep('cookies', raw.cookies, (c) => wellFormedCookie(c) ?? copyCookie(c));
  const requests = keeper.keep(
    'requests',
    raw.requests,
    (r) => wellFormedRequest(r) ?? copyRequest(r, headers),
  );
  const storage = keeper.keep('storage', raw.storage, copyStorageEntry);
  const indexedDB = keeper.keep('indexedDB', raw.indexedDB, copyIndexedDbEntry);
  const bodies = keeper.keep('bodies', raw.bodies, copyBody);
  const unavailable = keeper.keep('unavailable', raw.unavailable, keepUnavailable);
  for (const [what, count] of Object.entries(keeper.dropped)) {
    problems.push({
      message: { key: 'analysis.problem.dropped-entries', params: { what, count } },
    });
  }
  const stats = isObject(raw.requestStats) ? raw.requestStats : {};
  return {
    snapshot: {
      site: siteOf(raw.site),
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

function siteOf(value: unknown): Snapshot['site'] {
  const site = isObject(value) ? value : {};
  const out: Snapshot['site'] = { url: str(site.url) };
  if (typeof site.registrableDomain === 'string' && site.registrableDomain !== '') {
    out.registrableDomain = site.registrableDomain;
  }
  return out;
}
