import type {
  AnalyzeOptions,
  CookieReport,
  Location,
  Report,
  RequestReport,
  Severity,
  TokenReport,
} from '../model/report';
import type { Snapshot, SnapshotCookie } from '../model/snapshot';
import { findIssuer } from '../knowledge/issuers';
import type { CookieClass } from './classify-cookie';
import { claimReports, tokenTimes } from './decode-facade';
import { cookieExpiry, DEFAULT_EXPIRING_SOON_MS, tokenExpiry } from './expiry';
import {
  extractArtifacts,
  REQUEST_CARRIED_CREDENTIAL,
  requestById,
  type Extraction,
} from './extract-artifacts';
import type { CheckContext } from '../findings/context';
import { runChecks } from '../findings/run-checks';
import { locationRisks } from './locations';
import { normalizeSnapshot } from './normalize-snapshot';
import { emptyReport } from './empty-report';
import { findHttpAuthChallenges } from './http-auth-challenges';
import { detectRefreshFlow } from './refresh-flow';
import { siteOf, type SiteInfo } from './site';
import { guessTokenKind } from './token-kind';
import type { TokenDraft } from './types';
import { withoutUrlPassword } from './url-password';
import { decideVerdict } from './verdict';

/**
 * Analyses what the browser showed of one tab: every credential, where it lives, what it is, when
 * it expires, what is risky about it, and whether the site logs users in with a server-side
 * session, tokens, tokens in cookies, or both. Pure and total: any input gives a Report, and
 * whatever could not be read is listed in `problems`.
 *
 * @example analyze(snapshot, Date.now()).verdict.kind // 'session'
 */
export function analyze(snapshot: Snapshot, now: number, options: AnalyzeOptions = {}): Report {
  try {
    return analyzeUnsafe(snapshot, now, options);
  } catch (e) {
    // Last resort: a bug here must not blank the popup. The report says analysis failed.
    return failedReport(snapshot, now, e);
  }
}

function analyzeUnsafe(input: Snapshot, now: number, options: AnalyzeOptions): Report {
  const soonMs = options.expiringSoonMs ?? DEFAULT_EXPIRING_SOON_MS;
  const { snapshot, problems } = normalizeSnapshot(input);
  const site = siteOf(snapshot.site.url, snapshot.site.registrableDomain);
  if (site.origin === '') {
    problems.push({
      message: {
        key: 'analysis.problem.bad-site-url',
        params: { url: snapshot.site.url.slice(0, 200) },
      },
    });
  }
  const x = extractArtifacts(snapshot, site);
  const allProblems: Report['problems'] = [...problems, ...x.problems];

  const tokens = buildTokens(x, now, soonMs, allProblems);
  const cookies = buildCookies(snapshot.cookies, x, now, soonMs);
  const ctx: CheckContext = { site, now, tokens, cookies, extraction: x };
  const findings = runChecks(ctx);
  // Each finding names its token and artifact: file its key under both reports directly.
  const cookieReportByArtifact = new Map(cookies.map(({ report }) => [report.artifactId, report]));
  for (const f of findings) {
    if (f.tokenId !== undefined) x.tokenById.get(f.tokenId)?.report?.findingIds.push(f.key);
    if (f.artifactId !== undefined)
      cookieReportByArtifact.get(f.artifactId)?.findingIds.push(f.key);
  }

  const isFirstPartyRequest = (id: string) => requestById(x, id)?.thirdParty === false;
  const flow = detectRefreshFlow(tokens, snapshot.requests, isFirstPartyRequest);
  const challenges = findHttpAuthChallenges(snapshot.requests, isFirstPartyRequest);
  const blind = snapshot.unavailable.some(
    (u) => u.what === 'cookies' || u.what === 'site-access' || u.what === 'page',
  );
  const verdict = decideVerdict({
    tokens,
    tokenById: x.tokenById,
    artifactById: x.artifactById,
    challenges,
    cookies,
    flow,
    blind,
  });

  let withCredentials = 0;
  for (let i = 0; i < x.requestFlags.length; i++) {
    // Requests that share an id count as the last of them, as their reports show it.
    const at = x.duplicateRequestIds ? (x.requestIds.indexOf(snapshot.requests[i]!.id) ?? i) : i;
    if (x.requestFlags[at]! & REQUEST_CARRIED_CREDENTIAL) withCredentials += 1;
  }
  const requests = x.duplicateRequestIds
    ? sharedIdRequests(snapshot.requests, x)
    : x.requestReports;

  const severities: Record<Severity, number> = { high: 0, medium: 0, low: 0, info: 0 };
  for (const f of findings) severities[f.severity] += 1;

  return {
    site: {
      url: withoutUrlPassword(site.url),
      origin: site.origin,
      registrableDomain: site.registrableDomain,
    },
    generatedAt: now,
    verdict,
    cookies: cookies.map((c) => c.report),
    tokens: tokens.map((t) => t.report),
    artifacts: x.artifacts,
    findings,
    requests,
    locations: buildLocations(
      x,
      cookies,
      challenges.some((c) => c.answered),
    ),
    counts: {
      cookies: {
        session: cookies.filter((c) => c.report.expiry.state === 'session').length,
        persistent: cookies.filter((c) => c.report.expiry.state !== 'session').length,
        total: cookies.length,
      },
      tokens: tokens.length,
      findings: severities,
      requests: {
        total: Math.max(snapshot.requestStats.total, snapshot.requests.length),
        withCredentials,
        dropped: snapshot.requestStats.dropped,
      },
    },
    ...soonest(tokens, cookies, now),
    unavailable: snapshot.unavailable,
    problems: allProblems,
  };
}

