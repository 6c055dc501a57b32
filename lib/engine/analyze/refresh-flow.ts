import type { RefreshFlow, TokenReport } from '../model/report';
import type { CapturedRequest } from '../model/snapshot';
import type { TokenDraft } from './types';
import { pathOf } from './url-parts';

/** Paths of refresh and token endpoints: `/refresh`, `/auth/refresh-token`, `/oauth/token`, `/token/refresh`. */
const REFRESH_PATH = /\/(refresh([-_]?token)?|token|renew|reissue)(\/refresh)?\/?$/i;

/** The last two are asked only when the answer still depends on them (most requests: never). */
function isRefreshRequest(
  request: CapturedRequest,
  carriesRefreshToken: (request: CapturedRequest) => boolean,
  isFirstParty: (requestId: string) => boolean,
): boolean {
  const grant = request.formFields?.grant_type;
  if (Array.isArray(grant) && grant.length > 0) return grant.includes('refresh_token');
  if (carriesRefreshToken(request)) return true;
  // By path alone only on the site's own domain: a third party's /token is none of its business.
  return (
    request.method.toUpperCase() === 'POST' &&
    REFRESH_PATH.test(pathOf(request.url)) &&
    isFirstParty(request.id)
  );
}

function claim(payload: unknown, name: string): string {
  if (payload === null || typeof payload !== 'object') return '';
  const value = (payload as Record<string, unknown>)[name];
  return value === undefined ? '' : JSON.stringify(value).slice(0, 200);
}

/**
 * The access + refresh flow as far as the snapshot shows it: the refresh token, the requests to a
 * token/refresh endpoint (`grant_type=refresh_token` per RFC 6749 §6, or a POST to `/refresh`,
 * `/token`), and access tokens replaced by newer ones for the same subject.
 * Undefined when none of the three was seen.
 */
export function detectRefreshFlow(
  tokens: readonly { report: TokenReport; draft: TokenDraft }[],
  requests: readonly CapturedRequest[],
  isFirstPartyRequest: (requestId: string) => boolean,
): RefreshFlow | undefined {
  const firstParty = tokens.filter(({ draft }) => draft.sightings.some((s) => s.firstParty));
  const refresh = firstParty.filter(({ report }) => report.kind === 'refresh');
  // Only a refresh token the page posts itself marks a refresh request: a refresh cookie with
  // Path=/ rides along with every request and says nothing about the endpoint.
  const refreshValues = new Set(refresh.map(({ report }) => report.value));
  const postsRefreshToken = (request: CapturedRequest) =>
    request.formFields !== undefined &&
    refreshValues.size > 0 &&
    Object.values(request.formFields).some(
      (values) => Array.isArray(values) && values.some((v) => refreshValues.has(v)),
    );
  const refreshRequestIds: string[] = [];
  for (const request of requests) {
    if (isRefreshRequest(request, postsRefreshToken, isFirstPartyRequest)) {
      refreshRequestIds.push(request.id);
    }
  }

  // Same issuer, subject and audience = the same login; a newer token replaced an older one.
  const groups = new Map<string, { id: string; at: number }[]>();
  for (const { report, draft } of firstParty) {
    if (report.kind !== 'access') continue;
    const payload = draft.decoded.jws?.payload;
    const key = draft.decoded.jws
      ? `jws\u0000${claim(payload, 'iss')}\u0000${claim(payload, 'sub')}\u0000${claim(payload, 'aud')}`
      : `opaque\u0000${draft.sightings.find((s) => s.location === 'header')?.name ?? ''}`;
    if (!draft.decoded.jws && !draft.sightings.some((s) => s.location === 'header')) continue;
    const at = report.expiry.issuedAt ?? draft.firstSentAt;
    if (at === undefined) continue;
    const list = groups.get(key) ?? [];
    list.push({ id: report.id, at });
    groups.set(key, list);
  }
  const replacements: RefreshFlow['replacements'] = [];
  for (const list of groups.values()) {
    list.sort((a, b) => a.at - b.at);
    list.forEach((to, i) => {
      const from = list[i - 1];
      if (from && from.id !== to.id) replacements.push({ fromTokenId: from.id, toTokenId: to.id });
    });
  }
  if (refresh.length === 0 && refreshRequestIds.length === 0 && replacements.length === 0)
    return undefined;
  const flow: RefreshFlow = { refreshRequestIds, replacements };
  if (refresh[0]) flow.refreshTokenId = refresh[0].report.id;
  return flow;
}
