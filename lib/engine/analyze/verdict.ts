import type {
  Artifact,
  CookieReport,
  Evidence,
  FrameworkValue,
  RefreshFlow,
  TokenReport,
  Verdict,
  VerdictKind,
} from '../model/report';
import type { KeySuffix } from '../i18n/catalogue';
import { parseAuthorization } from './decode-facade';
import type { HttpAuthChallenge } from './http-auth-challenges';
import { memoryOnlyTokens } from './memory-only';
import { recognisedStacks } from './recognised-stacks';
import type { Sighting, TokenDraft } from './types';

export interface VerdictInput {
  tokens: readonly { report: TokenReport; draft: TokenDraft }[];
  cookies: readonly { report: CookieReport; firstParty: boolean }[];
  flow?: RefreshFlow;
  /** Every token's draft by id, its `report` filled in: cookies name their token by id. */
  tokenById: ReadonlyMap<string, TokenDraft>;
  /** Every artifact by id: a header's label names its scheme (`Authorization: Token`). */
  artifactById: ReadonlyMap<string, Artifact>;
  /** The site's HTTP authentication challenges (Chrome's only trace of HTTP authentication). */
  challenges?: readonly HttpAuthChallenge[];
  /** Parts of the page Tokki could not read: lowers confidence in "none". */
  blind: boolean;
}

