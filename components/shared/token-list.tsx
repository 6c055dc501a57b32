import { memo, useMemo } from 'react';
import type { Artifact, TokenKind, TokenReport } from '@/lib/engine/model/report';
import { Text } from './text';
import { TokenRow } from './token-row';

const KIND_RANK: Record<TokenKind, number> = {
  access: 0,
  refresh: 1,
  id: 2,
  'session-id': 3,
  'session-data': 3,
  unknown: 4,
  'authorization-code': 5,
  csrf: 5,
};

/**
 * The most telling tokens first: one of each kind (access, refresh, ID, session, …), then the
 * rest; within a group, live tokens before expired ones, then the soonest to expire. A popup that shows three tokens then shows the
 * access token and its refresh token, not three generations of access tokens. New array.
 */
export function byImportance(tokens: readonly TokenReport[]): TokenReport[] {
  const byExpiry = [...tokens].sort(
    (a, b) =>
      KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
      Number(a.expiry.state === 'expired') - Number(b.expiry.state === 'expired') ||
      (a.expiry.expiresAt ?? Infinity) - (b.expiry.expiresAt ?? Infinity),
  );
  const seen = new Set<TokenKind>();
  const firsts: TokenReport[] = [];
  const rest: TokenReport[] = [];
  for (const token of byExpiry) {
    (seen.has(token.kind) ? rest : firsts).push(token);
    seen.add(token.kind);
  }
  return [...firsts, ...rest];
}

export interface TokenListProps {
  tokens: readonly TokenReport[];
  artifacts: readonly Artifact[];
  now: number;
  /** How many rows to render; the rest are counted (the popup stays a summary). */
  max?: number;
}

/** Tokens, most important first, each with its places resolved. */
export const TokenList = memo(function TokenList({
  tokens,
  artifacts,
  now,
  max = Infinity,
}: TokenListProps) {
  const sorted = useMemo(() => byImportance(tokens), [tokens]);
  const byId = useMemo(() => new Map(artifacts.map((a) => [a.id, a])), [artifacts]);
  if (tokens.length === 0) return null;
  const shown = sorted.slice(0, max);
  const hidden = sorted.length - shown.length;
  return (
    <section className="tk-tokens" data-testid="tokens" aria-labelledby="tk-tokens-heading">
      <h3 id="tk-tokens-heading" className="tk-heading">
        <Text msg={{ key: 'ui.tokens.heading' }} />
      </h3>
      <ul className="tk-tokens__list">
        {shown.map((token) => (
          <TokenRow
            key={token.id}
            token={token}
            now={now}
            places={token.artifactIds.flatMap((id) => byId.get(id) ?? [])}
          />
        ))}
      </ul>
      {hidden > 0 && (
        <p className="tk-more">
          <Text msg={{ key: 'ui.tokens.more', params: { n: hidden } }} />
        </p>
      )}
    </section>
  );
});