/**
 * Requests that share an id (a bad recording) share the facts of the last of them, as the id
 * does everywhere else in the report; each report gets its own list of token ids.
 */
function sharedIdRequests(snapshotRequests: Snapshot['requests'], x: Extraction): RequestReport[] {
  return snapshotRequests.map((r) => {
    const facts = requestById(x, r.id);
    const report: RequestReport = {
      id: r.id,
      url: r.url,
      origin: facts?.origin ?? '',
      method: r.method,
      type: r.type,
      time: r.time,
      thirdParty: facts?.thirdParty ?? true,
      tokenIds: facts ? [...facts.tokenIds] : [],
      setCookies: facts?.setCookies ?? [],
    };
    if (r.status !== undefined) report.status = r.status;
    if (facts?.scheme !== undefined) report.scheme = facts.scheme;
    return report;
  });
}

function buildTokens(
  x: Extraction,
  now: number,
  soonMs: number,
  problems: Report['problems'],
): { report: TokenReport; draft: TokenDraft }[] {
  const out: { report: TokenReport; draft: TokenDraft }[] = [];
  // Thousands of tokens come from a handful of issuers.
  const issuers = new Map<unknown, ReturnType<typeof findIssuer>>();
  const issuerOf = (iss: unknown) => {
    if (issuers.has(iss)) return issuers.get(iss);
    const issuer = findIssuer(iss);
    if (typeof iss === 'string') issuers.set(iss, issuer);
    return issuer;
  };
  for (const draft of x.tokens.values()) {
    const { decoded } = draft;
    const payload = decoded.jws?.payload;
    let expiry = decoded.jws ? tokenExpiry(tokenTimes(payload), now, soonMs) : undefined;
    if (!expiry) {
      // An opaque value has no claims: it lives as long as the cookie holding it, if any.
      const cookieId = draft.sightings.find((s) => x.cookieOf.has(s.artifactId))?.artifactId;
      const cookie = cookieId ? x.cookieOf.get(cookieId) : undefined;
      expiry = cookie ? cookieExpiry(cookie, now, soonMs) : { state: 'unknown' };
    }
    const guess = guessTokenKind(decoded, draft.sightings, expiry.lifetimeMs);
    const issuer = issuerOf((payload as Record<string, unknown> | undefined)?.iss);
    if (issuer) {
      guess.reasons.push({
        key: 'analysis.kind.reason.issuer',
        params: { provider: issuer.provider },
      });
    }
    const report: TokenReport = {
      id: draft.id,
      value: draft.value,
      format: draft.formatOverride ?? decoded.format,
      kind: draft.formatOverride === 'basic' ? 'unknown' : guess.kind,
      kindReasons:
        draft.formatOverride === 'basic' ? [{ key: 'analysis.kind.reason.basic' }] : guess.reasons,
      artifactIds: draft.sightings.map((s) => s.artifactId),
      sentIn: draft.sentIn,
      claims: decoded.jws ? claimReports(payload) : [],
      expiry,
      findingIds: [],
    };
    if (decoded.jws) report.jws = decoded.jws;
    if (decoded.jwe) report.jwe = decoded.jwe;
    if (decoded.opaque && !draft.formatOverride) report.opaque = decoded.opaque;
    if (decoded.framework) report.framework = decoded.framework;
    if (draft.basic) report.basic = draft.basic;
    if (decoded.error) {
      report.error = decoded.error;
      // Only worth a problem when it claimed to be a JWT; opaque values are not errors.
      problems.push({ message: decoded.error.message, artifactId: report.artifactIds[0] });
    }
    draft.report = report;
    out.push({ report, draft });
  }
  return out;
}

