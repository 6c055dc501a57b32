import type { CapturedRequest } from '../../model/snapshot';
import { originInfoOf } from '../site';
import type { ArtifactIndex } from './artifact-index';
import type { CookieJar } from './cookies';
import { credentialHeaderExtractor } from './credential-headers';
import { extractFormFields } from './form-fields';
import { headerNames } from './header-names';
import { COOKIE_SCHEME, cookieHeaderExtractor, linkSetCookie } from './request-cookies';
import { requestOrigins } from './request-origins';
import { RequestVisit } from './request-visit';
import { recountSharedRequestIds } from './shared-request-ids';
import { urlTokenExtractor } from './url-tokens';
import type { UserinfoLookup } from './url-userinfo';

/**
 * Walks the requests once, in order, handing each to the request extractors (Cookie header,
 * credential headers, URL tokens, URL userinfo, form fields, Set-Cookie) and writing its report
 * and flags. Whatever repeats across requests (origins, header names, header texts, Cookie
 * headers) is worked out once.
 */
export function extractRequests(
  requests: readonly CapturedRequest[],
  index: ArtifactIndex,
  jar: CookieJar,
  userinfo: UserinfoLookup,
): void {
  const { x } = index;
  const originOf = requestOrigins(index);
  const nameOf = headerNames();
  const cookieHeader = cookieHeaderExtractor(index, jar);
  const credentialHeader = credentialHeaderExtractor(index);
  const urlTokens = urlTokenExtractor(index);
  const byThisSite = initiatorOfSite(index);
  const plainHttp = new Set<string>();
  x.plainHttpRequestIds = plainHttp;
  /** Per request: a credential header on it counts as the site's (see below). */
  const siteHeaders = new Uint8Array(requests.length);
  const visit = new RequestVisit();

  requests.forEach((request, i) => {
    const origin = originOf(request.url);
    // A credential header that a page of this site put on a request of its own (the top frame)
    // is this site's login wherever the API lives: single-page apps call APIs on other sites.
    const headerFirstParty =
      origin.firstParty ||
      (request.frameId === 0 && request.initiator !== undefined && byThisSite(request.initiator));
    siteHeaders[i] = headerFirstParty ? 1 : 0;
    visit.start(i, request, origin, headerFirstParty);
    if (origin.plainHttp) plainHttp.add(request.id);

    for (const header of request.requestHeaders) {
      const name = nameOf(header.name);
      if (name.cookie) cookieHeader(visit, header.value);
      else if (name.credential) credentialHeader(visit, header, name.lower);
    }
    urlTokens(visit);
    const user = userinfo(request.url, origin.info.origin, origin.firstParty);
    if (user) {
      visit.link(user.artifact);
      visit.sent(user.draft);
      visit.carried = true;
      // A user in the URL is HTTP authentication: it names the request over a cookie beside it.
      if (visit.scheme === undefined || visit.scheme === COOKIE_SCHEME) visit.scheme = 'Basic';
    }
    extractFormFields(visit, index);
    for (const header of request.responseHeaders) {
      if (nameOf(header.name).lower === 'set-cookie')
        linkSetCookie(visit, header.value, index, jar);
    }
    x.requestFlags[i] = visit.flags();
    x.requestReports.push(visit.report());
  });
  if (x.requestIds.shared) recountSharedRequestIds(x, requests, plainHttp, siteHeaders);
}

/** Whether a request's initiator (an origin) is of this site; each initiator parsed once. */
function initiatorOfSite(index: ArtifactIndex): (initiator: string) => boolean {
  const known = new Map<string, boolean>();
  return (initiator) => {
    let ours = known.get(initiator);
    if (ours === undefined) {
      ours = index.isFirstParty(originInfoOf(initiator).hostname);
      known.set(initiator, ours);
    }
    return ours;
  };
}
