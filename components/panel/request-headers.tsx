/** A request's or response's headers, credential values masked until revealed. */
import { Fragment } from 'react';
import { MaskedValue } from '@/components/shared/masked-value';
import { Text } from '@/components/shared/text';
import { ValueText } from '@/components/shared/value-text';
import type { MessageKey } from '@/lib/engine/i18n/catalogue';
import type { HttpHeader } from '@/lib/engine/model/snapshot';

export function HeaderList({
  title,
  credential,
  other,
  few,
  revealed,
  onRevealedChange,
}: {
  title: MessageKey;
  credential: readonly HttpHeader[];
  other: readonly HttpHeader[];
  /** Only a few headers were kept (a request without credentials): say so. */
  few?: boolean;
  revealed: boolean;
  onRevealedChange: (revealed: boolean) => void;
}) {
  const empty = credential.length + other.length === 0;
  return (
    <section className="tp-reqheaders" data-testid="request-headers">
      <h4>
        <Text msg={{ key: title }} />
      </h4>
      {empty && (
        <p className="tp-muted">
          <Text msg={{ key: 'panel.request.noHeaders' }} />
        </p>
      )}
      <dl className="tp-dl tp-reqheaders__list">
        {credential.map((h, i) => (
          <Fragment key={`c${i}`}>
            <dt className="tp-mono">{h.name}</dt>
            <dd data-credential="true">
              <MaskedValue
                value={h.value}
                name={h.name}
                revealed={revealed}
                onRevealedChange={onRevealedChange}
              />
            </dd>
          </Fragment>
        ))}
        {other.map((h, i) => (
          <Fragment key={`o${i}`}>
            <dt className="tp-mono">{h.name}</dt>
            <dd className="tp-mono">
              <ValueText value={h.value} />
            </dd>
          </Fragment>
        ))}
      </dl>
      {few && (
        <p className="tp-muted">
          <Text msg={{ key: 'panel.request.fewHeaders' }} />
        </p>
      )}
    </section>
  );
}