const ev = (
  key: KeySuffix<'verdict.evidence.'>,
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

/** Formats of HTTP authentication: the browser answers the server's challenge by itself. */
const HTTP_AUTH_FORMATS = new Set<TokenReport['format']>(['basic', 'digest', 'negotiate']);

/** What the evidence adds up to; each score counts 1 for a credential stored, 2 when also sent. */
interface Tally {
  evidence: Evidence[];
  /** Refresh tokens support a token login but do not make one: listed after the main evidence. */
  refreshEvidence: Evidence[];
  session: number;
  bearer: number;
  jwtCookie: number;
  refreshOnly: number;
  http: number;
  /** HTTP authentication headers seen (Chrome hides them; Firefox shows them). */
  httpHeaders: number;
  sessionKnown: boolean;
  /** Cookies that are a session id (the server keeps the session). */
  sessionIdCookies: number;
  /** Frameworks of cookies that hold the session's data itself (the server keeps none). */
  sessionData: FrameworkValue[];
  /** Token cookies (JWT/JWE): how many, and which of them are a framework's session. */
  jwtCookies: number;
  jwtSessionData: FrameworkValue[];
}

/**
 * Decides how the site keeps the user logged in. Only first-party credentials count: analytics,
 * consent, CDN cookies and tokens sent to other sites never make a site look logged in.
 *
 * - session: a session cookie: an opaque id of a session the server keeps, or the session's data
 *   itself, signed or encrypted by a framework (Flask, cookie-session, iron-session, Rails, …)
 * - token: a token the page sends itself (Authorization in any token scheme, X-Auth-Token-like
 *   headers, or kept in storage)
 * - token-in-cookie: a JWT/JWE carried by a cookie
 * - hybrid: a session cookie and a token side by side
 * - http-auth: HTTP authentication (Basic, Digest, NTLM, Negotiate) and nothing else: the
 *   browser sends the credentials itself
 */
export function decideVerdict(input: VerdictInput): Verdict {
  const t: Tally = {
    evidence: [],
    refreshEvidence: [],
    session: 0,
    bearer: 0,
    jwtCookie: 0,
    refreshOnly: 0,
    http: 0,
    httpHeaders: 0,
    sessionKnown: false,
    sessionIdCookies: 0,
    sessionData: [],
    jwtCookies: 0,
    jwtSessionData: [],
  };
  tallyCookies(input, t);
  tallyTokens(input, t);
  tallyChallenges(input.challenges ?? [], t);

  const { evidence } = t;
  evidence.push(...t.refreshEvidence);
  if (input.flow) {
    const { flow } = input;
    if (flow.refreshRequestIds.length > 0) {
      evidence.push(ev('refresh-request', { count: flow.refreshRequestIds.length }, {}));
    }
    for (const r of flow.replacements) {
      evidence.push(ev('token-replaced', {}, { tokenId: r.toTokenId }));
    }
  }

  const kind = kindOf(t);
  if (kind === 'none') {
    evidence.push(ev(input.blind ? 'nothing-readable' : 'nothing-found', {}, {}));
  } else {
    // Named first: what the user knows the site by (Firebase Auth, Flask) before the details.
    const stacks = stacksEvidence(input);
    if (stacks) evidence.unshift(stacks);
  }
  return {
    kind,
    confidence: confidence(kind, t, input.blind),
    summary: summaryOf(kind, t),
    evidence,
    ...(input.flow ? { flow: input.flow } : {}),
  };
}

/** The auth stacks the knowledge tables recognised, each once, by its longest name. */
function stacksEvidence(input: VerdictInput): Evidence | undefined {
  const stacks = recognisedStacks(
    input.cookies.map((c) => c.report),
    input.tokens.map((tk) => tk.report),
  );
  // "Auth.js" says nothing "Auth.js / NextAuth.js" does not.
  const named = stacks.filter((a) => !stacks.some((b) => b !== a && b.includes(a)));
  return named.length > 0 ? ev('stacks', { stacks: named.join(', ') }, {}) : undefined;
}

function kindOf(t: Tally): VerdictKind {
  const tokenScore = t.bearer + (t.bearer === 0 && t.jwtCookie === 0 ? t.refreshOnly : 0);
  if (t.session > 0 && (tokenScore > 0 || t.jwtCookie > 0)) return 'hybrid';
  if (tokenScore > 0) return 'token';
  if (t.jwtCookie > 0) return 'token-in-cookie';
  if (t.session > 0) return 'session';
  // HTTP authentication in front of a site that logs in otherwise is a gate, not its login.
  if (t.http > 0) return 'http-auth';
  return 'none';
}

/**
 * The summary sentence. A session kept in the cookie itself is not a session id: the server
 * keeps no state, so it gets its own sentence (naming the framework) whenever it is the only
 * kind of session cookie seen.
 */
function summaryOf(kind: VerdictKind, t: Tally): Verdict['summary'] {
  const [data] = t.sessionData;
  if (kind === 'session' && data && t.sessionIdCookies === 0) {
    return {
      key: `verdict.summary.session-data-${data.protection}`,
      params: { framework: data.framework },
    };
  }
  const [jwtData] = t.jwtSessionData;
  if (kind === 'token-in-cookie' && jwtData && t.jwtSessionData.length === t.jwtCookies) {
    return {
      key: 'verdict.summary.token-in-cookie-session-data',
      params: { framework: jwtData.framework },
    };
  }
  return { key: `verdict.summary.${kind}` };
}

function tallyCookies(input: VerdictInput, t: Tally): void {
  for (const { report, firstParty } of input.cookies) {
    if (!firstParty || !report.credential.is || report.tokenId === undefined) continue;
    const draft = input.tokenById.get(report.tokenId);
    const token = draft?.report;
    if (!token || !draft) continue;
    if (token.kind === 'refresh' || token.kind === 'csrf') continue;
    // A signature cookie (cookie-session's `.sig`) only vouches for another cookie.
    if (token.framework?.holds === 'signature') continue;
    const sentCount = draft.firstPartySent;
    const sent = sentCount > 0;
    const at = { artifactId: report.artifactId, tokenId: token.id };
    const data = token.framework?.holds === 'session-data' ? token.framework : undefined;
    if (token.format === 'jwe' || (token.format === 'jws' && !data)) {
      t.jwtCookie += sent ? 2 : 1;
      t.jwtCookies += 1;
      if (data) {
        t.jwtSessionData.push(data);
        t.evidence.push(
          ev('session-data-jwe-cookie', { name: report.name, framework: data.framework }, at),
        );
      } else {
        t.evidence.push(
          ev('jwt-cookie', { name: report.name, format: token.format.toUpperCase() }, at),
        );
      }
    } else {
      t.session += sent ? 2 : 1;
      t.evidence.push(sessionCookieEvidence(report, data, at, t));
    }
    if (sent) {
      t.evidence.push(ev('cookie-sent', { name: report.name, count: sentCount }, at));
    }
  }
}

function sessionCookieEvidence(
  report: CookieReport,
  data: FrameworkValue | undefined,
  at: Omit<Evidence, 'message'>,
  t: Tally,
): Evidence {
  if (data) {
    t.sessionData.push(data);
    t.sessionKnown = true;
    return ev(
      `session-data-${data.protection}`,
      { name: report.name, framework: data.framework },
      at,
    );
  }
  t.sessionIdCookies += 1;
  if (report.credential.knownAs) {
    t.sessionKnown = true;
    return ev(
      'known-session-cookie',
      { name: report.name, framework: report.credential.knownAs },
      at,
    );
  }
  return ev('session-cookie', { name: report.name }, at);
}

function tallyTokens(input: VerdictInput, t: Tally): void {
  const inMemory = memoryOnlyTokens(input.tokens, input.flow);
  for (const { report, draft } of input.tokens) {
    // Neither proves a login: a CSRF token, or an OAuth code the app has yet to exchange.
    if (report.kind === 'csrf' || report.kind === 'authorization-code') continue;
    const firstPartyHeader = draft.sightings.find((s) => s.location === 'header' && s.firstParty);
    const stored = draft.sightings.find((s) => s.firstParty && SCRIPT_STORES.has(s.location));
    if (HTTP_AUTH_FORMATS.has(report.format)) {
      // A proxy's credentials say nothing about the site's own login.
      const header = draft.sightings.find(
        (s) =>
          s.location === 'header' && s.firstParty && s.name.toLowerCase() !== 'proxy-authorization',
      );
      if (header) {
        t.http += 2;
        t.httpHeaders += 1;
        t.evidence.push(headerEvidence(report, draft, header, input.artifactById));
      }
      continue;
    }
    if (report.kind === 'refresh') {
      const place = draft.sightings.find((s) => s.firstParty);
      if (place) {
        t.refreshOnly += 1;
        t.refreshEvidence.push(
          ev(
            'refresh-token',
            { name: place.name },
            { artifactId: place.artifactId, tokenId: report.id },
          ),
        );
      }
      continue;
    }
    if (firstPartyHeader) {
      t.bearer += 2;
      t.evidence.push(headerEvidence(report, draft, firstPartyHeader, input.artifactById));
      // What the user looks for when a token is in no store: where it lives, and what a reload does.
      if (inMemory.has(report.id)) {
        t.evidence.push(
          ev(
            'token-in-memory',
            { header: firstPartyHeader.name },
            { artifactId: firstPartyHeader.artifactId, tokenId: report.id },
          ),
        );
      }
    } else if (
      stored &&
      (report.format === 'jws' ||
        report.format === 'jwe' ||
        report.kind === 'access' ||
        report.kind === 'id')
    ) {
      t.bearer += 1;
      t.evidence.push(
        ev(
          'token-in-storage',
          { name: stored.name, where: stored.location },
          { artifactId: stored.artifactId, tokenId: report.id },
        ),
      );
    }
  }
}

/**
 * HTTP authentication seen only by its challenge: the site answered 401 `WWW-Authenticate`, and
 * the browser answered by itself. One sentence per scheme, realm and user; when no credential
 * header was seen at all, one more says the browser kept it from Tokki (Chrome does).
 */
function tallyChallenges(challenges: readonly HttpAuthChallenge[], t: Tally): void {
  const groups = new Map<string, { challenge: HttpAuthChallenge; count: number }>();
  for (const challenge of challenges) {
    const key = [challenge.answered, challenge.scheme, challenge.realm, challenge.user].join('\0');
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { challenge, count: 1 });
  }
  let answered = 0;
  for (const { challenge, count } of groups.values()) {
    const { scheme, realm, user } = challenge;
    const params = { scheme, realm: realm || '—', count };
    if (!challenge.answered) {
      t.evidence.push(ev('http-challenge-unanswered', params, {}));
      continue;
    }
    answered += count;
    t.evidence.push(
      user ? ev('http-challenge-user', { ...params, user }, {}) : ev('http-challenge', params, {}),
    );
  }
  if (answered === 0) return;
  t.http += 2;
  if (t.httpHeaders === 0) t.evidence.push(ev('http-credentials-hidden', {}, {}));
}

