/**
 * The guessable-secret check of an HS256/384/512 token: runs in a Web Worker (the UI never
 * freezes), with a progress bar and a stop button. A found secret is a critical finding, shown
 * masked until revealed.
 */
import { useEffect, useRef, useState } from 'react';
import { MaskedValue } from '@/components/shared/masked-value';
import { Text, useTranslate } from '@/components/shared/text';
import { startWeakSecretSearch } from '@/lib/client/weak-secret-search';
import { describeWeakSecret } from '@/lib/engine/verify/describe-result';
import type { SiteHint } from '@/lib/engine/verify/weak-secrets/candidates';
import type { WeakSecretOutcome } from '@/lib/engine/verify/weak-secrets/search';

type Check =
  | { status: 'idle' }
  | { status: 'running'; tried: number; total: number }
  | { status: 'done'; outcome: WeakSecretOutcome; total: number }
  | { status: 'failed'; detail: string };

/** Stands in for the secret inside the sentence; the value itself sits masked below it. */
const MASK = '••••••••';

function resultStatus(check: Check): string {
  if (check.status === 'running') return 'running';
  if (check.status === 'failed') return 'error';
  return check.status === 'done' ? check.outcome.status : 'idle';
}

function CheckResult({ check }: { check: Exclude<Check, { status: 'idle' }> }) {
  const found =
    check.status === 'done' && check.outcome.status === 'found' ? check.outcome : undefined;
  const msg =
    check.status === 'failed'
      ? { key: 'verify.weak-secret.worker-failed' as const, params: { detail: check.detail } }
      : check.status === 'running'
        ? describeWeakSecret({ status: 'running', tried: check.tried }, check.total)
        : describeWeakSecret(check.outcome, check.total);
  const shown = found ? { ...msg, params: { ...msg.params, secret: MASK } } : msg;
  return (
    <div
      className={`tv-weak__result${found ? ' tv-result--critical' : ''}`}
      data-testid="weak-secret-result"
      data-status={resultStatus(check)}
      data-secret={found?.secret}
      data-severity={found ? 'critical' : undefined}
      role="status"
    >
      {found && (
        <span className="tp-sev tv-critical">
          <Text msg={{ key: 'verify.critical' }} />
        </span>
      )}{' '}
      <Text msg={shown} />
      {found && <MaskedValue value={found.secret} name="secret" />}
    </div>
  );
}

export function WeakSecretCheck({ token, site }: { token: string; site?: SiteHint }) {
  const [check, setCheck] = useState<Check>({ status: 'idle' });
  const search = useRef<{ cancel: () => void } | undefined>(undefined);
  const t = useTranslate();
  useEffect(() => () => search.current?.cancel(), []);
  const run = () => {
    search.current?.cancel();
    setCheck({ status: 'running', tried: 0, total: 0 });
    search.current = startWeakSecretSearch(token, site, {
      onProgress: (tried, total) => setCheck({ status: 'running', tried, total }),
      onDone: (outcome, total) => setCheck({ status: 'done', outcome, total }),
      onError: (detail) => setCheck({ status: 'failed', detail }),
    });
  };
  const stop = () => {
    search.current?.cancel();
    search.current = undefined;
    if (check.status === 'running') {
      const { tried, total } = check;
      setCheck({ status: 'done', outcome: { status: 'cancelled', tried }, total });
    }
  };
  const running = check.status === 'running';
  return (
    <div className="tv-weak">
      <button
        type="button"
        className="tk-btn"
        data-testid="weak-secret-run"
        disabled={running}
        onClick={run}
      >
        <Text msg={{ key: 'verify.weak-secret.run' }} layout="compact" />
      </button>
      {running && (
        <>
          {' '}
          <progress
            className="tv-weak__progress"
            data-testid="weak-secret-progress"
            max={check.total || 1}
            value={check.tried}
            aria-label={t({ key: 'verify.weak-secret.progress' })}
          />{' '}
          <button type="button" className="tk-btn" data-testid="weak-secret-cancel" onClick={stop}>
            <Text msg={{ key: 'verify.weak-secret.cancel' }} layout="compact" />
          </button>
        </>
      )}
      {check.status !== 'idle' && <CheckResult check={check} />}
    </div>
  );
}
