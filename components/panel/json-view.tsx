import { useId } from 'react';
import { Text } from '@/components/shared/text';
import type { ClaimReport, Msg } from '@/lib/model/report';
import { formatDateTime } from '@/lib/i18n/format-time';

/** Values longer than this are cut on screen: page data can be megabytes. */
const MAX_VALUE_CHARS = 2000;

function short(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS)}…` : text;
}

function Member({
  name,
  value,
  meaning,
  time,
  sensitive,
  last,
}: {
  name: string;
  value: unknown;
  meaning?: Msg;
  time?: number;
  sensitive?: boolean;
  last: boolean;
}) {
  const tipId = useId();
  return (
    <div className="tp-json__line" data-claim={name}>
      {'  '}
      <span
        className={`tp-json__key${meaning ? ' tp-json__key--explained' : ''}`}
        tabIndex={meaning ? 0 : undefined}
        aria-describedby={meaning ? tipId : undefined}
        data-testid={meaning ? 'claim' : undefined}
      >
        {JSON.stringify(name)}
        {meaning && (
          <span role="tooltip" id={tipId} className="tp-tip" data-testid="claim-meaning">
            <Text msg={meaning} layout="block" />
            {time !== undefined && (
              <span className="tp-tip__time">
                {' '}
                <Text render={(l) => formatDateTime(time, l)} />
              </span>
            )}
          </span>
        )}
      </span>
      {': '}
      <span className={`tp-json__value${sensitive ? ' tp-json__value--sensitive' : ''}`}>
        {short(value)}
      </span>
      {last ? '' : ','}
      {sensitive && (
        <span className="tp-badge tp-badge--warn">
          <Text msg={{ key: 'panel.claim.sensitive' }} />
        </span>
      )}
    </div>
  );
}

/**
 * A JSON object shown as text, one member a line; members with a known meaning (claims, header
 * parameters) explain it on hover and on keyboard focus.
 */
export function JsonView({
  value,
  claims,
  label,
}: {
  value: unknown;
  claims?: ClaimReport[];
  label: Msg;
}) {
  const byName = new Map((claims ?? []).map((c) => [c.name, c]));
  const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
  return (
    <figure className="tp-json">
      <figcaption>
        <Text msg={label} />
      </figcaption>
      {isObject ? (
        <pre className="tp-pre">
          {'{'}
          {Object.entries(value as Record<string, unknown>).map(([k, v], i, all) => {
            const claim = byName.get(k);
            return (
              <Member
                key={k}
                name={k}
                value={v}
                meaning={claim?.meaning ?? headerMeaning(k, claims === undefined)}
                time={claim?.time}
                sensitive={claim?.sensitive}
                last={i === all.length - 1}
              />
            );
          })}
          {'}'}
        </pre>
      ) : (
        <pre className="tp-pre">{short(value)}</pre>
      )}
    </figure>
  );
}

const HEADER_PARAMS = new Set([
  'alg',
  'typ',
  'kid',
  'cty',
  'enc',
  'zip',
  'jku',
  'jwk',
  'x5u',
  'x5c',
  'x5t',
  'crit',
]);

function headerMeaning(name: string, isHeader: boolean): Msg | undefined {
  return isHeader && HEADER_PARAMS.has(name) ? { key: `panel.header.${name}` } : undefined;
}