/**
 * The scheme of an Authorization-style header, read from its artifact's label, which
 * extractArtifacts writes as `<header>: <scheme>` (`Authorization: Token`; `Authorization: ` for
 * a bare value). Undefined for a header that has no scheme of its own (X-Auth-Token).
 */
function headerScheme(
  sighting: Sighting,
  artifactById: VerdictInput['artifactById'],
): string | undefined {
  const label = artifactById.get(sighting.artifactId)?.label;
  const prefix = `${sighting.name}: `;
  if (label === undefined || !label.startsWith(prefix)) return undefined;
  return label.slice(prefix.length);
}

/**
 * Names how the token travelled in a header. HTTP authentication: Basic names its user (never
 * the password); Digest its user too (it sends a response to the server's challenge, not the
 * password); NTLM and Negotiate the scheme the browser answered. Any other token: Bearer,
 * another scheme, a bare JWT, or a header of its own.
 */
function headerEvidence(
  report: TokenReport,
  draft: TokenDraft,
  header: Sighting,
  artifactById: VerdictInput['artifactById'],
): Evidence {
  const count = draft.firstPartySent;
  const at = { artifactId: header.artifactId, tokenId: report.id };
  const scheme = headerScheme(header, artifactById);
  switch (report.format) {
    case 'basic':
      return ev('http-basic', { user: report.basic?.user || '?', count }, at);
    case 'digest': {
      const user = parseAuthorization(`Digest ${report.value}`).params?.username;
      return ev('http-digest', { user: user || '?', count }, at);
    }
    case 'negotiate':
      return ev('http-negotiate', { scheme: scheme || 'Negotiate', count }, at);
  }
  if (scheme === undefined) return ev('custom-token-header', { header: header.name, count }, at);
  if (scheme === '') return ev('raw-jwt-header', { header: header.name, count }, at);
  if (scheme.toLowerCase() === 'bearer') {
    return ev('bearer-header', { header: header.name, count }, at);
  }
  return ev('token-scheme-header', { header: header.name, scheme, count }, at);
}

function confidence(kind: VerdictKind, t: Tally, blind: boolean): number {
  // Score 1 = seen stored only, 2 = seen stored and sent; known framework names add certainty.
  const fromScore = (score: number) => Math.min(0.95, 0.55 + 0.15 * score);
  switch (kind) {
    case 'session':
      return Math.min(0.95, fromScore(t.session) + (t.sessionKnown ? 0.1 : 0));
    case 'token':
      return t.bearer > 0 ? fromScore(t.bearer + (t.refreshOnly > 0 ? 1 : 0)) : 0.5;
    case 'token-in-cookie':
      return fromScore(t.jwtCookie);
    case 'hybrid':
      return Math.min(0.9, fromScore(Math.min(t.session, t.bearer + t.jwtCookie)));
    case 'http-auth':
      return fromScore(t.http);
    case 'none':
      return blind ? 0.3 : 0.8;
  }
}
