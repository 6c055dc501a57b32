import type { Location, Report, RequestReport, TokenReport } from '../model/report';
import type { CredentialState } from './sequence-types';

/** Places a page keeps a credential in between requests (a header or a URL is only passing). */
const STORE_LOCATIONS: ReadonlySet<Location> = new Set([
  'cookie-httponly',
  'cookie-script',
  'localStorage',
  'sessionStorage',
  'indexedDB',
]);

export interface TokenFacts {
  token: TokenReport;
  locations: Set<Location>;
  /** Held in a store now (the snapshot read it there). */
  stored: boolean;
  firstUse?: number;
  lastUse?: number;
}

/** What the flow needs to know of each token, indexed once. */
export function tokenFacts(
  report: Report,
  requests: ReadonlyMap<string, RequestReport>,
): Map<string, TokenFacts> {
  const locationOf = new Map(report.artifacts.map((a) => [a.id, a.location]));
  const facts = new Map<string, TokenFacts>();
  for (const token of report.tokens) {
    const locations = new Set<Location>();
    for (const id of token.artifactIds) {
      const location = locationOf.get(id);
      if (location) locations.add(location);
    }
    const times = token.sentIn
      .map((id) => requests.get(id)?.time)
      .filter((t): t is number => t !== undefined);
    facts.set(token.id, {
      token,
      locations,
      stored: [...locations].some((l) => STORE_LOCATIONS.has(l)),
      firstUse: times.length > 0 ? Math.min(...times) : undefined,
      lastUse: times.length > 0 ? Math.max(...times) : undefined,
    });
  }
  return facts;
}

/** The tokens one refresh chain links (a token and the ones that replaced it), each once. */
export function replacementChains(report: Report): string[][] {
  const chainOf = new Map<string, Set<string>>();
  for (const { fromTokenId, toTokenId } of report.verdict.flow?.replacements ?? []) {
    const a = chainOf.get(fromTokenId);
    const b = chainOf.get(toTokenId);
    const merged = a && b && a !== b ? new Set([...a, ...b]) : (a ?? b ?? new Set<string>());
    merged.add(fromTokenId);
    merged.add(toTokenId);
    for (const id of merged) chainOf.set(id, merged);
  }
  return [...new Set(chainOf.values())].map((chain) => [...chain]);
}

const byNumber = (a: number | undefined, b: number | undefined) =>
  (a ?? -Infinity) - (b ?? -Infinity);

/**
 * The chain's current token: the one stored now, and among several the one sent last (then the
 * newest by `iat`); with none stored, the one sent last. The page's storage and its latest request
 * say which token is live; the order the engine met the tokens in does not.
 */
function currentOf(chain: readonly TokenFacts[]): TokenFacts | undefined {
  const stored = chain.filter((f) => f.stored);
  const pool = stored.length > 0 ? stored : chain;
  return [...pool]
    .sort(
      (a, b) =>
        byNumber(a.lastUse, b.lastUse) ||
        byNumber(a.token.expiry.issuedAt, b.token.expiry.issuedAt),
    )
    .at(-1);
}

export interface StateOf {
  state: CredentialState;
  replacedBy?: string;
}

/**
 * Each token's state. A chain is told oldest first (by first use, then `iat`) and ends with its
 * current token; every other token was replaced by the one after it. A current token past its
 * expiry is `expired`.
 */
export function credentialStates(
  facts: ReadonlyMap<string, TokenFacts>,
  chains: readonly string[][],
  now: number,
): Map<string, StateOf> {
  const states = new Map<string, StateOf>();
  const expired = (f: TokenFacts) =>
    f.token.expiry.expiresAt !== undefined && f.token.expiry.expiresAt <= now;
  for (const ids of chains) {
    const chain = ids.map((id) => facts.get(id)).filter((f): f is TokenFacts => f !== undefined);
    const current = currentOf(chain);
    const older = chain
      .filter((f) => f !== current)
      .sort(
        (a, b) =>
          byNumber(a.firstUse, b.firstUse) ||
          byNumber(a.token.expiry.issuedAt, b.token.expiry.issuedAt),
      );
    const order = current ? [...older, current] : older;
    order.forEach((f, i) => {
      const next = order[i + 1];
      if (next) states.set(f.token.id, { state: 'replaced', replacedBy: next.token.id });
      else states.set(f.token.id, { state: expired(f) ? 'expired' : 'current' });
    });
  }
  for (const f of facts.values()) {
    if (!states.has(f.token.id))
      states.set(f.token.id, { state: expired(f) ? 'expired' : 'current' });
  }
  return states;
}

/**
 * Tokens seen in request headers and in no store, in a chain none of whose tokens is stored
 * either: the page's script holds them in memory (a replaced token that was overwritten in
 * storage is not one of them).
 */
export function memoryOnlyTokens(
  facts: ReadonlyMap<string, TokenFacts>,
  chains: readonly string[][],
): Set<string> {
  const chainOf = new Map<string, string[]>();
  for (const chain of chains) for (const id of chain) chainOf.set(id, chain);
  const out = new Set<string>();
  for (const f of facts.values()) {
    if (!f.locations.has('header') || f.stored) continue;
    const chain = chainOf.get(f.token.id) ?? [f.token.id];
    if (chain.some((id) => facts.get(id)?.stored)) continue;
    out.add(f.token.id);
  }
  return out;
}
