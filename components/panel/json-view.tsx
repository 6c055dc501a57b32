import { useId } from 'react';
import { Text } from '@/components/shared/text';
import { ValueText } from '@/components/shared/value-text';
import type { ClaimReport, Msg } from '@/lib/engine/model/report';
import { formatDateTime } from '@/lib/engine/i18n/format-time';
import type { KeySuffix } from '@/lib/engine/i18n/catalogue';

/** Values longer than this are cut on screen: page data can be megabytes. */
const MAX_VALUE_CHARS = 2000;

/** JSON text of a claim or header value; never throws on what a page made. */
function asJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
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
        <ValueText value={JSON.stringify(name)} />
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
        <ValueText value={asJson(value)} maxChars={MAX_VALUE_CHARS} />
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
        <pre className="tp-pre">
          <ValueText
            value={typeof value === 'string' ? value : asJson(value)}
            maxChars={MAX_VALUE_CHARS}
            multiline
          />
        </pre>
      )}
    </figure>
  );
}

const HEADER_PARAMS: ReadonlySet<string> = new Set<KeySuffix<'panel.header.'>>([
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

const isHeaderParam = (name: string): name is KeySuffix<'panel.header.'> => HEADER_PARAMS.has(name);

function headerMeaning(name: string, isHeader: boolean): Msg | undefined {
  return isHeader && isHeaderParam(name) ? { key: `panel.header.${name}` } : undefined;
}
