import type {
  Artifact,
  CookieReport,
  Location,
  Msg,
  Report,
  RequestReport,
  TokenKind,
  TokenReport,
} from '../model/report';

/** One step in a credential's life, in the order a user would tell the story. */
export type FlowStage =
  'issued' | 'stored' | 'used' | 'refreshed' | 'replaced' | 'expired' | 'expires';

export interface FlowEvent {
  stage: FlowStage;
  /** ms since epoch; absent when the step happened but its time is unknown (a stored value). */
  time?: number;
  message: Msg;
  artifactId?: string;
  /** Requests behind this step (the login response, the requests that carried the token…). */
  requestIds: string[];
  /** For `used`: how many requests, first and last; the list above is a sample. */
  count?: number;
  lastTime?: number;
  /** The other credential of a refresh: the token it replaced or was replaced by, or the refresh token. */
  relatedTokenId?: string;
}

export interface CredentialLife {
  /** The token id, or the cookie's artifact id for a credential cookie without a token. */
  id: string;
  tokenId?: string;
  label: string;
  kind: TokenKind;
  events: FlowEvent[];
  /** Access ↔ refresh links, so the view can draw them. */
  links: { refreshTokenId?: string; replaces?: string; replacedBy?: string; refreshes?: string[] };
}

/** How many request ids a `used` step keeps: the view shows the count, not 10,000 rows. */
const USED_SAMPLE = 5;

const STAGE_ORDER: Record<FlowStage, number> = {
  issued: 0,
  stored: 1,
  used: 2,
  refreshed: 3,
  replaced: 4,
  expired: 5,
  expires: 6,
};

const STORED_LOCATIONS: ReadonlySet<Location> = new Set<Location>([
  'cookie-httponly',
  'cookie-script',
  'localStorage',
  'sessionStorage',
  'indexedDB',
]);

function byTime(a: FlowEvent, b: FlowEvent): number {
  // Steps without a time keep their story position relative to timed ones of the same stage.
  if (a.time !== undefined && b.time !== undefined && a.time !== b.time) return a.time - b.time;
  return STAGE_ORDER[a.stage] - STAGE_ORDER[b.stage];
}

function labelOf(token: TokenReport, artifacts: Map<string, Artifact>): string {
  const stored = token.artifactIds
    .map((id) => artifacts.get(id))
    .find((a) => a && STORED_LOCATIONS.has(a.location));
  const any = stored ?? artifacts.get(token.artifactIds[0] ?? '');
  return any?.label ?? token.id;
}

function issuedEvents(
  artifacts: Artifact[],
  requests: Map<string, RequestReport>,
  cookieName: string | undefined,
  allRequests: RequestReport[],
): FlowEvent[] {
  const events: FlowEvent[] = [];
  for (const artifact of artifacts) {
    if (artifact.location !== 'response-body') continue;
    const request = artifact.requestIds.map((id) => requests.get(id)).find(Boolean);
    events.push({
      stage: 'issued',
      time: request?.time,
      message: {
        key: 'panel.flow.issued.body',
        params: {
          request: request ? `${request.method} ${pathOf(request.url)}` : artifact.label,
          path: artifact.path ?? '$',
        },
      },
      artifactId: artifact.id,
      requestIds: request ? [request.id] : [],
    });
  }
  if (cookieName !== undefined) {
    for (const request of allRequests) {
      if (!request.setCookies.includes(cookieName)) continue;
      events.push({
        stage: 'issued',
        time: request.time,
        message: {
          key: 'panel.flow.issued.set-cookie',
          params: { name: cookieName, request: `${request.method} ${pathOf(request.url)}` },
        },
        requestIds: [request.id],
      });
    }
  }
  return events;
}

function pathOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.pathname;
  } catch {
    return url;
  }
}

