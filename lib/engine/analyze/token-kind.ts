import type { KeySuffix } from '../i18n/catalogue';
import type { Msg, TokenKind } from '../model/report';
import type { DecodedToken } from './decode-facade';
import type { Sighting } from './types';

export interface KindGuess {
  kind: TokenKind;
  reasons: Msg[];
}

const reason = (name: KeySuffix<'analysis.kind.reason.'>, params?: Msg['params']): Msg =>
  params
    ? { key: `analysis.kind.reason.${name}`, params }
    : { key: `analysis.kind.reason.${name}` };

/** Names are compared without separators or case: `refresh_token`, `refreshToken`, `x-refresh`. */
const NAME_RULES: readonly { kind: TokenKind; pattern: RegExp }[] = [
  { kind: 'refresh', pattern: /refresh|rtoken|^rt$/ },
  { kind: 'csrf', pattern: /csrf|xsrf|antiforgery|requestverification/ },
  { kind: 'id', pattern: /idtoken|^idt$|oidc/ },
  { kind: 'access', pattern: /access|bearer|apitoken|apikey|^at$/ },
  { kind: 'session-id', pattern: /sess|sid$|^sid/ },
];

const ID_CLAIMS = ['nonce', 'at_hash', 'c_hash'] as const;

const PAYLOAD_TYP: Record<string, TokenKind> = {
  bearer: 'access',
  access: 'access',
  refresh: 'refresh',
  offline: 'refresh',
  id: 'id',
};

function squash(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function lastSegment(path: string | undefined): string | undefined {
  if (path === undefined) return undefined;
  const match = /([^.[\]]+)\]?$/.exec(path);
  return match?.[1];
}

function kindFromName(name: string): TokenKind | undefined {
  const squashed = squash(name);
  return NAME_RULES.find((rule) => rule.pattern.test(squashed))?.kind;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/**
 * Guesses what a token is for, with the reasons shown to the user. Claims the issuer wrote
 * (`token_use`, `typ`, `nonce`) beat names the app chose, which beat how the token is used.
 * When a known SDK keeps the token, the reasons name it, whatever decided the kind.
 *
 * @example guessTokenKind(decodeToken(jwt), [{ name: 'refresh_token', … }]).kind // 'refresh'
 */
export function guessTokenKind(
  decoded: DecodedToken,
  sightings: readonly Sighting[],
  lifetimeMs?: number,
): KindGuess {
  const guess = guessKind(decoded, sightings, lifetimeMs);
  const known = sightings.find((s) => s.knownAs !== undefined);
  if (known?.knownAs && !guess.reasons.some((r) => r.params?.sdk === known.knownAs)) {
    guess.reasons.push(reason('sdk-store', { sdk: known.knownAs, name: known.name }));
  }
  return guess;
}

function guessKind(
  decoded: DecodedToken,
  sightings: readonly Sighting[],
  lifetimeMs?: number,
): KindGuess {
  // RFC 6749 §4.1.2: the redirect URL names the code, whatever it looks like inside.
  const code = sightings.find((s) => s.knownKind === 'authorization-code');
  if (code) {
    return {
      kind: 'authorization-code',
      reasons: [reason('authorization-code', { name: code.name })],
    };
  }
  // A framework's own format says outright what the value is (lib/engine/decode/frameworks).
  const framework = decoded.framework;
  if (framework && framework.holds !== 'signature') {
    const what = framework.holds === 'session-data' ? 'framework-data' : 'framework-id';
    return {
      kind: framework.holds,
      reasons: [reason(`${what}.${framework.protection}`, { framework: framework.framework })],
    };
  }
  const header = decoded.jws?.header ?? decoded.jwe?.header;
  const payload = asRecord(decoded.jws?.payload);

  // RFC 9068 §2.1 access-token media type; Cognito's token_use; Keycloak's payload typ.
  const tokenUse = payload?.token_use;
  if (tokenUse === 'access' || tokenUse === 'id' || tokenUse === 'refresh') {
    return { kind: tokenUse, reasons: [reason('token-use', { value: tokenUse })] };
  }
  const typ = typeof header?.typ === 'string' ? header.typ.toLowerCase() : '';
  if (typ === 'at+jwt' || typ === 'application/at+jwt') {
    return { kind: 'access', reasons: [reason('typ-at-jwt', { value: String(header?.typ) })] };
  }
  if (typeof payload?.typ === 'string') {
    const kind = PAYLOAD_TYP[payload.typ.toLowerCase()];
    if (kind) return { kind, reasons: [reason('payload-typ', { value: payload.typ })] };
  }
  // OIDC Core §2 / §3.1.3.6: nonce, at_hash and c_hash only appear in ID tokens.
  const idClaim = payload ? ID_CLAIMS.find((c) => payload[c] !== undefined) : undefined;
  if (idClaim) return { kind: 'id', reasons: [reason('id-claim', { claim: idClaim })] };

  for (const s of sightings) {
    if (s.knownKind && s.knownAs) {
      return {
        kind: s.knownKind,
        reasons: [reason('known-sdk', { sdk: s.knownAs, name: s.name })],
      };
    }
  }
  for (const s of sightings) {
    const byName = (name: string | undefined): KindGuess | undefined => {
      if (name === undefined) return undefined;
      const kind = kindFromName(name);
      if (kind === 'session-id' && decoded.format !== 'opaque') return undefined;
      return kind ? { kind, reasons: [reason('name', { name })] } : undefined;
    };
    const guess = byName(lastSegment(s.path)) ?? byName(s.name);
    if (guess) return guess;
  }
  const scope = payload?.scope ?? payload?.scp;
  if (scope !== undefined) {
    return { kind: 'access', reasons: [reason('scope', { value: String(scope).slice(0, 80) })] };
  }
  if (sightings.some((s) => s.bearer || s.header)) {
    return { kind: 'access', reasons: [reason('sent-as-bearer')] };
  }
  const inCookie = sightings.some((s) => s.location.startsWith('cookie'));
  if (inCookie && (decoded.format === 'jws' || decoded.format === 'jwe')) {
    return { kind: 'access', reasons: [reason('jwt-in-cookie')] };
  }
  if (inCookie && decoded.format === 'opaque') {
    return { kind: 'session-id', reasons: [reason('opaque-cookie')] };
  }
  if (lifetimeMs !== undefined && lifetimeMs > 0 && lifetimeMs <= 60 * 60 * 1000) {
    return {
      kind: 'access',
      reasons: [reason('short-lifetime', { minutes: Math.round(lifetimeMs / 60000) })],
    };
  }
  return { kind: 'unknown', reasons: [reason('no-clue')] };
}
