/**
 * Picks, for each Learn topic, an example from the inspected site's own report when it has one,
 * otherwise from the demo site. Pure: Report in, messages out.
 */
import type { Msg, Report, TokenReport } from '@/lib/model/report';

export const LEARN_TOPICS = [
  'authn-authz',
  'session',
  'cookie-vs-session',
  'jwt-structure',
  'signed',
  'tradeoffs',
  'access-refresh',
] as const;
export type LearnTopic = (typeof LEARN_TOPICS)[number];

export interface LearnExample {
  msg: Msg;
  /** True when the example is this site's data; false for the demo site's. */
  fromSite: boolean;
}

const demo = (topic: LearnTopic): LearnExample => ({
  msg: { key: `learn.${topic}.demo` },
  fromSite: false,
});
const site = (key: string, params?: Msg['params']): LearnExample => ({
  msg: { key, params },
  fromSite: true,
});

function firstJws(report: Report): TokenReport | undefined {
  return (
    report.tokens.find((t) => t.jws && t.kind !== 'refresh') ?? report.tokens.find((t) => t.jws)
  );
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

  const credential = report.tokens[0];
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

  const sessionCookie = report.cookies.find(
    (c) => c.credential.is && c.credential.kind === 'session-id',
  );
  if (sessionCookie) {
    out.session = site(sessionCookie.httpOnly ? 'learn.session.site' : 'learn.session.siteScript', {
      name: sessionCookie.name,
      // A framework name reads the same in both languages; absent, the sentence simply omits it.
      known: sessionCookie.credential.knownAs ? ` (${sessionCookie.credential.knownAs})` : '',
    });
  }

  if (report.cookies.length > 0) {
    out['cookie-vs-session'] = site('learn.cookie-vs-session.site', {
      session: report.counts.cookies.session,
      persistent: report.counts.cookies.persistent,
    });
  }

  const jws = firstJws(report);
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

  if (report.verdict.kind !== 'none')
    out.tradeoffs = site(`learn.tradeoffs.site.${report.verdict.kind}`);

  const flow = report.verdict.flow;
  const refresh = flow?.refreshTokenId
    ? report.tokens.find((t) => t.id === flow.refreshTokenId)
    : undefined;
  const access = report.tokens.find(
    (t) => t.kind === 'access' && t.expiry.lifetimeMs !== undefined,
  );
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