function buildCookies(
  cookies: readonly SnapshotCookie[],
  x: Extraction,
  now: number,
  soonMs: number,
): { report: CookieReport; cookie: SnapshotCookie; cls: CookieClass; firstParty: boolean }[] {
  return cookies.map((cookie, index) => {
    // extractArtifacts fills both lists in cookie order.
    const artifactId = x.cookieArtifactIds[index] ?? '';
    const cls = x.cookieClasses[index] ?? { is: false, reasons: [] };
    const tokenId = x.artifactById.get(artifactId)?.tokenId;
    const token = tokenId ? x.tokenById.get(tokenId)?.report : undefined;
    const lower = cookie.name.toLowerCase();
    const report: CookieReport = {
      artifactId,
      name: cookie.name,
      value: cookie.value,
      domain: cookie.domain,
      path: cookie.path,
      scope: cookie.scope,
      httpOnly: cookie.httpOnly,
      secure: cookie.secure,
      sameSite: cookie.sameSite,
      expiry: cookieExpiry(cookie, now, soonMs),
      size: utf8Length(cookie.name) + utf8Length(cookie.value),
      credential: { is: cls.is, reasons: cls.reasons },
      findingIds: [],
    };
    if (lower.startsWith('__host-')) report.prefix = '__Host-';
    else if (lower.startsWith('__secure-')) report.prefix = '__Secure-';
    if (cookie.partitionKey?.topLevelSite) report.partition = cookie.partitionKey.topLevelSite;
    const kind = token?.kind ?? cls.knownKind;
    if (kind) report.credential.kind = kind;
    if (cls.knownAs) report.credential.knownAs = cls.knownAs;
    if (tokenId) report.tokenId = tokenId;
    return { report, cookie, cls, firstParty: x.firstParty.get(artifactId) ?? false };
  });
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function buildLocations(
  x: Extraction,
  cookies: readonly { report: CookieReport; cookie: SnapshotCookie; firstParty: boolean }[],
  httpAuthAnswered: boolean,
): Report['locations'] {
  const counts = new Map<Location, number>();
  let httpAuthHeaders = 0;
  for (const artifact of x.artifacts) {
    if (artifact.tokenId === undefined || !x.firstParty.get(artifact.id)) continue;
    counts.set(artifact.location, (counts.get(artifact.location) ?? 0) + 1);
    if (artifact.location === 'header' && x.tokenById.get(artifact.tokenId)?.formatOverride) {
      httpAuthHeaders += 1;
    }
  }
  const survival = (httpOnly: boolean): 'yes' | 'no' | 'depends' | undefined => {
    const creds = cookies.filter(
      (c) => c.firstParty && c.report.credential.is && c.cookie.httpOnly === httpOnly,
    );
    if (creds.length === 0) return undefined;
    if (creds.every((c) => c.cookie.session)) return 'no';
    if (creds.every((c) => !c.cookie.session)) return 'yes';
    return 'depends';
  };
  // Basic, Digest and Negotiate headers are the browser's own: the row says how those behave.
  const headersSentByBrowser =
    (httpAuthHeaders > 0 || httpAuthAnswered) && httpAuthHeaders === (counts.get('header') ?? 0);
  return locationRisks(
    counts,
    { httponly: survival(true), script: survival(false) },
    { headersSentByBrowser },
  );
}

function soonest(
  tokens: readonly { report: TokenReport; draft: TokenDraft }[],
  cookies: readonly { report: CookieReport; firstParty: boolean }[],
  now: number,
): Pick<Report, 'soonestExpiry'> {
  let best: Report['soonestExpiry'];
  const consider = (
    expiresAt: number | undefined,
    at: { tokenId?: string; artifactId?: string },
  ) => {
    if (expiresAt === undefined || expiresAt <= now) return;
    if (!best || expiresAt < best.expiresAt) best = { ...at, expiresAt };
  };
  for (const { report, draft } of tokens) {
    const { expiresAt } = report.expiry;
    // Most tokens lose: skip building their candidate.
    if (expiresAt === undefined || expiresAt <= now || (best && expiresAt >= best.expiresAt))
      continue;
    if (draft.sightings.some((s) => s.firstParty)) consider(expiresAt, { tokenId: report.id });
  }
  for (const { report, firstParty } of cookies) {
    if (firstParty && report.credential.is) {
      consider(report.expiry.expiresAt, { artifactId: report.artifactId, tokenId: report.tokenId });
    }
  }
  return best ? { soonestExpiry: best } : {};
}

function failedReport(snapshot: Snapshot, now: number, e: unknown): Report {
  let site: SiteInfo = { url: '', origin: '', protocol: '', hostname: '', registrableDomain: '' };
  try {
    site = siteOf(String(snapshot?.site?.url ?? ''));
  } catch {
    // keep the empty site
  }
  const { url, origin, registrableDomain } = site;
  return {
    ...emptyReport({ url, origin, registrableDomain }, now),
    verdict: {
      kind: 'none',
      confidence: 0,
      summary: { key: 'verdict.summary.failed' },
      evidence: [],
    },
    unavailable: Array.isArray(snapshot?.unavailable) ? snapshot.unavailable : [],
    problems: [
      {
        message: {
          key: 'analysis.problem.internal',
          params: {
            error: e instanceof Error ? `${e.name}: ${e.message}`.slice(0, 300) : 'unknown',
          },
        },
      },
    ],
  };
}