function usedEvent(
  requestIds: string[],
  requests: Map<string, RequestReport>,
): FlowEvent | undefined {
  const used = requestIds
    .map((id) => requests.get(id))
    .filter((r): r is RequestReport => r !== undefined);
  const [head] = used;
  if (!head) return undefined;
  let first = head;
  let last = head;
  for (const r of used) {
    if (r.time < first.time) first = r;
    if (r.time > last.time) last = r;
  }
  const sample = [...used]
    .sort((a, b) => a.time - b.time)
    .slice(0, USED_SAMPLE)
    .map((r) => r.id);
  return {
    stage: 'used',
    time: first.time,
    lastTime: last.time,
    count: used.length,
    message: { key: 'panel.flow.used', params: { n: used.length } },
    requestIds: sample,
  };
}

function expiryEvent(expiresAt: number | undefined, now: number): FlowEvent | undefined {
  if (expiresAt === undefined || !Number.isFinite(expiresAt)) return undefined;
  const past = expiresAt <= now;
  return {
    stage: past ? 'expired' : 'expires',
    time: expiresAt,
    message: { key: past ? 'panel.flow.expired' : 'panel.flow.expires' },
    requestIds: [],
  };
}

/**
 * Folds repeats of one step (a rotated refresh cookie set again on every refresh) into one event
 * with a count and the first and last time, so a long session stays one screen.
 */
function mergeRepeats(events: FlowEvent[]): FlowEvent[] {
  const merged = new Map<string, FlowEvent>();
  for (const e of events) {
    if (e.stage === 'used' || e.stage === 'stored') {
      merged.set(`${merged.size}`, e);
      continue;
    }
    const key = `${e.stage}\u0000${e.message.key}\u0000${JSON.stringify(e.message.params ?? {})}`;
    const seen = merged.get(key);
    if (!seen) {
      merged.set(key, { ...e });
      continue;
    }
    const count = (seen.count ?? 1) + 1;
    const times = [seen.time, seen.lastTime, e.time].filter((t): t is number => t !== undefined);
    merged.set(key, {
      ...seen,
      count,
      time: times.length > 0 ? Math.min(...times) : undefined,
      lastTime: times.length > 0 ? Math.max(...times) : undefined,
      requestIds: [...seen.requestIds, ...e.requestIds].slice(0, USED_SAMPLE),
    });
  }
  return [...merged.values()];
}

/**
 * Tells each credential's life from a report: issued (Set-Cookie or response body) → stored
 * (cookie, storage key) → used (requests) → refreshed or replaced → expired. Access tokens are
 * linked to the refresh token that renewed them and to the token they replaced.
 * Pure; never throws on a report with dangling ids.
 *
 * @example buildTimeline(report, Date.now()).map((life) => life.events.map((e) => e.stage))
 */
