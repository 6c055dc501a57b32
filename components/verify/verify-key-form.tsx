/** The pasted key (secret, PEM, JWK or JWKS), how a secret is encoded, and the verify button. */
import { useId } from 'react';
import { Text } from '@/components/shared/text';
import type { SecretEncoding } from '@/lib/engine/verify/types';
import { SecretEncodingChoice } from './secret-encoding-choice';

export interface KeyFormValue {
  key: string;
  encoding: SecretEncoding;
}

export function VerifyKeyForm({
  value,
  hmac,
  busy,
  onChange,
  onRun,
}: {
  value: KeyFormValue;
  /** An HS* token: its key is a secret, so how to read the secret is asked. */
  hmac: boolean;
  busy: boolean;
  onChange: (next: KeyFormValue) => void;
  onRun: () => void;
}) {
  const id = useId();
  return (
    <div className="tv-key">
      <label htmlFor={id} className="tp-label">
        <Text msg={{ key: 'verify.key-label' }} />
      </label>
      <textarea
        id={id}
        className="tp-input tp-textarea tv-key__input"
        data-testid="verify-key"
        spellCheck={false}
        autoComplete="off"
        rows={3}
        value={value.key}
        onChange={(e) => onChange({ ...value, key: e.target.value })}
      />
      {hmac && (
        <SecretEncodingChoice
          value={value.encoding}
          onChange={(encoding) => onChange({ ...value, encoding })}
        />
      )}
      <button
        type="button"
        className="tk-btn"
        data-testid="verify-run"
        disabled={busy}
        onClick={onRun}
      >
        <Text msg={{ key: 'verify.run' }} layout="compact" />
      </button>
    </div>
  );
}
