/** One decoded value in the Decoder: what it is, its parts, times, kind and findings. */
import { MaskedValue } from '@/components/shared/masked-value';
import { Text } from '@/components/shared/text';
import { ValueText } from '@/components/shared/value-text';
import { VerifySection } from '@/components/verify/verify-section';
import { ItemTimes } from '@/components/decoder/item-times';
import type { DecodedItem } from '@/lib/engine/decoder/decode-input';
import { FrameworkDetails } from './framework-details';
import {
  BasicUser,
  DecodeErrorReason,
  JweHeader,
  JwsJson,
  OpaqueShape,
  SignatureLine,
  StrictRejection,
  type Jws,
} from './token-parts';

/** The format (or framework) as the title, and where in the paste the value sat. */
function DecodedTitle({ item }: { item: DecodedItem }) {
  const { framework, format } = item.decoded;
  return (
    <h3>
      {framework ? (
        <ValueText value={framework.framework} />
      ) : (
        <Text msg={{ key: `ui.format.${format}` }} />
      )}
      {item.source && (
        <span className="tp-muted tp-mono">
          {' '}
          · <ValueText value={item.source} />
        </span>
      )}
    </h3>
  );
}

/** The framework's value was read under the cookie name it usually has, since none was pasted. */
function AssumedName({ framework, name }: { framework: string; name: string }) {
  return (
    <p className="tp-muted" data-testid="decoded-assumed-name">
      <Text msg={{ key: 'decode.framework.assumed-name', params: { framework, name } }} />
    </p>
  );
}

/**
 * The signature section: its first characters, whether it is there, jose's strict verdict. What
 * else the card learns about the signature (a check against a key) goes here too.
 */
function DecodedSignature({ jws, value }: { jws: Jws; value: string }) {
  return (
    <>
      <p className="tp-signature">
        <SignatureLine signature={jws.signature} />
      </p>
      {!jws.strict.ok && (
        <p className="tp-warn" data-error-code={jws.strict.error.code}>
          <StrictRejection error={jws.strict.error} />
        </p>
      )}
      <VerifySection key={value} token={value} header={jws.header} payload={jws.payload} />
    </>
  );
}

/** The engine's guess of what the token is for, with its reasons. */
function DecodedKind({ kind }: { kind: NonNullable<DecodedItem['kind']> }) {
  return (
    <div data-testid="decoded-kind" data-token-kind={kind.kind}>
      <strong>
        <Text msg={{ key: `ui.kind.${kind.kind}` }} />
      </strong>
      {kind.reasons.length > 0 && (
        <ul className="tp-reasons">
          {kind.reasons.map((r, i) => (
            <li key={i}>
              <Text msg={r} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The engine's findings about the token itself; a pasted value has no place to link to. */
function DecodedFindings({ findings }: { findings: DecodedItem['findings'] }) {
  return (
    <>
      <h4>
        <Text msg={{ key: 'panel.findings.title' }} />
      </h4>
      {findings.length === 0 ? (
        <p className="tp-muted">
          <Text msg={{ key: 'panel.findings.none' }} />
        </p>
      ) : (
        <ul className="tp-findings">
          {findings.map((f) => (
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
  );
}

/**
 * One decoded value. Each section is its own component, in reading order, so a new one slots in
 * beside its kin.
 */
export function DecodedCard({ item, now }: { item: DecodedItem; now: number }) {
  const { decoded } = item;
  return (
    <article
      className="tp-card"
      data-testid="decoded-item"
      data-format={decoded.format}
      data-framework={decoded.framework?.format}
    >
      <DecodedTitle item={item} />
      {item.source && <MaskedValue value={item.value} name={item.source} />}
      {decoded.framework && <FrameworkDetails framework={decoded.framework} />}
      {decoded.framework && item.assumedName && (
        <AssumedName framework={decoded.framework.framework} name={item.assumedName} />
      )}
      {decoded.error && (
        <p className="tp-error" data-error-code={decoded.error.code}>
          <DecodeErrorReason error={decoded.error} />
        </p>
      )}
      {decoded.jwe && <JweHeader header={decoded.jwe.header} />}
      {decoded.jws && (
        <>
          <JwsJson jws={decoded.jws} claims={item.claims} />
          <DecodedSignature jws={decoded.jws} value={item.value} />
        </>
      )}
      <ItemTimes item={item} now={now} stateWithoutExpiry={Boolean(item.decoded.jws)} />
      {item.kind && <DecodedKind kind={item.kind} />}
      {(decoded.jws || decoded.jwe) && <DecodedFindings findings={item.findings} />}
      {decoded.opaque && <OpaqueShape opaque={decoded.opaque} />}
      {item.basic && (
        <>
          <BasicUser user={item.basic.user} />
          <MaskedValue value={item.basic.password} name="password" />
        </>
      )}
    </article>
  );
}
