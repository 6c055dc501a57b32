import type { RequestReport } from '../model/report';
import { STORED_KEY } from './credential-labels';
import { requestName, tokenName, type SequenceContext } from './sequence-context';
import type { FlowStep, StepKind } from './sequence-types';

/** A step before numbering; `before` sorts it ahead of other steps of its millisecond. */
type Draft = Omit<FlowStep, 'n'> & { before?: true };

/** Steps at the same millisecond read in story order: ask, answer, keep, take over, end. */
const RANK: Record<StepKind, number> = {
  refresh: 0,
  send: 1,
  issue: 2,
  store: 3,
  replace: 4,
  expire: 5,
};

/** A POST that carried no credential before a token's first use: the login or token call. */
function likelyIssuer(ctx: SequenceContext, before: number): RequestReport | undefined {
  return ctx.requests.findLast(
    (r) =>
      r.time <= before &&
      r.method.toUpperCase() === 'POST' &&
      (r.tokenIds.length === 0 || ctx.refreshRequestIds.has(r.id)),
  );
}

/** Where the page keeps the token, or that it keeps it in script memory only. */
function storeSteps(ctx: SequenceContext, tokenId: string, time: number): Draft[] {
  const at = {
    kind: 'store' as const,
    time,
    direction: 'in-browser' as const,
    tokenIds: [tokenId],
  };
  if (ctx.memory.has(tokenId)) {
    return [
      {
        ...at,
        message: { key: 'panel.flow.seq.memory', params: { label: tokenName(ctx, tokenId) } },
      },
    ];
  }
  const token = ctx.facts.get(tokenId)?.token;
  const steps: Draft[] = [];
  for (const id of token?.artifactIds ?? []) {
    const artifact = ctx.artifacts.get(id);
    const key = artifact && STORED_KEY[artifact.location];
    if (key) steps.push({ ...at, message: { key, params: { label: artifact.label } } });
  }
  return steps;
}

/** The steps one request adds to a login: a refresh or a send, then what its response issued. */
function requestSteps(ctx: SequenceContext, group: ReadonlySet<string>, r: RequestReport): Draft[] {
  const carried = r.tokenIds.filter((id) => group.has(id));
  const issued = [...group].filter((id) => ctx.issuers.get(id)?.request === r);
  const earlier = [...group].filter((id) => {
    const name = ctx.cookieNames.get(id);
    return name !== undefined && r.setCookies.includes(name) && ctx.issuers.get(id)?.request !== r;
  });
  const refreshToken =
    ctx.refreshTokenId !== undefined && group.has(ctx.refreshTokenId)
      ? ctx.refreshTokenId
      : undefined;
  const isRefresh =
    ctx.refreshRequestIds.has(r.id) &&
    (carried.length > 0 || issued.length > 0 || refreshToken !== undefined);
  const steps: Draft[] = [];
  const base = { time: r.time, requestId: r.id };
  const request = requestName(r);
  if (isRefresh) {
    // A rotated refresh cookie went out with its earlier value: the token it names is its successor.
    const sentEarlier =
      refreshToken !== undefined &&
      !carried.includes(refreshToken) &&
      ctx.issuers.get(refreshToken)?.request === r &&
      ctx.cookieNames.has(refreshToken);
    steps.push({
      ...base,
      kind: 'refresh',
      direction: 'to-server',
      tokenIds: [...new Set([...(refreshToken ? [refreshToken] : []), ...carried])],
      message: {
        key: sentEarlier ? 'panel.flow.seq.refresh-earlier' : 'panel.flow.seq.refresh',
        params: { request, label: refreshToken ? tokenName(ctx, refreshToken) : '—' },
      },
    });
  } else if (carried.length > 0) {
    steps.push({
      ...base,
      kind: 'send',
      direction: 'to-server',
      tokenIds: carried,
      count: 1,
      message: {
        key: 'panel.flow.seq.sent',
        params: { request, label: carried.map((id) => tokenName(ctx, id)).join(', ') },
      },
    });
  }
  if (issued.length > 0) {
    steps.push({
      ...base,
      kind: 'issue',
      direction: 'to-browser',
      tokenIds: issued,
      message: {
        key: 'panel.flow.seq.issued',
        params: { request, label: issued.map((id) => tokenName(ctx, id)).join(', ') },
      },
    });
    for (const id of issued) steps.push(...storeSteps(ctx, id, r.time));
  }
  for (const id of earlier) {
    steps.push({
      ...base,
      kind: 'issue',
      direction: 'to-browser',
      // An earlier value is no token of the report: the step names the cookie, not its successor.
      tokenIds: [],
      message: {
        key: 'panel.flow.seq.issued-earlier',
        params: { request, name: ctx.cookieNames.get(id)! },
      },
    });
  }
  return steps;
}

