/** A Fernet or Branca token: encrypted, so its issued-at time and layout are what can be shown. */
import { TimeText } from '@/components/panel/time-text';
import { Text } from '@/components/shared/text';
import type { DecodedItem } from '@/lib/engine/decoder/decoded-item';

export function SealedCard({ item, now }: { item: DecodedItem; now: number }) {
  const sealed = item.sealed!;
  const { problem } = sealed;
  return (
    <article
      className="tp-card"
      data-testid="decoded-item"
      data-format={item.decoded.format}
      data-sealed={sealed.format}
    >
      <h3>{sealed.format === 'fernet' ? 'Fernet' : 'Branca'}</h3>
      {problem && (
        <p className="tp-error" data-problem={problem.code}>
          <Text
            msg={{
              key: `decode.fernet.${problem.code}`,
              params: { got: problem.got ?? 0, need: problem.need ?? 0 },
            }}
          />
        </p>
      )}
      {sealed.issuedAt !== undefined && (
        <p data-testid="sealed-issued">
          <Text msg={{ key: 'panel.token.issued' }} />{' '}
          <TimeText ms={sealed.issuedAt} now={now} showCountdown={false} />
        </p>
      )}
      {sealed.nonce !== undefined && (
        <p className="tp-mono tp-small">
          <Text
            msg={{
              key: sealed.format === 'fernet' ? 'decode.fernet.parts' : 'decode.branca.parts',
              params: {
                nonce: sealed.nonce,
                ciphertext: sealed.ciphertextBytes ?? 0,
                tag: sealed.tagBytes ?? 0,
              },
            }}
          />
        </p>
      )}
    </article>
  );
}
