/** A PASETO token: its claims and footer when it is public, its layout when it is local. */
import { JsonView } from '@/components/panel/json-view';
import { Text } from '@/components/shared/text';
import { ValueText } from '@/components/shared/value-text';
import type { DecodedItem } from '@/lib/engine/decoder/decoded-item';
import type { PasetoFooter, PasetoReading } from '@/lib/engine/decoder/paseto';
import { ItemTimes } from './item-times';

const SIGNATURE_BYTES: Readonly<Record<string, number>> = { v1: 256, v2: 64, v3: 96, v4: 64 };

function Problem({ paseto }: { paseto: PasetoReading }) {
  const problem = paseto.problem!;
  const { version, purpose } = paseto;
  const key =
    problem.code === 'bad-base64url'
      ? (`decode.paseto.bad-base64url.${problem.part === 'footer' ? 'footer' : 'body'}` as const)
      : (`decode.paseto.${problem.code}` as const);
  const params = {
    version,
    purpose,
    got: problem.got ?? 0,
    need: problem.need ?? 0,
    signature: SIGNATURE_BYTES[version] ?? 0,
  };
  return (
    <p className="tp-error" data-testid="paseto-problem" data-problem={problem.code}>
      <Text msg={{ key, params }} />
    </p>
  );
}

function Footer({ footer }: { footer: PasetoFooter }) {
  if (footer.json) {
    return <JsonView value={footer.json} label={{ key: 'decode.paseto.footer' }} />;
  }
  if (footer.text === undefined) {
    return (
      <p>
        <Text msg={{ key: 'decode.paseto.footer-binary', params: { bytes: footer.bytes } }} />
      </p>
    );
  }
  return (
    <p data-testid="paseto-footer">
      <Text msg={{ key: 'decode.paseto.footer' }} />: <ValueText value={footer.text} />
    </p>
  );
}

export function PasetoCard({ item, now }: { item: DecodedItem; now: number }) {
  const paseto = item.paseto!;
  const { signed, encrypted } = paseto;
  return (
    <article
      className="tp-card"
      data-testid="decoded-item"
      data-format={item.decoded.format}
      data-paseto={`${paseto.version}.${paseto.purpose}`}
    >
      <h3>{`PASETO ${paseto.version}.${paseto.purpose}`}</h3>
      {paseto.problem && <Problem paseto={paseto} />}
      {signed?.claims && (
        <JsonView
          value={signed.claims}
          claims={item.claims}
          label={{ key: 'decode.paseto.claims' }}
        />
      )}
      {signed?.text !== undefined && (
        <p className="tp-mono">
          <ValueText value={signed.text} />
        </p>
      )}
      {signed && (
        <p data-testid="paseto-signature" data-bytes={signed.signatureBytes}>
          <Text
            msg={{
              key: 'decode.paseto.signature',
              params: { bytes: signed.signatureBytes, algorithm: signed.algorithm },
            }}
          />
        </p>
      )}
      {encrypted && (
        <p className="tp-mono tp-small" data-testid="paseto-encrypted">
          <Text
            msg={{
              key: 'decode.paseto.encrypted',
              params: {
                nonce: encrypted.nonce,
                ciphertext: encrypted.ciphertextBytes,
                tag: encrypted.tagBytes,
              },
            }}
          />
        </p>
      )}
      {paseto.footer && <Footer footer={paseto.footer} />}
      <ItemTimes item={item} now={now} />
    </article>
  );
}
