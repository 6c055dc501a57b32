import type { RequestReport } from '../model/report';
import type { SnapshotCookie } from '../model/snapshot';
import type { Extraction } from './extract-artifacts';
import { originInfoOf } from './site';

/** Page loads (top level or framed): how a browser visits a sign-in service's pages. */
const NAVIGATION = new Set(['main_frame', 'sub_frame']);

/**
 * Cookies of another host of the site (never sent to the page) that were only ever set by, or
 * sent with, page loads of that host: the login of a sign-in service the user passed through (an
 * identity provider on `id.example.com`), not the way this page keeps the user logged in. They
 * are marked as not the site's own, so the verdict does not take them for the page's session.
 * A cookie the page's scripts send or receive (an API host's session), or one seen in no
 * request at all, stays the site's.
 *
 * @example markOtherHostLogins(x, snapshot.cookies, 'app.example.com', (id) => requestById(x, id))
 */
export function markOtherHostLogins(
  x: Pick<Extraction, 'cookieArtifactIds' | 'artifactById' | 'tokenById' | 'firstParty'>,
  cookies: readonly Pick<SnapshotCookie, 'scope'>[],
  pageHost: string,
  requestOf: (id: string) => Pick<RequestReport, 'type' | 'url'> | undefined,
): void {
  cookies.forEach((cookie, index) => {
    if (cookie.scope !== 'domain') return;
    const artifactId = x.cookieArtifactIds[index];
    const artifact = artifactId === undefined ? undefined : x.artifactById.get(artifactId);
    const draft = artifact?.tokenId === undefined ? undefined : x.tokenById.get(artifact.tokenId);
    if (!artifact || !draft || !x.firstParty.get(artifact.id)) return;
    const seenIn = new Set([...artifact.requestIds, ...draft.sentIn]);
    if (seenIn.size === 0) return;
    for (const id of seenIn) {
      const request = requestOf(id);
      const visit =
        request !== undefined &&
        NAVIGATION.has(request.type) &&
        originInfoOf(request.url).hostname !== pageHost;
      if (!visit) return;
    }
    x.firstParty.set(artifact.id, false);
    for (const sighting of draft.sightings) {
      if (sighting.artifactId === artifact.id) sighting.firstParty = false;
    }
  });
}
