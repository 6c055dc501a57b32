/**
 * Nested JWTs (RFC 7519 §5.2, §7.1 step 8): a JWS or JWE whose `cty` header is `JWT` carries
 * another JWT as its payload: signed then signed again, or signed then encrypted. The engine's
 * decoder reads a JWS payload as JSON claims, so a nested one comes back as "payload not JSON"
 * with the payload text kept; this reads that text as the inner token.
 */
import { looksLikeJwt, type DecodedToken } from '@/lib/engine/decode/decode-token';

/** Levels read at most: real tokens nest once or twice; a deeper chain is a bomb or a loop. */
export const MAX_NESTING = 4;

/** RFC 7515 §4.1.10: `cty` is case-insensitive, and `application/` may be left out. */
function isJwtContentType(cty: unknown): cty is string {
  return typeof cty === 'string' && /^(?:application\/)?jwt$/i.test(cty.trim());
}

export interface NestedPayload {
  /** The inner compact token. */
  inner: string;
  /** The outer header's `cty`, when it says JWT; absent when the payload is a JWT all the same. */
  cty?: string;
}

/**
 * The inner token of a JWS whose payload is itself a JWT (said by `cty`, or plain to see);
 * undefined for every other decoded value.
 *
 * @example nestedPayload(decodeToken(outer))?.inner.startsWith('eyJ') // true
 */
export function nestedPayload(decoded: DecodedToken): NestedPayload | undefined {
  const jws = decoded.jws;
  if (!jws || typeof jws.payload !== 'string') return undefined;
  const inner = jws.payload.trim();
  if (!looksLikeJwt(inner)) return undefined;
  const cty = jws.header.cty;
  return isJwtContentType(cty) ? { inner, cty } : { inner };
}

/** A JWE whose `cty` says a JWT is inside (a signed JWT, then encrypted). */
export function encryptsJwt(decoded: DecodedToken): boolean {
  return decoded.format === 'jwe' && isJwtContentType(decoded.jwe?.header.cty);
}