export function buildTimeline(report: Report, now: number): CredentialLife[] {
  const artifacts = new Map(report.artifacts.map((a) => [a.id, a]));
  const requests = new Map(report.requests.map((r) => [r.id, r]));
  const cookiesByArtifact = new Map<string, CookieReport>(
    report.cookies.map((c) => [c.artifactId, c]),
  );
  const flow = report.verdict.flow;
  const replacedBy = new Map<string, string>();
  const replaces = new Map<string, string>();
  for (const { fromTokenId, toTokenId } of flow?.replacements ?? []) {
    replacedBy.set(fromTokenId, toTokenId);
    replaces.set(toTokenId, fromTokenId);
  }
  const refreshRequests = (flow?.refreshRequestIds ?? [])
    .map((id) => requests.get(id))
    .filter((r): r is RequestReport => r !== undefined)
    .sort((a, b) => a.time - b.time);

  const lives: CredentialLife[] = [];
  const coveredCookies = new Set<string>();

  for (const token of report.tokens) {
    const own = token.artifactIds
      .map((id) => artifacts.get(id))
      .filter((a): a is Artifact => a !== undefined);
    const cookie = own
      .map((a) => cookiesByArtifact.get(a.id))
      .find((c): c is CookieReport => c !== undefined);
    if (cookie) coveredCookies.add(cookie.artifactId);
    const events: FlowEvent[] = issuedEvents(own, requests, cookie?.name, report.requests);

    // A refreshed token was issued by the refresh response even when no body was captured.
    const predecessor = replaces.get(token.id);
    if (predecessor && !events.some((e) => e.stage === 'issued')) {
      const firstUse = usedEvent(token.sentIn, requests)?.time;
      const refresh = [...refreshRequests]
        .reverse()
        .find((r) => firstUse === undefined || r.time <= firstUse);
      events.push({
        stage: 'issued',
        time: refresh?.time,
        message: { key: 'panel.flow.issued.refresh' },
        requestIds: refresh ? [refresh.id] : [],
        relatedTokenId: flow?.refreshTokenId,
      });
    }

    for (const artifact of own) {
      if (!STORED_LOCATIONS.has(artifact.location)) continue;
      const issued = events.find((e) => e.stage === 'issued');
      events.push({
        stage: 'stored',
        time: issued?.time,
        message: {
          key: `panel.flow.stored.${artifact.location}`,
          params: { label: artifact.label },
        },
        artifactId: artifact.id,
        requestIds: [],
      });
    }

    // A refresh token's trips to the refresh endpoint are told as "refreshed", not as plain use.
    const isRefreshToken = flow?.refreshTokenId === token.id;
    const refreshIds = new Set(flow?.refreshRequestIds ?? []);
    const used = usedEvent(
      isRefreshToken ? token.sentIn.filter((id) => !refreshIds.has(id)) : token.sentIn,
      requests,
    );
    if (used) events.push(used);

    if (isRefreshToken) {
      for (const r of refreshRequests) {
        events.push({
          stage: 'refreshed',
          time: r.time,
          message: {
            key: 'panel.flow.refreshed',
            params: { request: `${r.method} ${pathOf(r.url)}` },
          },
          requestIds: [r.id],
        });
      }
    }

    const successor = replacedBy.get(token.id);
    if (successor) {
      const next = report.tokens.find((t) => t.id === successor);
      const nextFirst = next ? usedEvent(next.sentIn, requests)?.time : undefined;
      // The refresh that replaced it is the last one before its successor was first used.
      const refresh = [...refreshRequests]
        .reverse()
        .find((r) => nextFirst === undefined || r.time <= nextFirst);
      events.push({
        stage: 'replaced',
        time: refresh?.time ?? nextFirst,
        message: { key: 'panel.flow.replaced' },
        requestIds: refresh ? [refresh.id] : [],
        relatedTokenId: successor,
      });
    }

    const expiry = expiryEvent(token.expiry.expiresAt ?? cookie?.expiry.expiresAt, now);
    if (expiry) events.push(expiry);

    const refreshes =
      flow?.refreshTokenId === token.id ? flow.replacements.map((r) => r.toTokenId) : undefined;
    lives.push({
      id: token.id,
      tokenId: token.id,
      label: labelOf(token, artifacts),
      kind: token.kind,
      events: mergeRepeats(events).sort(byTime),
      links: {
        refreshTokenId:
          token.kind === 'access' && flow?.refreshTokenId !== token.id
            ? flow?.refreshTokenId
            : undefined,
        replaces: predecessor,
        replacedBy: successor,
        refreshes,
      },
    });
  }

  // Credential cookies the engine did not turn into a token still have a life worth showing.
  for (const cookie of report.cookies) {
    if (!cookie.credential.is || cookie.tokenId || coveredCookies.has(cookie.artifactId)) continue;
    const artifact = artifacts.get(cookie.artifactId);
    const events = issuedEvents([], requests, cookie.name, report.requests);
    events.push({
      stage: 'stored',
      time: events[0]?.time,
      message: {
        key: `panel.flow.stored.${artifact?.location ?? (cookie.httpOnly ? 'cookie-httponly' : 'cookie-script')}`,
        params: { label: cookie.name },
      },
      artifactId: cookie.artifactId,
      requestIds: [],
    });
    const sentWith = (artifact?.requestIds ?? []).filter(
      (id) => !requests.get(id)?.setCookies.includes(cookie.name),
    );
    const used = usedEvent(sentWith, requests);
    if (used) events.push(used);
    const expiry = expiryEvent(cookie.expiry.expiresAt, now);
    if (expiry) events.push(expiry);
    lives.push({
      id: cookie.artifactId,
      label: cookie.name,
      kind: cookie.credential.kind ?? 'unknown',
      events: mergeRepeats(events).sort(byTime),
      links: {},
    });
  }

  return lives;
}
