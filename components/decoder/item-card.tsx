/**
 * One value the Decoder read, in the card its kind needs: PASETO, Fernet/Branca, a value with no
 * token format, a nested JWT (the outer token, then the inner one in its own card), or the
 * panel's card for JWTs, JWEs, framework cookies and Authorization values.
 */
import { DecodedCard } from '@/components/panel/decoded-card';
import { JsonView } from '@/components/panel/json-view';
import { DecodeErrorReason, SignatureLine } from '@/components/panel/token-parts';
import { Text } from '@/components/shared/text';
import type { DecodedItem } from '@/lib/engine/decoder/decoded-item';
import { MAX_NESTING } from '@/lib/engine/decoder/nested-jwt';
import { PasetoCard } from './paseto-card';
import { PlainCard } from './plain-card';
import { SealedCard } from './sealed-card';

function NestedCard({ item, now, level }: { item: DecodedItem; now: number; level: number }) {
  const nested = item.nested!;
  const { jws, error } = item.decoded;
  return (
    <article
      className="tp-card"
      data-testid="decoded-item"
      data-format={item.decoded.format}
      data-nested-level={level}
    >
      <h3>
        <Text msg={{ key: 'ui.format.jws' }} />
      </h3>
      {nested.cty === undefined && error && (
        <p className="tp-error" data-error-code={error.code}>
          <DecodeErrorReason error={error} />
        </p>
      )}
      {jws && <JsonView value={jws.header} label={{ key: 'panel.token.header' }} />}
      {jws && (
        <p className="tp-signature">
          <SignatureLine signature={jws.signature} />
        </p>
      )}
      {nested.inner && (
        <section data-testid="decoder-nested-inner" data-level={level + 1}>
          <h4>
            <Text msg={{ key: 'decode.nested.inner', params: { level: level + 1 } }} />
          </h4>
          <ItemCard item={nested.inner} now={now} level={level + 1} />
        </section>
      )}
      {nested.tooDeep && (
        <p className="tp-warn" data-testid="decoder-nested-too-deep">
          <Text msg={{ key: 'decode.nested.too-deep', params: { max: MAX_NESTING } }} />
        </p>
      )}
    </article>
  );
}

export function ItemCard({
  item,
  now,
  level = 1,
}: {
  item: DecodedItem;
  now: number;
  level?: number;
}) {
  if (item.paseto) return <PasetoCard item={item} now={now} />;
  if (item.sealed) return <SealedCard item={item} now={now} />;
  if (item.look) return <PlainCard item={item} now={now} />;
  if (item.nested) return <NestedCard item={item} now={now} level={level} />;
  return <DecodedCard item={item} now={now} />;
}
