/**
 * Picks, for each Learn topic, an example from the inspected site's own report when it has one,
 * otherwise from the demo site. Pure: Report in, messages out.
 */
import type {
  CookieReport,
  FrameworkValue,
  Msg,
  Report,
  TokenReport,
} from '@/lib/engine/model/report';

export const LEARN_TOPICS = [
  'authn-authz',
  'session',
  'cookie-vs-session',
  'jwt-structure',
  'signed',
  'tradeoffs',
  'access-refresh',
  'token-memory',
  'http-auth',
] as const;
export type LearnTopic = (typeof LEARN_TOPICS)[number];

export interface LearnExample {
  msg: Msg;
  /** True when the example is this site's data; false for the demo site's. */
  fromSite: boolean;
  /** A textbook example: the demo site has nothing to show for the topic (HTTP authentication). */
  generic?: true;
}

/** Topics the demo site does not show: their fallback example is a textbook one. */
const GENERIC_TOPICS: ReadonlySet<LearnTopic> = new Set(['http-auth', 'token-memory']);

const demo = (topic: LearnTopic): LearnExample => ({
  msg: { key: `learn.${topic}.demo` },
  fromSite: false,
  ...(GENERIC_TOPICS.has(topic) ? { generic: true as const } : {}),
});
const site = (key: Msg['key'], params?: Msg['params']): LearnExample => ({
  msg: { key, params },
  fromSite: true,
});

function firstJws(report: Report): TokenReport | undefined {
  return (
    report.tokens.find((t) => t.jws && t.kind !== 'refresh') ?? report.tokens.find((t) => t.jws)
  );
}

/** Kinds that ride along with a login but do not keep the user logged in by themselves. */
const NOT_THE_LOGIN: ReadonlySet<TokenReport['kind']> = new Set([
  'refresh',
  'csrf',
  'authorization-code',
]);

/** When a token last went out: the latest of the requests that carried it. */
function lastSent(report: Report, token: TokenReport): number {
  const sent = new Set(token.sentIn);
  let last = -Infinity;
  for (const r of report.requests) if (sent.has(r.id) && r.time > last) last = r.time;
  return last;
}

/**
 * The credential that keeps the user logged in, as the verdict cites it: among the tokens its
 * evidence points at that are not a refresh token, CSRF token or OAuth code, the one that
 * authorised requests, the latest sent first (after a refresh, the token now in use). A page's
 * first token is often one of the others (an SDK's refresh token, a code in the redirect URL),
 * and an ID token kept in storage authorises nothing.
 */
function loginCredentialOf(report: Report): TokenReport | undefined {
  const byId = new Map(report.tokens.map((t) => [t.id, t]));
  const cited: TokenReport[] = [];
  for (const { tokenId } of report.verdict.evidence) {
    const token = tokenId === undefined ? undefined : byId.get(tokenId);
    if (token && !NOT_THE_LOGIN.has(token.kind) && !cited.includes(token)) cited.push(token);
  }
  const used = cited.filter((t) => t.sentIn.length > 0);
  if (used.length === 0) return cited[0];
  return used.reduce((a, b) => (lastSent(report, b) > lastSent(report, a) ? b : a));
}

/**
 * The lesson about how this site logs in, shown first: a token in memory, the session, the
 * access + refresh pair, the JWT, the trade-offs of a hybrid, or HTTP authentication.
 */
function leadTopicOf(report: Report): LearnTopic | undefined {
  const { kind, evidence, flow } = report.verdict;
  if (evidence.some((e) => e.message.key === 'verdict.evidence.token-in-memory')) {
    return 'token-memory';
  }
  switch (kind) {
    case 'session':
    case 'http-auth':
      return kind;
    case 'token':
      return flow?.refreshTokenId ? 'access-refresh' : 'jwt-structure';
    case 'token-in-cookie':
      return 'jwt-structure';
    case 'hybrid':
      return 'tradeoffs';
    case 'none':
      return undefined;
  }
}

/** The topics in reading order: the one matching the verdict first, then the rest as written. */
export function learnTopicsFor(report: Report | undefined): LearnTopic[] {
  const lead = report ? leadTopicOf(report) : undefined;
  return lead ? [lead, ...LEARN_TOPICS.filter((t) => t !== lead)] : [...LEARN_TOPICS];
}

function labelOf(report: Report, token: TokenReport): string {
  const artifact = report.artifacts.find((a) => token.artifactIds.includes(a.id));
  return artifact?.label ?? token.kind;
}

