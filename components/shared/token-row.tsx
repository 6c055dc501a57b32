import { memo } from 'react';
import type { Artifact, TokenReport } from '@/lib/engine/model/report';
import { ExpiryCountdown } from './expiry-countdown';
import { MaskedValue } from './masked-value';
import { Text, useTranslate } from './text';
import { PlaceName } from './place-name';

export interface TokenRowProps {
  token: TokenReport;
  /** The artifacts holding this token (the caller resolves `token.artifactIds`). */
  places: readonly Artifact[];
  /** ms since epoch, ticked by the caller. */
  now: number;
  as?: 'li' | 'div';
}

/** What the user may copy as "decoded": the parts Tokki could read, never the password. */
function decodedOf(token: TokenReport): unknown {
  if (token.jws) return { header: token.jws.header, payload: token.jws.payload };
  if (token.jwe) return { header: token.jwe.header };
  if (token.basic) return { user: token.basic.user };
  return undefined;
}

/**
 * One token: kind, format, where it lives, when it expires, and its masked value.
 * Keeps data-testid="token", data-token-kind and data-location for end-to-end tests.
 */
export const TokenRow = memo(function TokenRow({
  token,
  places,
  now,
  as: Tag = 'li',
}: TokenRowProps) {
  const t = useTranslate();
  const location = places[0]?.location ?? 'unknown';
  const locations = [...new Set(places.map((p) => p.location))];
  const { expiry } = token;
  return (
    <Tag
      className="tk-token"
      data-testid="token"
      data-token-id={token.id}
      data-token-kind={token.kind}
      data-token-format={token.format}
      data-location={location}
    >
      <div className="tk-token__head">
        <strong className="tk-token__kind">
          <Text msg={{ key: `ui.kind.${token.kind}` }} />
        </strong>
        <span className="tk-badge">
          <Text msg={{ key: `ui.format.${token.format}` }} layout="compact" />
        </span>
        <span
          className={`tk-badge tk-expiry tk-expiry--${expiry.state}`}
          data-expiry={expiry.state}
        >
          <Text msg={{ key: `ui.expiry.${expiry.state}` }} layout="compact" />
        </span>
      </div>
      <div className="tk-token__where">
        {locations.map((loc) => (
          <span key={loc} className="tk-chip" data-location={loc}>
            <Text msg={{ key: `ui.location.${loc}` }} layout="compact" />
          </span>
        ))}
        {places.slice(0, 3).map((place) => (
          <span key={place.id} className="tk-token__label">
            <PlaceName artifact={place} />
          </span>
        ))}
      </div>
      {expiry.expiresAt !== undefined && expiry.state !== 'never-expires' && (
        <ExpiryCountdown expiresAt={expiry.expiresAt} now={now} />
      )}
      <MaskedValue
        value={token.value}
        name={`${t({ key: `ui.kind.${token.kind}` })}${places[0] ? ` (${places[0].name})` : ''}`}
        decoded={decodedOf(token)}
      />
    </Tag>
  );
});
