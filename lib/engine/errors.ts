/**
 * Errors as values. Every reason Tokki cannot read a value has a stable `code` (see
 * `DecodeErrorCode` in lib/engine/model/report.ts); the UI explains the code in ko and en via the
 * `decode.<CODE>` messages, and never sees a raw throw. Values, not Error objects: malformed
 * tokens are common and decoded by the thousand, and a value captures no stack.
 */
import {
  claimsSetReason,
  headerReason,
  isClaimsSetRejection,
  isHeaderRejection,
  type JoseReason,
} from './decode/jose-rejection';
import type { DecodeError, DecodeErrorCode } from './model/report';

export type ErrorPart = NonNullable<DecodeError['part']>;
export type ErrorParams = Record<string, string | number>;

/**
 * Builds a `DecodeError` value whose message is the `decode.<CODE>` catalogue entry.
 *
 * @example decodeError('ERR_BAD_BASE64URL', 'payload', { offset: 12 })
 */
export function decodeError(
  code: DecodeErrorCode,
  part?: ErrorPart,
  params?: ErrorParams,
): DecodeError {
  const error: DecodeError = { code, message: { key: `decode.${code}` } };
  if (part) {
    error.part = part;
    // The sentence names the part with the JWT term developers use in both languages.
    error.message.params = { part: part === 'whole' ? 'token' : part, ...params };
  } else if (params) {
    error.message.params = { ...params };
  }
  return error;
}

/**
 * Turns what jose's `decodeJwt` or `decodeProtectedHeader` threw while reading `token` into the
 * value a report carries. The class of the throw says which decoder refused (see
 * lib/engine/decode/jose-rejection.ts); Tokki's own decoders say why. Anything else jose or the
 * platform throws becomes `ERR_JOSE_REJECTED`, its text kept only as detail. Never throws.
 *
 * @example
 * try { decodeJwt(raw) } catch (e) { return toDecodeError(e, raw) } // { code: 'ERR_PAYLOAD_NOT_JSON', … }
 */
export function toDecodeError(e: unknown, token: string, part?: ErrorPart): DecodeError {
  const reason = joseReason(e, token);
  if (reason) return decodeError(reason[0], part ?? reason[1]);
  const detail = (e instanceof Error ? e.message : String(e)).slice(0, 200);
  return decodeError('ERR_JOSE_REJECTED', part ?? 'whole', { detail });
}

function joseReason(e: unknown, token: string): JoseReason {
  if (isClaimsSetRejection(e)) return claimsSetReason(token);
  if (isHeaderRejection(e)) return headerReason(token);
  return undefined;
}
