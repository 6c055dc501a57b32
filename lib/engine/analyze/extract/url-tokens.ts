import type { Artifact } from '../../model/report';
import { findTokensInUrl } from '../decode-facade';
import { shortHash } from '../hash';
import type { SiteInfo } from '../site';
import type { ArtifactIndex } from './artifact-index';
import type { RequestVisit } from './request-visit';

type UrlToken = ReturnType<typeof findTokensInUrl>[number];

/**
 * Cheap pre-filter before the full URL scan: a credential in a URL is JWT-shaped or sits under a
 * token-ish parameter name (see findTokensInUrl), so a query without any of these cannot hold one.
 */
const URL_TOKEN_HINT = /eyJ|token|jwt|sess|secret|credential|code=|key|auth|sid/gi;

function mayCarryUrlToken(url: string): boolean {
  const query = url.indexOf('?');
  const fragment = url.indexOf('#');
  const start = query < 0 ? fragment : fragment < 0 ? query : Math.min(query, fragment);
  if (start < 0) return false;
  // Searched in place from the `?` or `#` (the pattern has no anchors), not in a copy of the rest.
  URL_TOKEN_HINT.lastIndex = start;
  return URL_TOKEN_HINT.test(url);
}

function addUrlToken(
  index: ArtifactIndex,
  origin: string,
  found: UrlToken,
  firstParty: boolean,
): Artifact {
  const artifact = index.addArtifact(
    `url:${origin}:${found.param}:${shortHash(found.value)}`,
    {
      location: 'url',
      label: `${found.where === 'query' ? '?' : '#'}${found.param}=`,
      name: found.param,
      origin,
    },
    firstParty,
  );
  index.addSighting(
    found.value,
    {
      artifactId: artifact.id,
      location: 'url',
      name: found.param,
      knownKind: found.purpose,
      firstParty,
    },
    artifact,
  );
  return artifact;
}

/**
 * Tokens in request URLs' query or fragment: one artifact per origin, parameter and value,
 * linked to every request that carried it.
 */
export function urlTokenExtractor(index: ArtifactIndex): (visit: RequestVisit) => void {
  const known = new Map<string, Artifact>();
  return (visit) => {
    const { url } = visit.request;
    if (!mayCarryUrlToken(url)) return;
    const origin = visit.origin.info.origin;
    for (const found of findTokensInUrl(url)) {
      const key = `${origin}\u0000${found.param}\u0000${found.value}`;
      let artifact = known.get(key);
      if (!artifact) {
        artifact = addUrlToken(index, origin, found, visit.origin.firstParty);
        known.set(key, artifact);
      }
      visit.link(artifact);
      const draft = index.tokenOf(artifact);
      if (draft) visit.sent(draft);
      visit.carried = true;
    }
  };
}

/** Tokens in the page URL itself (handed over in a redirect, e.g. `#access_token=`). */
export function extractPageUrlTokens(site: SiteInfo, index: ArtifactIndex): void {
  if (!mayCarryUrlToken(site.url)) return;
  for (const found of findTokensInUrl(site.url)) addUrlToken(index, site.origin, found, true);
}