/** One example per topic, from `report` when it shows the concept, else from the demo site. */
export function learnExamples(report: Report | undefined): Record<LearnTopic, LearnExample> {
  const out = Object.fromEntries(LEARN_TOPICS.map((t) => [t, demo(t)])) as Record<
    LearnTopic,
    LearnExample
  >;
  if (!report) return out;

  const credential = loginCredentialOf(report);
  if (report.verdict.kind !== 'none' && credential) {
    const denied = report.requests.filter((r) => r.status === 401 || r.status === 403).length;
    out['authn-authz'] = site(
      denied > 0 ? 'learn.authn-authz.siteDenied' : 'learn.authn-authz.site',
      {
        label: labelOf(report, credential),
        n: credential.sentIn.length,
        denied,
      },
    );
  }

  const login = sessionCookieOf(report);
  if (login?.data) {
    const { cookie, data } = login;
    out.session = site(
      data.protection === 'encrypted'
        ? 'learn.session.siteDataEncrypted'
        : 'learn.session.siteDataSigned',
      { name: cookie.name, framework: data.framework },
    );
  } else if (login) {
    const { cookie } = login;
    out.session = site(cookie.httpOnly ? 'learn.session.site' : 'learn.session.siteScript', {
      name: cookie.name,
      // A framework name reads the same in both languages; absent, the sentence simply omits it.
      known: cookie.credential.knownAs ? ` (${cookie.credential.knownAs})` : '',
    });
  }

  if (report.cookies.length > 0) {
    const counts = {
      session: report.counts.cookies.session,
      persistent: report.counts.cookies.persistent,
    };
    out['cookie-vs-session'] = login?.data
      ? site('learn.cookie-vs-session.siteData', { ...counts, name: login.cookie.name })
      : site('learn.cookie-vs-session.site', counts);
  }

  const jws = credential?.jws ? credential : firstJws(report);
  if (jws?.jws) {
    const alg = String(jws.jws.header.alg ?? '?');
    const payload = jws.jws.payload;
    const claims =
      payload && typeof payload === 'object' ? Object.keys(payload).slice(0, 8).join(', ') : '';
    out['jwt-structure'] = site('learn.jwt-structure.site', {
      label: labelOf(report, jws),
      alg,
      claims: claims || '—',
    });
    out.signed = site(
      alg.toLowerCase() === 'none' ? 'learn.signed.siteNone' : 'learn.signed.site',
      { alg },
    );
  }

  if (report.verdict.kind !== 'none') {
    // A session kept in the cookie cannot be ended by the server: not the session trade-offs.
    const inCookie = report.verdict.summary.key.startsWith('verdict.summary.session-data');
    out.tradeoffs = site(
      inCookie
        ? 'learn.tradeoffs.site.session-data'
        : `learn.tradeoffs.site.${report.verdict.kind}`,
    );
  }

  const httpAuth = httpAuthExample(report);
  if (httpAuth) out['http-auth'] = httpAuth;

  const memory = report.verdict.evidence.find(
    (e) => e.message.key === 'verdict.evidence.token-in-memory',
  );
  const held = report.tokens.find((t) => t.id === memory?.tokenId);
  if (held) {
    out['token-memory'] = site('learn.token-memory.site', {
      label: labelOf(report, held),
      n: held.sentIn.length,
    });
  }

  const flow = report.verdict.flow;
  const refresh = flow?.refreshTokenId
    ? report.tokens.find((t) => t.id === flow.refreshTokenId)
    : undefined;
  const access =
    credential?.kind === 'access' && credential.expiry.lifetimeMs !== undefined
      ? credential
      : report.tokens.find((t) => t.kind === 'access' && t.expiry.lifetimeMs !== undefined);
  if (refresh) {
    out['access-refresh'] = site('learn.access-refresh.site', {
      refresh: labelOf(report, refresh),
      minutes:
        access?.expiry.lifetimeMs !== undefined
          ? Math.max(1, Math.round(access.expiry.lifetimeMs / 60_000))
          : '?',
      n: flow?.refreshRequestIds.length ?? 0,
    });
  }
  return out;
}

/**
 * The cookie the site's session rests on: a session id, or the session's data itself (Flask,
 * iron-session, Auth.js…, with `data` saying which framework wrote it). Only cookies the browser
 * sends to this page count (an identity provider's single sign-on on its own host is not this
 * site's session), and the one the verdict names comes first.
 */
function sessionCookieOf(
  report: Report,
): { cookie: CookieReport; data?: FrameworkValue } | undefined {
  const tokens = new Map(report.tokens.map((t) => [t.id, t]));
  const named = new Set(report.verdict.evidence.map((e) => e.artifactId));
  let first: { cookie: CookieReport; data?: FrameworkValue } | undefined;
  for (const cookie of report.cookies) {
    if (!cookie.credential.is || cookie.scope !== 'sent') continue;
    const token = tokens.get(cookie.tokenId ?? '');
    if (!token) continue;
    const framework = token.framework;
    const data = framework?.holds === 'session-data' ? framework : undefined;
    if (!data && token.kind !== 'session-id') continue;
    const found = data ? { cookie, data } : { cookie };
    if (named.has(cookie.artifactId)) return found;
    first ??= found;
  }
  return first;
}

/** The browser's own Basic, Digest or Negotiate header, with the user where the scheme names one. */
function httpAuthExample(report: Report): LearnExample | undefined {
  // The header the browser sent (Firefox shows it); a user name in the URL is not that header.
  const headers = new Set(report.artifacts.filter((a) => a.location === 'header').map((a) => a.id));
  const token = report.tokens.find(
    (t) =>
      (t.format === 'basic' || t.format === 'digest' || t.format === 'negotiate') &&
      t.sentIn.length > 0 &&
      t.artifactIds.some((id) => headers.has(id)),
  );
  if (!token) {
    // Chrome shows only the challenge: the verdict's evidence names its scheme and realm.
    const challenge = report.verdict.evidence.find((e) =>
      /^verdict\.evidence\.http-challenge(-user)?$/.test(e.message.key),
    );
    if (!challenge?.message.params) return undefined;
    const { scheme, realm } = challenge.message.params;
    return site('learn.http-auth.siteChallenge', { scheme: scheme ?? '?', realm: realm ?? '—' });
  }
  const label = labelOf(report, token);
  const n = token.sentIn.length;
  return token.basic
    ? site('learn.http-auth.site', { label, user: token.basic.user, n })
    : site('learn.http-auth.siteScheme', { label, n });
}
