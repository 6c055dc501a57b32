import type { Artifact } from '../../model/report';
import { parseCookieHeader, parseSetCookieHeader } from '../cookie-header';
import type { TokenDraft } from '../types';
import type { ArtifactIndex } from './artifact-index';
import type { CookieJar } from './cookies';
import type { RequestVisit } from './request-visit';

/** The scheme of a request whose only credential travelled in its Cookie header. */
export const COOKIE_SCHEME = 'Cookie';

/**
 * Links a request's Cookie header to the credential cookies it sent. Pages send the same Cookie
 * header with hundreds of requests: each distinct header is resolved once, keeping only the
 * cookies that hold a token (the rest need no request links).
 */
export function cookieHeaderExtractor(
  index: ArtifactIndex,
  jar: CookieJar,
): (visit: RequestVisit, header: string) => void {
  const memo = new Map<string, { artifact: Artifact; draft: TokenDraft }[]>();
  const credentialCookiesIn = (header: string) => {
    let found = memo.get(header);
    if (found) return found;
    found = [];
    for (const [name, value] of parseCookieHeader(header)) {
      if (!jar.credentialNames.has(name)) continue;
      for (const artifactId of jar.artifactIdsByPair.get(`${name}=${value}`) ?? []) {
        const artifact = index.x.artifactById.get(artifactId);
        const draft = artifact && index.tokenOf(artifact);
        if (artifact && draft) found.push({ artifact, draft });
      }
    }
    memo.set(header, found);
    return found;
  };
  return (visit, header) => {
    for (const { artifact, draft } of credentialCookiesIn(header)) {
      visit.link(artifact);
      visit.sent(draft);
      visit.carried = true;
      // A request that carried only cookies is named by its Cookie header, so the Requests view
      // can pick it out; a credential header on the same request names it instead.
      visit.scheme ??= COOKIE_SCHEME;
    }
  };
}

/** Records the cookies a response's Set-Cookie header set, and links their artifacts to it. */
export function linkSetCookie(
  visit: RequestVisit,
  header: string,
  index: ArtifactIndex,
  jar: CookieJar,
): void {
  const id = visit.request.id;
  for (const [name, value] of parseSetCookieHeader(header)) {
    visit.setCookie(name);
    for (const artifactId of jar.artifactIdsByPair.get(`${name}=${value}`) ?? []) {
      const artifact = index.x.artifactById.get(artifactId);
      if (artifact && !artifact.requestIds.includes(id)) artifact.requestIds.push(id);
    }
  }
}
