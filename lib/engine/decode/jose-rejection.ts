/**
 * Why jose's strict decoders refused a compact token. jose tells *which* decoder refused by the
 * class of what it throws — `decodeJwt` throws `JWTInvalid` (code `ERR_JWT_INVALID`), while
 * `decodeProtectedHeader` throws a plain `TypeError` — but says *why* only in English prose.
 * The reason comes from re-reading the refused part with Tokki's own decoders, in the order of
 * jose's steps (split, base64url, UTF-8, JSON, plain object), so a change in jose's wording
 * cannot change a code.
 */
import { errors as joseErrors } from 'jose';
import type { DecodeError, DecodeErrorCode } from '../model/report';
import { decodeBase64UrlText } from './base64url';
import { isJsonObject } from './safe-json';

type Part = NonNullable<DecodeError['part']>;

/** A rejection's code and the part it concerns, or undefined when jose refused for another reason. */
export type JoseReason = readonly [DecodeErrorCode, Part] | undefined;

/** The claims-set decoder's rejection (`JWTInvalid`), checked by class and by its stable code. */
export function isClaimsSetRejection(e: unknown): boolean {
  return (
    e instanceof joseErrors.JWTInvalid ||
    (e instanceof joseErrors.JOSEError && e.code === joseErrors.JWTInvalid.code)
  );
}

/**
 * The protected-header decoder's rejection: jose throws a plain `TypeError` there, never one of
 * its own classes.
 */
export function isHeaderRejection(e: unknown): boolean {
  return e instanceof TypeError;
}

/**
 * Why `decodeJwt` refused `token`: too few or too many parts, no payload, or the payload's first
 * failing step.
 *
 * @example claimsSetReason('eyJhbGciOiJIUzI1NiJ9.bm9wZQ.sig') // ['ERR_PAYLOAD_NOT_JSON', 'payload']
 */
export function claimsSetReason(token: string): JoseReason {
  const parts = token.split('.');
  if (parts.length !== 3) return ['ERR_NOT_A_JWT', 'whole'];
  const payload = parts[1]!;
  if (payload === '') return ['ERR_TRUNCATED', 'payload'];
  switch (firstFailingStep(payload)) {
    case 'base64':
      return ['ERR_BAD_BASE64URL', 'payload'];
    case 'utf8':
      return ['ERR_BAD_UTF8', 'payload'];
    case 'json':
      return ['ERR_PAYLOAD_NOT_JSON', 'payload'];
    case 'object':
      return ['ERR_PAYLOAD_NOT_OBJECT', 'payload'];
    default:
      return undefined;
  }
}

/**
 * Why `decodeProtectedHeader` refused `token`. jose reads a header only from three or five parts
 * and calls any other shape, or an empty header, a header that is not an object.
 *
 * @example headerReason('bm9wZQ.e30.sig') // ['ERR_HEADER_NOT_JSON', 'header']
 */
export function headerReason(token: string): JoseReason {
  const parts = token.split('.');
  const header = parts.length === 3 || parts.length === 5 ? parts[0]! : '';
  if (header === '') return ['ERR_HEADER_NOT_OBJECT', 'header'];
  switch (firstFailingStep(header)) {
    case 'base64':
      return ['ERR_BAD_BASE64URL', 'header'];
    case 'utf8':
      return ['ERR_BAD_UTF8', 'header'];
    case 'json':
      return ['ERR_HEADER_NOT_JSON', 'header'];
    case 'object':
      return ['ERR_HEADER_NOT_OBJECT', 'header'];
    default:
      return undefined;
  }
}

type Step = 'base64' | 'utf8' | 'json' | 'object' | 'none';

/**
 * The first of jose's decoding steps that `encoded` fails. jose decodes with the base64url
 * alphabet only, so `+` and `/` fail there even though Tokki's lenient decoder reads them.
 */
function firstFailingStep(encoded: string): Step {
  if (encoded.includes('+') || encoded.includes('/')) return 'base64';
  const decoded = decodeBase64UrlText(encoded);
  if (!decoded.ok) return decoded.reason;
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch {
    return 'json';
  }
  return isJsonObject(value) ? 'none' : 'object';
}