/** Folds runs of requests sending the same credentials into one step with a count. */
function foldSends(steps: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const [i, step] of steps.entries()) {
    const last = out.at(-1);
    // A request whose response issued something is a step of its own (GET /api/ws-token).
    const answered = steps[i + 1]?.requestId === step.requestId;
    if (
      step.kind === 'send' &&
      !answered &&
      last?.kind === 'send' &&
      last.tokenIds.join() === step.tokenIds.join()
    ) {
      last.count = (last.count ?? 1) + 1;
      last.lastTime = step.time;
      last.message = {
        key: 'panel.flow.seq.sent-many',
        params: { ...last.message.params, n: last.count },
      };
      continue;
    }
    out.push({ ...step });
  }
  return out;
}

/** Issue and store steps of tokens no captured response carried: by the order, or as found. */
function unissuedSteps(ctx: SequenceContext, ids: readonly string[], fallback: number): Draft[] {
  const steps: Draft[] = [];
  for (const id of ids) {
    if (ctx.issuers.has(id)) continue;
    const first = ctx.facts.get(id)?.firstUse;
    const likely = first === undefined ? undefined : likelyIssuer(ctx, first);
    const time = likely?.time ?? first ?? fallback;
    const label = tokenName(ctx, id);
    if (likely) {
      steps.push({
        kind: 'issue',
        time,
        direction: 'to-browser',
        tokenIds: [id],
        requestId: likely.id,
        message: {
          key: 'panel.flow.seq.issued-likely',
          params: { request: requestName(likely), label },
        },
      });
    } else {
      steps.push({
        kind: 'issue',
        before: true,
        time,
        direction: 'in-browser',
        tokenIds: [id],
        message: {
          key: first === undefined ? 'panel.flow.seq.found' : 'panel.flow.seq.first-seen',
          params: { label },
        },
      });
    }
    const stores = storeSteps(ctx, id, time);
    steps.push(...(likely ? stores : stores.map((d): Draft => ({ ...d, before: true }))));
  }
  return steps;
}

/** A replaced token's hand-over, at its successor's issue (else its first use). */
function replaceSteps(
  ctx: SequenceContext,
  ids: readonly string[],
  drafts: readonly Draft[],
): Draft[] {
  const steps: Draft[] = [];
  for (const id of ids) {
    const next = ctx.states.get(id)?.replacedBy;
    if (next === undefined) continue;
    const issued = drafts.find((d) => d.kind === 'issue' && d.tokenIds.includes(next));
    const time = issued?.time ?? ctx.facts.get(next)?.firstUse;
    if (time === undefined) continue;
    steps.push({
      kind: 'replace',
      time,
      direction: 'in-browser',
      tokenIds: [id, next],
      ...(issued?.requestId ? { requestId: issued.requestId } : {}),
      message: {
        key: 'panel.flow.seq.replace',
        params: { next: tokenName(ctx, next), previous: tokenName(ctx, id) },
      },
    });
  }
  return steps;
}

/** When a live credential expired or expires; a replaced one's expiry no longer matters. */
function expirySteps(ctx: SequenceContext, ids: readonly string[]): Draft[] {
  const steps: Draft[] = [];
  for (const id of ids) {
    const state = ctx.states.get(id)?.state;
    const at = ctx.facts.get(id)?.token.expiry.expiresAt;
    if (state === 'replaced' || at === undefined || !Number.isFinite(at)) continue;
    steps.push({
      kind: 'expire',
      time: at,
      direction: 'in-browser',
      tokenIds: [id],
      message: {
        key: state === 'expired' ? 'panel.flow.seq.expired' : 'panel.flow.seq.expires',
        params: { label: tokenName(ctx, id) },
      },
    });
  }
  return steps;
}

/**
 * One login's steps, numbered in time order: each request that carried or issued one of its
 * credentials, where the page keeps each credential, hand-overs and expiries.
 */
export function sequenceSteps(ctx: SequenceContext, ids: readonly string[]): FlowStep[] {
  const group = new Set(ids);
  const fromRequests = foldSends(ctx.requests.flatMap((r) => requestSteps(ctx, group, r)));
  const start = fromRequests[0]?.time ?? ctx.report.generatedAt;
  const drafts = [...fromRequests, ...unissuedSteps(ctx, ids, start)];
  drafts.push(...replaceSteps(ctx, ids, drafts), ...expirySteps(ctx, ids));
  return drafts
    .map((d, i) => ({ d, i }))
    .sort(
      (a, b) =>
        a.d.time - b.d.time ||
        Number(b.d.before ?? false) - Number(a.d.before ?? false) ||
        RANK[a.d.kind] - RANK[b.d.kind] ||
        a.i - b.i,
    )
    .map(({ d: { before: _, ...step } }, i) => ({ n: i + 1, ...step }));
}
