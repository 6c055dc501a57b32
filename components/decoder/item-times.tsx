/**
 * Expiry with a live countdown and issued-at, for every decoded card (JWT, PASETO). A JWS without
 * `exp` still says its expiry state (`stateWithoutExpiry`): never expiring is worth saying.
 */
import { TimeText } from '@/components/panel/time-text';
import { Text } from '@/components/shared/text';
import type { DecodedItem } from '@/lib/engine/decoder/decoded-item';

export function ItemTimes({
  item,
  now,
  stateWithoutExpiry = false,
}: {
  item: DecodedItem;
  now: number;
  stateWithoutExpiry?: boolean;
}) {
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
      {stateWithoutExpiry && expiry.expiresAt === undefined && (
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
    </>
  );
}
