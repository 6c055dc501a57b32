import type { ResponseBody } from '../../model/snapshot';
import { findTokensInValue } from '../decode-facade';
import { originInfoOf } from '../site';
import type { ArtifactIndex } from './artifact-index';

/**
 * Tokens in response bodies (only the DevTools panel captures them), one artifact per URL path
 * and JSON path, linked to the request that fetched the body.
 */
export function extractResponseBodies(bodies: readonly ResponseBody[], index: ArtifactIndex): void {
  for (const body of bodies) {
    const bodySite = originInfoOf(body.url);
    const firstParty = index.isFirstParty(bodySite.hostname);
    const pathname = safePathname(body.url);
    for (const f of findTokensInValue(body.body)) {
      const path = f.path && f.path !== '$' ? f.path : undefined;
      const artifact = index.addArtifact(
        `response-body:${bodySite.origin}${pathname}${path ?? ''}`,
        {
          location: 'response-body',
          label: path ? `${pathname} → ${path}` : pathname,
          name: pathname,
          origin: bodySite.origin,
          path,
        },
        firstParty,
      );
      if (body.requestId !== undefined) artifact.requestIds.push(body.requestId);
      index.addSighting(
        f.value,
        { artifactId: artifact.id, location: 'response-body', name: pathname, path, firstParty },
        artifact,
      );
    }
  }
}

function safePathname(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url.slice(0, 200);
  }
}
