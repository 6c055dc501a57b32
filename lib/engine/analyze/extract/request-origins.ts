import type { Artifact } from '../../model/report';
import { isLoopbackHost, originInfoOf, type OriginInfo } from '../site';
import { authorityEnd } from '../url-parts';
import type { ArtifactIndex } from './artifact-index';
import type { ParsedHeader } from './credential-headers';

/** Per origin of the requests: parsed once, with the credential-header artifacts seen there. */
export interface RequestOrigin {
  info: OriginInfo;
  firstParty: boolean;
  /** Plain http to a host off this machine. */
  plainHttp: boolean;
  /**
   * lowercase header name → the header text (as parsed: one object per distinct text) →
   * artifact. Keyed by the parsed object, so a header sent with 2,000 requests has its text
   * compared once per request (in the parse memo), not twice.
   */
  headers: Map<string, Map<ParsedHeader, Artifact>>;
}

/**
 * The origin of each request URL. Keyed by the text before the path, so 2,000 requests to one
 * API parse the host once; and runs of requests to one origin skip even the look-up: a URL that
 * starts with the last `scheme://authority` and goes on with a path, query or fragment has that
 * authority.
 */
export function requestOrigins(index: ArtifactIndex): (url: string) => RequestOrigin {
  const byKey = new Map<string, RequestOrigin>();
  const headersByOrigin = new Map<string, RequestOrigin['headers']>();
  let last: { key: string; state: RequestOrigin } | undefined;
  const parse = (key: string): RequestOrigin => {
    const info = originInfoOf(key);
    // Spellings of one origin (`HTTPS://API.example.com`) share their header artifacts.
    let headers = headersByOrigin.get(info.origin);
    if (!headers) {
      headers = new Map();
      headersByOrigin.set(info.origin, headers);
    }
    return {
      info,
      firstParty: index.isFirstParty(info.hostname),
      plainHttp: isPlainHttp(info),
      headers,
    };
  };
  return (url) => {
    if (last && url.startsWith(last.key)) {
      const next = url.charCodeAt(last.key.length);
      if (Number.isNaN(next) || next === 0x2f || next === 0x3f || next === 0x23) return last.state;
    }
    const end = authorityEnd(url);
    const key = end < 0 ? url : url.slice(0, end);
    let state = byKey.get(key);
    if (!state) {
      state = parse(key);
      byKey.set(key, state);
    }
    // Only a real `scheme://authority` prefix can stand for the URLs that start with it.
    last = end < 0 ? undefined : { key, state };
    return state;
  };
}

/** Plain http to a host off this machine: credentials there cross the network in the clear. */
function isPlainHttp(info: OriginInfo): boolean {
  return info.protocol === 'http:' && !isLoopbackHost(info.hostname);
}
