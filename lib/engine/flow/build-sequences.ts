import type { Location, Report } from '../model/report';
import { LOCATION_ORDER } from '../analyze/locations';
import { loginGroups } from './login-groups';
import { sequenceContext, type SequenceContext } from './sequence-context';
import { sequenceSteps } from './sequence-steps';
import type { FlowCredential, LoginSequence } from './sequence-types';

export type { FlowCredential, FlowStep, LoginSequence } from './sequence-types';

function credentialOf(ctx: SequenceContext, id: string): FlowCredential | undefined {
  const facts = ctx.facts.get(id);
  const state = ctx.states.get(id);
  if (!facts || !state) return undefined;
  const { token } = facts;
  const locations = LOCATION_ORDER.filter((l: Location) => facts.locations.has(l));
  return {
    tokenId: id,
    kind: token.kind,
    label: ctx.labels.get(id) ?? id,
    fingerprint: ctx.fingerprints.get(id) ?? '',
    state: state.state,
    locations,
    memoryOnly: ctx.memory.has(id),
    ...(state.replacedBy ? { replacedBy: state.replacedBy } : {}),
    ...(token.expiry.expiresAt !== undefined ? { expiresAt: token.expiry.expiresAt } : {}),
  };
}

/** Current credentials first, then the ones they replaced, newest first. */
const STATE_ORDER = { current: 0, expired: 1, replaced: 2 } as const;

/**
 * The report's logins, each one ordered sequence a learner reads top to bottom: the request that
 * issued each credential (even one that carried none, like `POST /login`), where the page keeps
 * it, the requests that sent it, refreshes, hand-overs to newer tokens and expiries, with
 * millisecond times and each credential's fingerprint. Which credential is current is decided
 * from what is stored now and the order of use. The login the verdict rests on comes first.
 * Pure; never throws on a report with dangling ids.
 *
 * @example buildSequences(report, Date.now())[0]?.steps.map((s) => s.kind)
 */
export function buildSequences(report: Report, now: number): LoginSequence[] {
  const ctx = sequenceContext(report, now);
  const csrfOnly = (ids: string[]) => ids.every((id) => ctx.facts.get(id)?.token.kind === 'csrf');
  const lead = report.verdict.evidence.find((e) => e.tokenId !== undefined)?.tokenId;
  const sequences = loginGroups(report, ctx.chains)
    .filter((ids) => !csrfOnly(ids))
    .map((ids) => ({
      id: ids[0]!,
      credentials: ids
        .map((id) => credentialOf(ctx, id))
        .filter((c): c is FlowCredential => c !== undefined)
        .sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state]),
      steps: sequenceSteps(ctx, ids),
    }));
  const first = (s: LoginSequence) => s.steps[0]?.time ?? Infinity;
  const leads = (s: LoginSequence) => s.credentials.some((c) => c.tokenId === lead);
  return sequences.sort((a, b) => Number(leads(b)) - Number(leads(a)) || first(a) - first(b));
}
