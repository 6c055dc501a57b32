import { useState } from 'react';
import { copyText } from './copy-text';
import { Text, useTranslate } from './text';

/**
 * Copies the raw storage key behind a recognised name, and says whether the copy worked. The key
 * is no secret (the value is), so it is copied as it is.
 */
export function CopyKey({ value, name }: { value: string; name: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const t = useTranslate();
  return (
    <>
      <button
        type="button"
        className="tk-btn tk-btn--small tk-copy-key"
        data-testid="copy-key"
        title={value}
        aria-label={t({ key: 'ui.store.copyLabel', params: { name } })}
        onClick={() => void copyText(value).then((ok) => setState(ok ? 'copied' : 'failed'))}
      >
        <Text msg={{ key: 'ui.store.copy' }} layout="compact" />
      </button>
      <span role="status" className="tk-copy-key__status">
        {state !== 'idle' && (
          <Text msg={{ key: state === 'copied' ? 'ui.mask.copied' : 'ui.mask.copyFailed' }} />
        )}
      </span>
    </>
  );
}
