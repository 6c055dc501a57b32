import type { Artifact, CookieReport, Report, RequestReport } from '../model/report';
import { credentialStates, replacementChains, tokenFacts } from './credential-states';

/** What every credential's life is told from, indexed once per report. */
export interface TimelineContext {
  report: Report;
  now: number;
  artifacts: Map<string, Artifact>;
  requests: Map<string, RequestReport>;
  cookiesByArtifact: Map<string, CookieReport>;
  flow: Report['verdict']['flow'];
  /** Token id → the token that replaced it in a refresh, and the reverse. */
  replacedBy: Map<string, string>;
  replaces: Map<string, string>;
  /** The refresh requests, oldest first. */
  refreshRequests: RequestReport[];
  refreshRequestIds: Set<string>;
}

export function timelineContext(report: Report, now: number): TimelineContext {
  const requests = new Map(report.requests.map((r) => [r.id, r]));
  const flow = report.verdict.flow;
  const replacedBy = new Map<string, string>();
  const replaces = new Map<string, string>();
  // Which token took over from which is decided as Flow's sequences decide it: from what is
  // stored now and the order of use, not from the order the engine met the tokens in.
  const states = credentialStates(tokenFacts(report, requests), replacementChains(report), now);
  for (const [fromTokenId, { replacedBy: toTokenId }] of states) {
    if (toTokenId === undefined) continue;
    replacedBy.set(fromTokenId, toTokenId);
    replaces.set(toTokenId, fromTokenId);
  }
  const refreshRequests = (flow?.refreshRequestIds ?? [])
    .map((id) => requests.get(id))
    .filter((r): r is RequestReport => r !== undefined)
    .sort((a, b) => a.time - b.time);
  return {
    report,
    now,
    artifacts: new Map(report.artifacts.map((a) => [a.id, a])),
    requests,
    cookiesByArtifact: new Map(report.cookies.map((c) => [c.artifactId, c])),
    flow,
    replacedBy,
    replaces,
    refreshRequests,
    refreshRequestIds: new Set(flow?.refreshRequestIds ?? []),
  };
}

/** The last refresh at or before `time` (any refresh's last one when the time is unknown). */
export function refreshBefore(
  ctx: TimelineContext,
  time: number | undefined,
): RequestReport | undefined {
  return [...ctx.refreshRequests].reverse().find((r) => time === undefined || r.time <= time);
}
