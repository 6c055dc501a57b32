import type { Artifact, CookieReport, TokenReport } from '../model/report';
import {
  byTime,
  expiryEvent,
  issuedEvents,
  labelOf,
  mergeRepeats,
  pathOf,
  STORED_KEY,
  usedEvent,
} from './events';
import { refreshBefore, type TimelineContext } from './timeline-context';
import type { CredentialLife, FlowEvent } from './types';

/** One token's life: issued, stored, used, refreshed, replaced, expired. */
export function tokenLife(token: TokenReport, ctx: TimelineContext): CredentialLife {
  const { flow, requests } = ctx;
  const own = token.artifactIds
    .map((id) => ctx.artifacts.get(id))
    .filter((a): a is Artifact => a !== undefined);
  const cookie = own
    .map((a) => ctx.cookiesByArtifact.get(a.id))
    .find((c): c is CookieReport => c !== undefined);
  const events: FlowEvent[] = issuedEvents(own, requests, cookie?.name, ctx.report.requests);
  const predecessor = ctx.replaces.get(token.id);
  // A refreshed token was issued by the refresh response even when no body was captured.
  if (predecessor && !events.some((e) => e.stage === 'issued')) {
    events.push(issuedByRefresh(token, ctx));
  }
  events.push(...storedEvents(own, events.find((e) => e.stage === 'issued')?.time));

  // A refresh token's trips to the refresh endpoint are told as "refreshed", not as plain use.
  const isRefreshToken = flow?.refreshTokenId === token.id;
  const sentIn = isRefreshToken
    ? token.sentIn.filter((id) => !ctx.refreshRequestIds.has(id))
    : token.sentIn;
  const used = usedEvent(sentIn, requests);
  if (used) events.push(used);
  if (isRefreshToken) events.push(...refreshedEvents(ctx));

  const successor = ctx.replacedBy.get(token.id);
  if (successor) events.push(replacedEvent(successor, ctx));
  const expiry = expiryEvent(token.expiry.expiresAt ?? cookie?.expiry.expiresAt, ctx.now);
  if (expiry) events.push(expiry);

  return {
    id: token.id,
    tokenId: token.id,
    label: labelOf(token, ctx.artifacts),
    kind: token.kind,
    events: mergeRepeats(events).sort(byTime),
    links: {
      refreshTokenId: token.kind === 'access' && !isRefreshToken ? flow?.refreshTokenId : undefined,
      replaces: predecessor,
      replacedBy: successor,
      refreshes: isRefreshToken ? [...ctx.replaces.keys()] : undefined,
    },
  };
}

function issuedByRefresh(token: TokenReport, ctx: TimelineContext): FlowEvent {
  const refresh = refreshBefore(ctx, usedEvent(token.sentIn, ctx.requests)?.time);
  return {
    stage: 'issued',
    time: refresh?.time,
    message: { key: 'panel.flow.issued.refresh' },
    requestIds: refresh ? [refresh.id] : [],
    relatedTokenId: ctx.flow?.refreshTokenId,
  };
}

/** Where the page keeps the token, as of when it was issued. */
function storedEvents(own: Artifact[], issuedAt: number | undefined): FlowEvent[] {
  const events: FlowEvent[] = [];
  for (const artifact of own) {
    const key = STORED_KEY[artifact.location];
    if (!key) continue;
    events.push({
      stage: 'stored',
      time: issuedAt,
      message: { key, params: { label: artifact.label } },
      artifactId: artifact.id,
      requestIds: [],
    });
  }
  return events;
}

function refreshedEvents(ctx: TimelineContext): FlowEvent[] {
  return ctx.refreshRequests.map((r) => ({
    stage: 'refreshed',
    time: r.time,
    message: { key: 'panel.flow.refreshed', params: { request: `${r.method} ${pathOf(r.url)}` } },
    requestIds: [r.id],
  }));
}

/** The refresh that replaced a token is the last one before its successor was first used. */
function replacedEvent(successor: string, ctx: TimelineContext): FlowEvent {
  const next = ctx.report.tokens.find((t) => t.id === successor);
  const nextFirst = next ? usedEvent(next.sentIn, ctx.requests)?.time : undefined;
  const refresh = refreshBefore(ctx, nextFirst);
  return {
    stage: 'replaced',
    time: refresh?.time ?? nextFirst,
    message: { key: 'panel.flow.replaced' },
    requestIds: refresh ? [refresh.id] : [],
    relatedTokenId: successor,
  };
}
