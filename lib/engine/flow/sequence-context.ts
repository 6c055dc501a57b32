import type { Artifact, Report, RequestReport } from '../model/report';
import {
  credentialStates,
  memoryOnlyTokens,
  replacementChains,
  tokenFacts,
  type StateOf,
  type TokenFacts,
} from './credential-states';
import { labelOf, pathOf } from './credential-labels';
import { fingerprintOf } from './fingerprint';

/** How a token reached the page: the response that carried it, if the capture saw it. */
interface Issuer {
  request: RequestReport;
  via: 'body' | 'set-cookie';
}

/** What every login's steps are told from, indexed once per report. */
export interface SequenceContext {
  report: Report;
  now: number;
  /** Requests oldest first. */
  requests: RequestReport[];
  artifacts: Map<string, Artifact>;
  facts: Map<string, TokenFacts>;
  chains: string[][];
  states: Map<string, StateOf>;
  memory: Set<string>;
  fingerprints: Map<string, string>;
  labels: Map<string, string>;
  /** A cookie token's cookie name. */
  cookieNames: Map<string, string>;
  issuers: Map<string, Issuer>;
  refreshRequestIds: Set<string>;
  refreshTokenId?: string;
}

export function sequenceContext(report: Report, now: number): SequenceContext {
  const requests = [...report.requests].sort((a, b) => a.time - b.time);
  const byId = new Map(requests.map((r) => [r.id, r]));
  const artifacts = new Map(report.artifacts.map((a) => [a.id, a]));
  const facts = tokenFacts(report, byId);
  const chains = replacementChains(report);
  const cookieNames = new Map<string, string>();
  for (const token of report.tokens) {
    const cookie = token.artifactIds
      .map((id) => artifacts.get(id))
      .find((a) => a?.location === 'cookie-httponly' || a?.location === 'cookie-script');
    if (cookie) cookieNames.set(token.id, cookie.name);
  }
  return {
    report,
    now,
    requests,
    artifacts,
    facts,
    chains,
    states: credentialStates(facts, chains, now),
    memory: memoryOnlyTokens(facts, chains),
    fingerprints: new Map(report.tokens.map((t) => [t.id, fingerprintOf(t.value)])),
    labels: new Map(report.tokens.map((t) => [t.id, labelOf(t, artifacts)])),
    cookieNames,
    issuers: issuersOf(report, requests, byId, artifacts, cookieNames),
    refreshRequestIds: new Set(report.verdict.flow?.refreshRequestIds ?? []),
    refreshTokenId: report.verdict.flow?.refreshTokenId,
  };
}

/**
 * Each token's issuing response: the response body it was read from, else the last Set-Cookie of
 * its cookie's name, since the cookie jar holds the value set last (a login's Set-Cookie of a
 * rotated refresh cookie set an earlier value, not this one).
 */
function issuersOf(
  report: Report,
  requests: readonly RequestReport[],
  byId: ReadonlyMap<string, RequestReport>,
  artifacts: ReadonlyMap<string, Artifact>,
  cookieNames: ReadonlyMap<string, string>,
): Map<string, Issuer> {
  const issuers = new Map<string, Issuer>();
  for (const token of report.tokens) {
    const fromBody = token.artifactIds
      .map((id) => artifacts.get(id))
      .filter((a) => a?.location === 'response-body')
      .flatMap((a) => a!.requestIds.map((id) => byId.get(id)))
      .filter((r): r is RequestReport => r !== undefined)
      .sort((a, b) => a.time - b.time)[0];
    if (fromBody) {
      issuers.set(token.id, { request: fromBody, via: 'body' });
      continue;
    }
    const name = cookieNames.get(token.id);
    const setter =
      name === undefined ? undefined : requests.findLast((r) => r.setCookies.includes(name));
    if (setter) issuers.set(token.id, { request: setter, via: 'set-cookie' });
  }
  return issuers;
}

/** A request as the steps name it: `POST /login`. */
export const requestName = (r: RequestReport) => `${r.method} ${pathOf(r.url)}`;

/** A token as the steps name it: its label and fingerprint, so look-alike tokens stay apart. */
export const tokenName = (ctx: SequenceContext, id: string) =>
  `${ctx.labels.get(id) ?? id} #${ctx.fingerprints.get(id) ?? ''}`;
