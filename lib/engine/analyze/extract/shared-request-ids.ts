import type { CapturedRequest } from '../../model/snapshot';
import type { TokenDraft } from '../types';
import { REQUEST_PLAIN_HTTP, requestById, type Extraction } from './extraction';

/**
 * When two requests share an id (a bad recording), the id stands for the last of them, as in
 * `requestIds`: each token lists each id once, and the counts follow the request the id stands
 * for. A token counts as sent to the site on the same terms as in the first walk: the request
 * went to the site, or the token went in a credential header the site's top page put on it.
 */
export function recountSharedRequestIds(
  x: Extraction,
  requests: readonly CapturedRequest[],
  plainHttp: Set<string>,
  siteHeaders: Uint8Array,
): void {
  x.duplicateRequestIds = true;
  for (const draft of x.tokens.values()) {
    draft.sentIn = [...new Set(draft.sentIn)];
    draft.firstPartySent = draft.sentIn.filter((id) =>
      sentToSite(x, draft, id, siteHeaders),
    ).length;
  }
  plainHttp.clear();
  requests.forEach(({ id }, i) => {
    if (x.requestFlags[x.requestIds.indexOf(id) ?? i]! & REQUEST_PLAIN_HTTP) plainHttp.add(id);
  });
}

function sentToSite(
  x: Extraction,
  draft: TokenDraft,
  id: string,
  siteHeaders: Uint8Array,
): boolean {
  if (requestById(x, id)?.thirdParty === false) return true;
  const index = x.requestIds.indexOf(id);
  if (index === undefined || siteHeaders[index] !== 1) return false;
  return draft.sightings.some(
    (s) => s.location === 'header' && x.artifactById.get(s.artifactId)?.requestIds.includes(id),
  );
}
