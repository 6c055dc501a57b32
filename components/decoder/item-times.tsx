/** Expiry with a live countdown and issued-at, for the Decoder's own cards (PASETO). */
import { TimeText } from '@/components/panel/time-text';
import { Text } from '@/components/shared/text';
import type { DecodedItem } from '@/lib/engine/decoder/decoded-item';

export function ItemTimes({ item, now }: { item: DecodedItem; now: number }) {
  const { expiry } = item;
  return (
    <>
      {expiry.expiresAt !== undefined && (
        <p data-testid="decoded-expiry" data-expiry={expiry.state}>
          <span className={`tp-state tp-state--${expiry.state}`}>
            <Text msg={{ key: `ui.expiry.${expiry.state}` }} />
          </span>{' '}
          <TimeText ms={expiry.expiresAt} now={now} />
        </p>
      )}
      {expiry.issuedAt !== undefined && (
        <p>
          <Text msg={{ key: 'panel.token.issued' }} />{' '}
          <TimeText ms={expiry.issuedAt} now={now} showCountdown={false} />
        </p>
      )}
    </>
  );
}
