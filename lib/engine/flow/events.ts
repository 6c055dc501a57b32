import type { Artifact, Location, RequestReport, TokenReport } from '../model/report';
import type { MessageKey } from '../i18n/catalogue';
import type { FlowEvent, FlowStage } from './types';

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

/** The places a page stores a credential in, each with the timeline's sentence for it. */
export const STORED_KEY: Partial<Record<Location, MessageKey>> = {
  'cookie-httponly': 'panel.flow.stored.cookie-httponly',
  'cookie-script': 'panel.flow.stored.cookie-script',
  localStorage: 'panel.flow.stored.localStorage',
  sessionStorage: 'panel.flow.stored.sessionStorage',
  indexedDB: 'panel.flow.stored.indexedDB',
};

/** Orders a life by time; steps of unknown or equal time keep the story order. */
export function byTime(a: FlowEvent, b: FlowEvent): number {
  // Steps without a time keep their story position relative to timed ones of the same stage.
  if (a.time !== undefined && b.time !== undefined && a.time !== b.time) return a.time - b.time;
  return STAGE_ORDER[a.stage] - STAGE_ORDER[b.stage];
}

/** A token's name in the timeline: where it is stored, else where it was first seen. */
export function labelOf(token: TokenReport, artifacts: Map<string, Artifact>): string {
  const stored = token.artifactIds
    .map((id) => artifacts.get(id))
    .find((a) => a && STORED_KEY[a.location]);
  const any = stored ?? artifacts.get(token.artifactIds[0] ?? '');
  return any?.label ?? token.id;
}

/** Where the credential came from: a response body that held it, or a Set-Cookie that set it. */
export function issuedEvents(
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

/** A URL's path, or the URL itself when it does not parse. */
export function pathOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.pathname;
  } catch {
    return url;
  }
}

/** The requests that carried the credential, as one step with a count and a sample of ids. */
export function usedEvent(
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

/** When the credential expired or expires, if it says. */
export function expiryEvent(expiresAt: number | undefined, now: number): FlowEvent | undefined {
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
export function mergeRepeats(events: FlowEvent[]): FlowEvent[] {
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
