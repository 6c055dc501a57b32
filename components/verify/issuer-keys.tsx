/**
 * "Fetch the issuer's public keys": the one network request Tokki makes, and only on a click. The
 * first click shows the exact address (OpenID discovery from the token's `iss`); nothing is
 * requested until the user confirms it.
 */
import { useState } from 'react';
import { Text } from '@/components/shared/text';
import type { Msg } from '@/lib/engine/model/report';
import { discoveryPlan, type DiscoveryPlan } from '@/lib/engine/verify/discovery-plan';
import { verifyJws } from '@/lib/engine/verify/verify-jws';
import type { VerifyResult } from '@/lib/engine/verify/types';
import { fetchIssuerKeys, type IssuerKeys } from '@/lib/platform/fetch-issuer-keys';

type Plan = Extract<DiscoveryPlan, { ok: true }>;
type Failure = Extract<IssuerKeys, { ok: false }>;
type Step = 'idle' | 'confirm' | 'fetching';

const FETCH_REASONS = new Set([
  'network',
  'timeout',
  'http-status',
  'too-large',
  'not-json',
  'not-jwks',
]);

/** Why the keys could not be had, as the catalogue says it. */
function failureMessage(failure: Failure): Msg {
  if (FETCH_REASONS.has(failure.reason)) {
    return {
      key: `verify.fetch.${failure.reason as 'network'}`,
      params: { url: failure.url, status: failure.status ?? '' },
    };
  }
  return { key: `verify.discovery.${failure.reason as 'no-iss'}` };
}

/** Fetches the plan's keys and verifies the token with them. */
async function fetchAndVerify(token: string, plan: Plan): Promise<VerifyResult | Failure> {
  const keys = await fetchIssuerKeys(plan);
  if (!keys.ok) return keys;
  return verifyJws(token, keys.jwksText, { keyFrom: 'issuer', keyUrl: keys.jwksUrl });
}

function ConfirmStep({
  plan,
  onConfirm,
  onCancel,
}: {
  plan: Plan;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <div className="tv-confirm" data-testid="verify-fetch-plan" data-url={plan.configurationUrl}>
      <p>
        <Text msg={{ key: 'verify.discovery.plan', params: { url: plan.configurationUrl } }} />
      </p>
      <button
        type="button"
        className="tk-btn"
        data-testid="verify-fetch-confirm"
        onClick={onConfirm}
      >
        <Text msg={{ key: 'verify.discovery.confirm' }} layout="compact" />
      </button>{' '}
      <button type="button" className="tk-btn" onClick={onCancel}>
        <Text msg={{ key: 'verify.discovery.cancel' }} layout="compact" />
      </button>
    </div>
  );
}

/** The button, its confirm step, and why nothing can be fetched for this token. */
export function IssuerKeysButton({
  token,
  iss,
  onResult,
}: {
  token: string;
  iss: unknown;
  onResult: (result: VerifyResult) => void;
}) {
  const [step, setStep] = useState<Step>('idle');
  const [failure, setFailure] = useState<Failure>();
  const plan = discoveryPlan(iss);
  if (!plan.ok) {
    return (
      <p className="tp-muted tp-small" data-testid="verify-fetch-refused" data-reason={plan.reason}>
        <Text msg={{ key: `verify.discovery.${plan.reason}` }} />
      </p>
    );
  }
  const confirm = async () => {
    setStep('fetching');
    setFailure(undefined);
    const outcome = await fetchAndVerify(token, plan);
    setStep('idle');
    if ('ok' in outcome) setFailure(outcome);
    else onResult(outcome);
  };
  return (
    <div className="tv-issuer">
      {step === 'idle' && (
        <button
          type="button"
          className="tk-btn"
          data-testid="verify-fetch-issuer"
          onClick={() => setStep('confirm')}
        >
          <Text msg={{ key: 'verify.fetch-issuer-keys' }} layout="compact" />
        </button>
      )}
      {step === 'confirm' && (
        <ConfirmStep
          plan={plan}
          onConfirm={() => void confirm()}
          onCancel={() => setStep('idle')}
        />
      )}
      {step === 'fetching' && (
        <p role="status">
          <Text
            msg={{ key: 'verify.discovery.fetching', params: { url: plan.configurationUrl } }}
          />
        </p>
      )}
      {failure && (
        <p className="tp-error" data-testid="verify-fetch-error" data-reason={failure.reason}>
          <Text msg={failureMessage(failure)} />
        </p>
      )}
    </div>
  );
}
