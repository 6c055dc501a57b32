import type { Report, TokenReport } from '../model/report';

/** What happens to a credential when it expires, where the report shows it. */
type ExpiryNext =
  /** A refresh token is there: the app can get a new one with it. */
  | 'refresh'
  /** A refresh already replaced it with a newer token. */
  | 'replaced';

/** One credential the expiry summary names. */
export interface ExpiryLine {
  tokenId?: string;
  artifactId?: string;
  /** ms since epoch */
  expiresAt: number;
  next?: ExpiryNext;
}

export interface ExpirySummary {
  /** The live credential that expires first. */
  first?: ExpiryLine;
  /** The token that expired last, as its card says ("expired 6 s ago"). */
  expired?: ExpiryLine;
  /** Expired tokens besides `expired`. */
  moreExpired: number;
}

/** Kinds the app renews with a refresh token. */
const RENEWED = new Set<TokenReport['kind']>(['access', 'id']);

/**
 * The expiry summary, agreeing with the token cards: the live credential that expires first (the
 * engine's `soonestExpiry`), and the token that expired last, with what happens next where the
 * report knows it (a refresh flow with a refresh token, or a replacement already seen). Time is a
 * parameter: a credential that expired while the popup was open counts as expired.
 *
 * @example expirySummary(report, Date.now()).first?.next // 'refresh'
 */
export function expirySummary(
  report: Pick<Report, 'soonestExpiry' | 'tokens' | 'verdict'>,
  now: number,
): ExpirySummary {
  const flow = report.verdict.flow;
  const replaced = new Set(flow?.replacements.map((r) => r.fromTokenId));
  const tokens = new Map(report.tokens.map((t) => [t.id, t]));
  const refreshable = flow?.refreshTokenId !== undefined;
  const nextOf = (tokenId: string | undefined): ExpiryNext | undefined => {
    const token = tokenId ? tokens.get(tokenId) : undefined;
    if (!token || !RENEWED.has(token.kind)) return undefined;
    if (replaced.has(token.id)) return 'replaced';
    return refreshable && token.id !== flow?.refreshTokenId ? 'refresh' : undefined;
  };
  const line = (at: { tokenId?: string; artifactId?: string; expiresAt: number }): ExpiryLine => {
    const next = nextOf(at.tokenId);
    return { ...at, ...(next ? { next } : {}) };
  };

  const soonest = report.soonestExpiry;
  const expiredTokens = report.tokens
    .filter((t) => t.expiry.expiresAt !== undefined && t.expiry.expiresAt <= now)
    .filter((t) => t.id !== soonest?.tokenId)
    .sort((a, b) => b.expiry.expiresAt! - a.expiry.expiresAt!);
  const last = expiredTokens[0];
  const summary: ExpirySummary = { moreExpired: Math.max(0, expiredTokens.length - 1) };
  if (soonest) summary.first = line(soonest);
  if (last) summary.expired = line({ tokenId: last.id, expiresAt: last.expiry.expiresAt! });
  return summary;
}
