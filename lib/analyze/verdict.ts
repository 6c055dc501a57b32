import type {
  CookieReport,
  Evidence,
  RefreshFlow,
  TokenReport,
  Verdict,
  VerdictKind,
} from '../model/report';
import type { TokenDraft } from './types';

export interface VerdictInput {
  tokens: readonly { report: TokenReport; draft: TokenDraft }[];
  cookies: readonly { report: CookieReport; firstParty: boolean }[];
  flow?: RefreshFlow;
  /** Every token's draft by id, its `report` filled in: cookies name their token by id. */
  tokenById: ReadonlyMap<string, TokenDraft>;
  /** Parts of the page Tokki could not read: lowers confidence in "none". */
  blind: boolean;
}

const ev = (
  key: string,
  params: Evidence['message']['params'],
  at: Omit<Evidence, 'message'>,
): Evidence => ({
  message: { key: `verdict.evidence.${key}`, params },
  ...at,
});

/** Token stores a page script fills itself: evidence of a token-based login. */
const SCRIPT_STORES = new Set([
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'response-body',
  'url',
]);

/**
 * Decides how the site keeps the user logged in. Only first-party credentials count: analytics,
 * consent, CDN cookies and tokens sent to other sites never make a site look logged in.
 *
 * - session: an opaque session id in a cookie (the server keeps the session)
 * - token: a bearer token the page sends itself (Authorization header, or kept in storage)
 * - token-in-cookie: a JWT/JWE carried by a cookie
 * - hybrid: a session cookie and a token side by side
 */
export function decideVerdict(input: VerdictInput): Verdict {
  const evidence: Evidence[] = [];
  let session = 0;
  let bearer = 0;
  let jwtCookie = 0;
  let refreshOnly = 0;
  let sessionKnown = false;
  const { tokenById } = input;
  // Refresh tokens support a token login but do not make one: list them after the main evidence.
  const refreshEvidence: Evidence[] = [];

  for (const { report, firstParty } of input.cookies) {
    if (!firstParty || !report.credential.is || report.tokenId === undefined) continue;
    const draft = tokenById.get(report.tokenId);
    const token = draft?.report;
    if (!token || !draft) continue;
    const sentCount = draft.firstPartySent;
    const sent = sentCount > 0;
    const at = { artifactId: report.artifactId, tokenId: token.id };
    if (token.kind === 'refresh' || token.kind === 'csrf') continue;
    if (token.format === 'jws' || token.format === 'jwe') {
      jwtCookie += sent ? 2 : 1;
      evidence.push(
        ev('jwt-cookie', { name: report.name, format: token.format.toUpperCase() }, at),
      );
    } else {
      session += sent ? 2 : 1;
      if (report.credential.knownAs) {
        sessionKnown = true;
        evidence.push(
          ev(
            'known-session-cookie',
            { name: report.name, framework: report.credential.knownAs },
            at,
          ),
        );
      } else {
        evidence.push(ev('session-cookie', { name: report.name }, at));
      }
    }
    if (sent) {
      evidence.push(ev('cookie-sent', { name: report.name, count: sentCount }, at));
    }
  }

  for (const { report, draft } of input.tokens) {
    if (report.kind === 'csrf') continue;
    const firstPartyHeader = draft.sightings.find((s) => s.location === 'header' && s.firstParty);
    const stored = draft.sightings.find((s) => s.firstParty && SCRIPT_STORES.has(s.location));
    if (report.kind === 'refresh') {
      if (draft.sightings.some((s) => s.firstParty)) {
        refreshOnly += 1;
        const place = draft.sightings.find((s) => s.firstParty);
        refreshEvidence.push(
          ev(
            'refresh-token',
            { name: place?.name ?? '' },
            { artifactId: place?.artifactId, tokenId: report.id },
          ),
        );
      }
      continue;
    }
    if (firstPartyHeader) {
      bearer += 2;
      const count = draft.firstPartySent;
      evidence.push(
        ev(
          'bearer-header',
          { header: firstPartyHeader.name, count },
          { artifactId: firstPartyHeader.artifactId, tokenId: report.id },
        ),
      );
    } else if (
      stored &&
      (report.format === 'jws' ||
        report.format === 'jwe' ||
        report.kind === 'access' ||
        report.kind === 'id')
    ) {
      bearer += 1;
      evidence.push(
        ev(
          'token-in-storage',
          { name: stored.name, where: stored.location },
          { artifactId: stored.artifactId, tokenId: report.id },
        ),
      );
    }
  }

  evidence.push(...refreshEvidence);
  if (input.flow) {
    const { flow } = input;
    if (flow.refreshRequestIds.length > 0) {
      evidence.push(ev('refresh-request', { count: flow.refreshRequestIds.length }, {}));
    }
    for (const r of flow.replacements) {
      evidence.push(ev('token-replaced', {}, { tokenId: r.toTokenId }));
    }
  }

  const tokenScore = bearer + (bearer === 0 && jwtCookie === 0 ? refreshOnly : 0);
  let kind: VerdictKind;
  if (session > 0 && (tokenScore > 0 || jwtCookie > 0)) kind = 'hybrid';
  else if (tokenScore > 0) kind = 'token';
  else if (jwtCookie > 0) kind = 'token-in-cookie';
  else if (session > 0) kind = 'session';
  else kind = 'none';

  if (kind === 'none') {
    evidence.push(ev(input.blind ? 'nothing-readable' : 'nothing-found', {}, {}));
  }
  return {
    kind,
    confidence: confidence(kind, {
      session,
      bearer,
      jwtCookie,
      refreshOnly,
      sessionKnown,
      blind: input.blind,
    }),
    summary: { key: `verdict.summary.${kind}` },
    evidence,
    ...(input.flow ? { flow: input.flow } : {}),
  };
}

function confidence(
  kind: VerdictKind,
  s: {
    session: number;
    bearer: number;
    jwtCookie: number;
    refreshOnly: number;
    sessionKnown: boolean;
    blind: boolean;
  },
): number {
  // Score 1 = seen stored only, 2 = seen stored and sent; known framework names add certainty.
  const fromScore = (score: number) => Math.min(0.95, 0.55 + 0.15 * score);
  switch (kind) {
    case 'session':
      return Math.min(0.95, fromScore(s.session) + (s.sessionKnown ? 0.1 : 0));
    case 'token':
      return s.bearer > 0 ? fromScore(s.bearer + (s.refreshOnly > 0 ? 1 : 0)) : 0.5;
    case 'token-in-cookie':
      return fromScore(s.jwtCookie);
    case 'hybrid':
      return Math.min(0.9, fromScore(Math.min(s.session, s.bearer + s.jwtCookie)));
    case 'none':
      return s.blind ? 0.3 : 0.8;
  }
}
