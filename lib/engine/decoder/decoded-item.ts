/**
 * One value the Decoder read: a JWT or JWE with the engine's own analysis (and, for a nested JWT,
 * the token inside), a PASETO, Fernet or Branca token, or a value with no token format and what
 * it looks like. Pure and never throws.
 */
import { tokenTimes, claimReports } from '@/lib/engine/claims/claims';
import { tokenExpiry, DEFAULT_EXPIRING_SOON_MS } from '@/lib/engine/analyze/expiry';
import type { TokenKind } from '@/lib/engine/model/report';
import { decodeToken, type DecodedToken } from '@/lib/engine/decode/decode-token';
import type { ClaimReport, Expiry, Finding, Msg } from '@/lib/engine/model/report';
import { encryptsJwt, MAX_NESTING, nestedPayload } from './nested-jwt';
import { pasetoTimes, readPaseto, type PasetoReading } from './paseto';
import { analysePastedToken } from './pasted-token-analysis';
import type { PlainLook } from './plain-values';
import { readBranca, readFernet, type SealedReading } from './sealed-tokens';

/** A JWS whose payload is another JWT, read one level down. */
interface NestedJwt {
  /** The outer header's `cty` when it says JWT; absent when only the payload's shape does. */
  cty?: string;
  /** The inner token, decoded; absent past {@link MAX_NESTING} levels. */
  inner?: DecodedItem;
  /** Set where reading stopped because the nesting went deeper than {@link MAX_NESTING}. */
  tooDeep?: boolean;
}

export interface DecodedItem {
  /** Where in the pasted text this value sat: `$.access_token`, `Authorization: Bearer`, … */
  source?: string;
  value: string;
  decoded: DecodedToken;
  claims: ClaimReport[];
  expiry: Expiry;
  basic?: { user: string; password: string };
  /** The engine's findings about the token itself (alg none, missing exp, …). */
  findings: Finding[];
  /** The engine's guess of what the token is for, when it is a JWT or a framework's cookie. */
  kind?: { kind: TokenKind; reasons: Msg[] };
  /** Read as the framework's session cookie of this name, since none was pasted with it. */
  assumedName?: string;
  /** A JWS whose payload is a JWT (`cty: JWT`): the token inside. */
  nested?: NestedJwt;
  /** A JWE whose `cty` says a signed JWT is inside. */
  encryptsJwt?: boolean;
  paseto?: PasetoReading;
  /** A Fernet or Branca token. */
  sealed?: SealedReading;
  /** What a value with no token format looks like (a UUID, a digest, a sentence, …). */
  look?: PlainLook;
}

const NO_TIMES: Expiry = { state: 'unknown' };

function timesOf(payload: unknown, now: number): Expiry {
  return tokenExpiry(tokenTimes(payload), now, DEFAULT_EXPIRING_SOON_MS);
}

/**
 * One value decoded: its parts, claims and expiry, and for a JWT or JWE the engine's reading.
 * `depth` counts the JWTs around this one; a nested JWT's inner token is read at `depth + 1`.
 */
export function decodedItem(value: string, now: number, source?: string, depth = 0): DecodedItem {
  const decoded = decodeToken(value);
  const nested = nestedPayload(decoded);
  if (nested) return nestedItem(value, decoded, nested, now, source, depth);
  const payload = decoded.jws?.payload;
  const claims = payload === undefined ? [] : claimReports(payload);
  const expiry = payload === undefined ? NO_TIMES : timesOf(payload, now);
  const engine = decoded.jws || decoded.jwe ? analysePastedToken(value, now) : { findings: [] };
  const jwe = encryptsJwt(decoded) ? { encryptsJwt: true } : {};
  return { source, value, decoded, claims, expiry, ...engine, ...jwe };
}

function nestedItem(
  value: string,
  decoded: DecodedToken,
  { inner, cty }: { inner: string; cty?: string },
  now: number,
  source: string | undefined,
  depth: number,
): DecodedItem {
  const deeper = depth + 1 < MAX_NESTING;
  const nested: NestedJwt = deeper
    ? { inner: decodedItem(inner, now, undefined, depth + 1) }
    : { tooDeep: true };
  if (cty !== undefined) nested.cty = cty;
  // The outer token's own findings would be about a payload the engine cannot read as claims.
  return { source, value, decoded, claims: [], expiry: NO_TIMES, findings: [], nested };
}

/**
 * A PASETO, Fernet or Branca token, read as far as its format allows without a key; undefined
 * when `value` is none of these.
 */
export function sealedItem(value: string, now: number): DecodedItem | undefined {
  const paseto = readPaseto(value);
  if (paseto) {
    const claims = paseto.signed?.claims;
    return {
      value,
      decoded: { format: 'opaque' },
      claims: claims ? claimReports(claims) : [],
      expiry: claims ? timesOf(pasetoTimes(claims), now) : NO_TIMES,
      findings: [],
      paseto,
    };
  }
  const sealed = readFernet(value) ?? readBranca(value);
  if (!sealed) return undefined;
  return {
    value,
    decoded: { format: 'opaque' },
    claims: [],
    expiry: NO_TIMES,
    findings: [],
    sealed,
  };
}
