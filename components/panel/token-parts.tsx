/**
 * The parts of a decoded token that the token card and the decoder card both show: the JSON of a
 * JWS, its signature line, jose's strict verdict, a JWE's header, an opaque value's shape, a Basic
 * user, a decoding error. Each card decides the element around them.
 */
import { Text } from '@/components/shared/text';
import type { ClaimReport, DecodeError, TokenReport } from '@/lib/engine/model/report';
import { JsonView } from './json-view';

export type Jws = NonNullable<TokenReport['jws']>;

/** A JWS's header and payload side by side, the payload's claims explained. */
export function JwsJson({ jws, claims }: { jws: Jws; claims: ClaimReport[] }) {
  return (
    <div className="tp-json-pair">
      <JsonView value={jws.header} label={{ key: 'panel.token.header' }} />
      <JsonView value={jws.payload} claims={claims} label={{ key: 'panel.token.payload' }} />
    </div>
  );
}

/** The signature's first characters and length, or that there is none; never verified here. */
export function SignatureLine({ signature }: { signature: string }) {
  return (
    <>
      <strong>
        <Text msg={{ key: 'panel.token.signature' }} />
      </strong>{' '}
      {signature === '' ? (
        <span className="tp-risk">
          <Text msg={{ key: 'panel.token.noSignature' }} />
        </span>
      ) : (
        <code className="tp-mono tp-muted">{`${signature.slice(0, 6)}… (${signature.length})`}</code>
      )}{' '}
      <span className="tp-muted">
        <Text msg={{ key: 'panel.token.notVerified' }} />
      </span>
    </>
  );
}

/** Why jose's strict decoder refused a token the lenient one read. */
export function StrictRejection({ error }: { error: DecodeError }) {
  return (
    <>
      <Text msg={{ key: 'panel.token.strictRejected' }} /> <code>{error.code}</code> —{' '}
      <Text msg={error.message} />
    </>
  );
}

/** A decoding error: its stable code, the part it is in, and the sentence for it. */
export function DecodeErrorReason({ error }: { error: DecodeError }) {
  return (
    <>
      <code>{error.code}</code>
      {error.part && <> ({error.part})</>} — <Text msg={error.message} />
    </>
  );
}

/** A JWE: encrypted, so only its header is readable. */
export function JweHeader({
  header,
  testId,
}: {
  header: Record<string, unknown>;
  testId?: string;
}) {
  return (
    <>
      <p className="tp-note" data-testid={testId}>
        <Text msg={{ key: 'panel.token.jwe' }} />
      </p>
      <JsonView value={header} label={{ key: 'panel.token.header' }} />
    </>
  );
}

/** An opaque value's length, alphabet and estimated entropy. */
export function OpaqueShape({
  opaque,
  testId,
}: {
  opaque: NonNullable<TokenReport['opaque']>;
  testId?: string;
}) {
  return (
    <p data-testid={testId}>
      <Text
        msg={{
          key: 'panel.token.opaque',
          params: {
            length: opaque.length,
            alphabet: opaque.alphabet,
            bits: Math.round(opaque.entropyBits),
          },
        }}
      />
    </p>
  );
}

/** The user name Basic credentials carry. */
export function BasicUser({ user }: { user: string }) {
  return (
    <p>
      <Text msg={{ key: 'panel.token.basicUser', params: { user } }} />
    </p>
  );
}
