import { useMemo } from 'react';
import { DecoderHeadline } from '@/components/decoder/decoder-headline';
import { DecoderResultView } from '@/components/decoder/decoder-result';
import { Text, useTranslate } from '@/components/shared/text';
import { decodeInput } from '@/lib/engine/decoder/decode-input';
import { setDecoderInput, usePanel } from './panel-store';
import { useNow } from '@/components/shared/use-now';

/** Paste any token or cookie value and see it decoded, entirely offline. */
export function DecoderView() {
  const input = usePanel((s) => s.decoderInput);
  const now = useNow();
  const t = useTranslate();
  // Expiry states follow the clock in 10 s steps: re-decoding a big paste every second is waste,
  // and the countdowns below still move with `now` every second.
  const step = Math.floor(now / 10_000) * 10_000;
  const result = useMemo(() => decodeInput(input, step), [input, step]);
  return (
    <div className="tp-decoder">
      <label htmlFor="tp-decoder-input" className="tp-label">
        <Text msg={{ key: 'panel.decoder.label' }} />
      </label>
      <textarea
        id="tp-decoder-input"
        className="tp-input tp-textarea"
        data-testid="decoder-input"
        spellCheck={false}
        autoComplete="off"
        rows={4}
        placeholder={t({ key: 'panel.decoder.placeholder' })}
        value={input}
        onChange={(e) => setDecoderInput(e.target.value)}
      />
      <p className="tp-muted tp-small">
        <Text msg={{ key: 'panel.decoder.offline' }} />
      </p>
      <div
        data-testid="decoder-result"
        data-status={result.status}
        data-error-code={result.errorCode}
        data-kind={result.kind}
        aria-live="polite"
      >
        {input.trim() === '' ? (
          <>
            <p className="tp-muted">
              <Text msg={{ key: 'panel.decoder.empty' }} />
            </p>
            <DecoderHeadline result={result} />
          </>
        ) : (
          <DecoderResultView result={result} now={now} />
        )}
      </div>
    </div>
  );
}
