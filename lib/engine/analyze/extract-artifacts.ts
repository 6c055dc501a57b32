import type { Snapshot } from '../model/snapshot';
import { indexRequestIds } from './request-ids';
import { markOtherHostLogins } from './other-host-logins';
import type { SiteInfo } from './site';
import { ArtifactIndex } from './extract/artifact-index';
import { extractCookies } from './extract/cookies';
import { requestById, type Extraction } from './extract/extraction';
import { extractIndexedDB } from './extract/indexed-db';
import { extractRequests } from './extract/requests';
import { extractResponseBodies } from './extract/response-bodies';
import { storedFirstParty } from './extract/stored-values';
import { extractPageUrlTokens } from './extract/url-tokens';
import { urlUserinfo } from './extract/url-userinfo';
import { extractWebStorage } from './extract/web-storage';

export { REQUEST_CARRIED_CREDENTIAL, requestById, type Extraction } from './extract/extraction';

/**
 * Finds every place a credential can live in a snapshot (cookies, web storage, IndexedDB,
 * response bodies, request headers, URLs, form bodies) and groups the values into tokens,
 * deduplicated by value. One extractor per source (lib/engine/analyze/extract/), in a fixed order
 * that decides artifact and token ids, all writing into one {@link ArtifactIndex}.
 */
export function extractArtifacts(snapshot: Snapshot, site: SiteInfo): Extraction {
  const x: Extraction = {
    artifacts: [],
    artifactById: new Map(),
    firstParty: new Map(),
    cookieOf: new Map(),
    cookieArtifactIds: [],
    cookieClasses: [],
    tokens: new Map(),
    tokenById: new Map(),
    requestReports: [],
    requestFlags: new Uint8Array(snapshot.requests.length),
    requestIds: indexRequestIds(snapshot.requests),
    duplicateRequestIds: false,
    plainHttpRequestIds: new Set(),
    problems: [],
  };
  const index = new ArtifactIndex(x, site.registrableDomain);
  const jar = extractCookies(snapshot.cookies, index);
  const storedOfSite = storedFirstParty(index);
  extractWebStorage(snapshot.storage, index, storedOfSite);
  extractIndexedDB(snapshot.indexedDB, index, storedOfSite);
  extractResponseBodies(snapshot.bodies, index);
  const userinfo = urlUserinfo(index);
  extractRequests(snapshot.requests, index, jar, userinfo);
  userinfo(site.url, site.origin, true);
  markOtherHostLogins(x, snapshot.cookies, site.hostname, (id) => requestById(x, id));
  extractPageUrlTokens(site, index);
  return x;
}
