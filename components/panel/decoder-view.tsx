import { useMemo } from 'react';
import { MaskedValue } from '@/components/shared/masked-value';
import { Text, useTranslate } from '@/components/shared/text';
import { ValueText } from '@/components/shared/value-text';
import type { TokenReport } from '@/lib/engine/model/report';
import { decodeInput, type DecodedItem } from '@/lib/engine/decoder/decode-input';
import { FrameworkDetails } from './framework-details';
import { JsonView } from './json-view';
import { setDecoderInput, usePanel } from './panel-store';
import { TimeText } from './time-text';
import { useNow } from '@/components/shared/use-now';

function DecodedCard({ item, now }: { item: DecodedItem; now: number }) {
  const { decoded, expiry } = item;
  return (
    <article
      className="tp-card"
      data-testid="decoded-item"
      data-format={decoded.format}
      data-framework={decoded.framework?.format}
    >
      <h3>
        {decoded.framework ? (
          <ValueText value={decoded.framework.framework} />
        ) : (
          <Text msg={{ key: `ui.format.${decoded.format}` }} />
        )}
        {item.source && (
          <span className="tp-muted tp-mono">
            {' '}
            · <ValueText value={item.source} />
          </span>
        )}
      </h3>
      {item.source && <MaskedValue value={item.value} name={item.source} />}
      {decoded.framework && <FrameworkDetails framework={decoded.framework} />}
      {decoded.framework && item.assumedName && (
        <p className="tp-muted" data-testid="decoded-assumed-name">
          <Text
            msg={{
              key: 'decode.framework.assumed-name',
              params: { framework: decoded.framework.framework, name: item.assumedName },
            }}
          />
        </p>
      )}
      {decoded.error && (
        <p className="tp-error" data-error-code={decoded.error.code}>
          <code>{decoded.error.code}</code>
          {decoded.error.part && <> ({decoded.error.part})</>} —{' '}
          <Text msg={decoded.error.message} />
        </p>
      )}
      {decoded.jwe && (
        <>
          <p className="tp-note">
            <Text msg={{ key: 'panel.token.jwe' }} />
          </p>
          <JsonView value={decoded.jwe.header} label={{ key: 'panel.token.header' }} />
        </>
      )}
      {decoded.jws && <JwsParts jws={decoded.jws} item={item} />}
      {expiry.expiresAt !== undefined && (
        <p data-testid="decoded-expiry" data-expiry={expiry.state}>
          <span className={`tp-state tp-state--${expiry.state}`}>
            <Text msg={{ key: `ui.expiry.${expiry.state}` }} />
          </span>{' '}
          <TimeText ms={expiry.expiresAt} now={now} />
        </p>
      )}
      {decoded.jws && expiry.expiresAt === undefined && (
        <p data-expiry={expiry.state}>
          <Text msg={{ key: `ui.expiry.${expiry.state}` }} />
        </p>
      )}
      {expiry.issuedAt !== undefined && (
        <p>
          <Text msg={{ key: 'panel.token.issued' }} />{' '}
          <TimeText ms={expiry.issuedAt} now={now} showCountdown={false} />
        </p>
      )}
      {item.kind && (
        <div data-testid="decoded-kind" data-token-kind={item.kind.kind}>
          <strong>
            <Text msg={{ key: `ui.kind.${item.kind.kind}` }} />
          </strong>
          {item.kind.reasons.length > 0 && (
            <ul className="tp-reasons">
              {item.kind.reasons.map((r, i) => (
                <li key={i}>
                  <Text msg={r} />
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {(decoded.jws || decoded.jwe) && (
        <>
          <h4>
            <Text msg={{ key: 'panel.findings.title' }} />
          </h4>
          {item.findings.length === 0 ? (
            <p className="tp-muted">
              <Text msg={{ key: 'panel.findings.none' }} />
            </p>
          ) : (
            <ul className="tp-findings">
              {item.findings.map((f) => (
                <li
                  key={f.key}
                  className="tp-finding"
                  data-finding-id={f.id}
                  data-severity={f.severity}
                >
                  <span className={`tp-sev tp-sev--${f.severity}`}>
                    <Text msg={{ key: `ui.severity.${f.severity}` }} />
                  </span>{' '}
                  <Text msg={f.message} /> <code className="tp-muted">{f.id}</code>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {decoded.opaque && (
        <p>
          <Text
            msg={{
              key: 'panel.token.opaque',
              params: {
                length: decoded.opaque.length,
                alphabet: decoded.opaque.alphabet,
                bits: Math.round(decoded.opaque.entropyBits),
              },
            }}
          />
        </p>
      )}
      {item.basic && (
        <>
          <p>
            <Text msg={{ key: 'panel.token.basicUser', params: { user: item.basic.user } }} />
          </p>
          <MaskedValue value={item.basic.password} name="password" />
        </>
      )}
    </article>
  );
}

function JwsParts({ jws, item }: { jws: NonNullable<TokenReport['jws']>; item: DecodedItem }) {
  return (
    <>
      <div className="tp-json-pair">
        <JsonView value={jws.header} label={{ key: 'panel.token.header' }} />
        <JsonView value={jws.payload} claims={item.claims} label={{ key: 'panel.token.payload' }} />
      </div>
      <p className="tp-signature">
        <strong>
          <Text msg={{ key: 'panel.token.signature' }} />
        </strong>{' '}
        {jws.signature === '' ? (
          <span className="tp-risk">
            <Text msg={{ key: 'panel.token.noSignature' }} />
          </span>
        ) : (
          <code className="tp-mono tp-muted">{`${jws.signature.slice(0, 6)}… (${jws.signature.length})`}</code>
        )}{' '}
        <span className="tp-muted">
          <Text msg={{ key: 'panel.token.notVerified' }} />
        </span>
      </p>
      {!jws.strict.ok && (
        <p className="tp-warn" data-error-code={jws.strict.error.code}>
          <Text msg={{ key: 'panel.token.strictRejected' }} /> <code>{jws.strict.error.code}</code>{' '}
          — <Text msg={jws.strict.error.message} />
        </p>
      )}
    </>
  );
}

/** Paste any token or cookie value and see it decoded, entirely offline. */
export function DecoderView() {
  const input = usePanel((s) => s.decoderInput);
  const now = useNow();
  const t = useTranslate();
  // Expiry states follow the clock in 10 s steps: re-decoding a big paste every second is waste,
  // and the countdown below ticks on its own.
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
        aria-live="polite"
      >
        {input.trim() === '' ? (
          <p className="tp-muted">
            <Text msg={{ key: 'panel.decoder.empty' }} />
          </p>
        ) : (
          <>
            {result.status === 'error' && (
              <p className="tp-error">
                <Text msg={{ key: 'panel.decoder.error' }} /> <code>{result.errorCode}</code>
              </p>
            )}
            {result.items.map((item, i) => (
              <DecodedCard key={i} item={item} now={now} />
            ))}
          </>
        )}
      </div>
    </div>
  );
}
