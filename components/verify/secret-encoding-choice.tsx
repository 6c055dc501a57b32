/** How a pasted HMAC secret is read: as text, or as base64 / base64url bytes. */
import { useId } from 'react';
import { Text } from '@/components/shared/text';
import type { SecretEncoding } from '@/lib/engine/verify/types';

const ENCODINGS: readonly SecretEncoding[] = ['text', 'base64', 'base64url'];

export function SecretEncodingChoice({
  value,
  onChange,
}: {
  value: SecretEncoding;
  onChange: (next: SecretEncoding) => void;
}) {
  const name = useId();
  return (
    <fieldset className="tv-encoding" data-testid="verify-secret-encoding">
      <legend className="tp-small">
        <Text msg={{ key: 'verify.secret-encoding.label' }} />
      </legend>
      {ENCODINGS.map((encoding) => (
        <label key={encoding} className="tv-encoding__choice">
          <input
            type="radio"
            name={name}
            value={encoding}
            checked={value === encoding}
            onChange={() => onChange(encoding)}
          />{' '}
          <Text msg={{ key: `verify.secret-encoding.${encoding}` }} layout="compact" />
        </label>
      ))}
    </fieldset>
  );
}
