/** The request's copy buttons: as cURL, as an Authorization header; masked unless revealed. */
import { useState } from 'react';
import { copyText } from '@/components/shared/copy-text';
import { Text } from '@/components/shared/text';
import type { MessageKey } from '@/lib/engine/i18n/catalogue';

function CopyButton({
  label,
  testId,
  text,
  onCopied,
}: {
  label: MessageKey;
  testId: string;
  text: () => string;
  onCopied: (ok: boolean) => void;
}) {
  return (
    <button
      type="button"
      className="tk-btn tk-btn--small"
      data-testid={testId}
      onClick={() => void copyText(text()).then(onCopied)}
    >
      <Text msg={{ key: label }} layout="compact" />
    </button>
  );
}

/**
 * "Copy as cURL" always; "Copy as Authorization header" when the request carried a credential
 * that can be sent so. The texts are built when clicked, from the reveal state at that moment.
 */
export function RequestCopies({
  curl,
  authorization,
}: {
  curl: () => string;
  authorization: (() => string) | undefined;
}) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const onCopied = (ok: boolean) => setState(ok ? 'copied' : 'failed');
  return (
    <>
      <CopyButton
        label="panel.request.copyCurl"
        testId="copy-curl"
        text={curl}
        onCopied={onCopied}
      />
      {authorization && (
        <CopyButton
          label="panel.request.copyAuth"
          testId="copy-authorization"
          text={authorization}
          onCopied={onCopied}
        />
      )}
      <span role="status" className="tk-masked__status">
        {state !== 'idle' && (
          <Text msg={{ key: state === 'copied' ? 'ui.mask.copied' : 'ui.mask.copyFailed' }} />
        )}
      </span>
    </>
  );
}
