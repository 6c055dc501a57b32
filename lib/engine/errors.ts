/**
 * Errors as values. Every reason Tokki cannot read a value has a stable `code` (see
 * `DecodeErrorCode` in lib/engine/model/report.ts); the UI explains the code in ko and en via the
 * `decode.<CODE>` messages, and never sees a raw throw.
 *
 * The hot path (decoding thousands of tokens) builds plain `DecodeError` values with
 * {@link decodeError}; the classes exist for code that catches a foreign throw (jose, a
 * TypeError) and must turn it into one of our codes without losing its cause.
 */
import { errors as joseErrors } from 'jose';
import type { DecodeError, DecodeErrorCode } from './model/report';

export type ErrorPart = NonNullable<DecodeError['part']>;
export type ErrorParams = Record<string, string | number>;

/** Base class of every error Tokki creates: a stable code, the part it concerns, and a cause. */
export class TokkiError extends Error {
  readonly code: DecodeErrorCode;
  readonly part?: ErrorPart;
  readonly params?: ErrorParams;

  constructor(
    code: DecodeErrorCode,
    options: { part?: ErrorPart; params?: ErrorParams; cause?: unknown } = {},
  ) {
    super(code, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = this.constructor.name;
    this.code = code;
    if (options.part) this.part = options.part;
    if (options.params) this.params = options.params;
  }

  /** The plain value the report carries. */
  toValue(): DecodeError {
    return decodeError(this.code, this.part, this.params);
  }
}

/** Our own lenient decoder could not read the value. */
export class DecodeFailure extends TokkiError {}

/** jose's strict decoder refused a value (its `JWTInvalid` or plain `TypeError`, wrapped). */
export class StrictDecodeRejected extends TokkiError {}

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

// jose says why only in English prose (jose 6: util/decode_jwt.js, lib/validate.js), so we read
// its message and the class of its cause. Anything unknown becomes ERR_JOSE_REJECTED with jose's
// text as detail, so a future jose wording change degrades to a vaguer message, not a wrong one.
function classifyJose(e: Error): [DecodeErrorCode, ErrorPart] | undefined {
  const text = e.message;
  const cause = e.cause;
  if (/must contain a payload/i.test(text)) return ['ERR_TRUNCATED', 'payload'];
  if (/base64url decode the payload/i.test(text)) return ['ERR_BAD_BASE64URL', 'payload'];
  if (/parse the decoded payload/i.test(text)) {
    return [isBadUtf8(cause) ? 'ERR_BAD_UTF8' : 'ERR_PAYLOAD_NOT_JSON', 'payload'];
  }
  if (/invalid jwt claims set/i.test(text)) return ['ERR_PAYLOAD_NOT_OBJECT', 'payload'];
  if (/only jwts using compact jws|^invalid jwt$|must be a string/i.test(text)) {
    return ['ERR_NOT_A_JWT', 'whole'];
  }
  if (/protected header/i.test(text)) {
    // decodeProtectedHeader throws one TypeError for every failure; its cause tells which.
    if (cause === undefined) return ['ERR_HEADER_NOT_OBJECT', 'header'];
    if (isBadUtf8(cause)) return ['ERR_BAD_UTF8', 'header'];
    if (cause instanceof SyntaxError) return ['ERR_HEADER_NOT_JSON', 'header'];
    return ['ERR_BAD_BASE64URL', 'header'];
  }
  return undefined;
}

function isBadUtf8(cause: unknown): boolean {
  // TextDecoder({ fatal: true }) throws a TypeError (code ERR_ENCODING_INVALID_ENCODED_DATA in Node,
  // "The encoded data was not valid for encoding utf-8" in browsers).
  if (!(cause instanceof TypeError)) return false;
  const code = (cause as { code?: unknown }).code;
  return code === 'ERR_ENCODING_INVALID_ENCODED_DATA' || /encoded data|utf-?8/i.test(cause.message);
}

/**
 * Turns anything thrown (jose's `JWTInvalid`/`JWSInvalid`, its plain `TypeError`, our own
 * errors, a string) into a {@link TokkiError} with a stable code. Never throws.
 */
export function wrapError(e: unknown, part?: ErrorPart): TokkiError {
  if (e instanceof TokkiError) return e;
  const [code, side, params] = classify(e);
  const options = { part: part ?? side, cause: e, ...(params ? { params } : {}) };
  return e instanceof joseErrors.JOSEError || e instanceof TypeError
    ? new StrictDecodeRejected(code, options)
    : new TokkiError(code, options);
}

function classify(e: unknown): [DecodeErrorCode, ErrorPart, ErrorParams?] {
  if (e instanceof joseErrors.JOSEError || e instanceof TypeError) {
    return classifyJose(e) ?? ['ERR_JOSE_REJECTED', 'whole', { detail: e.message.slice(0, 200) }];
  }
  const detail = e instanceof Error ? e.message : String(e);
  return ['ERR_JOSE_REJECTED', 'whole', { detail: detail.slice(0, 200) }];
}

/**
 * Like {@link wrapError}, but returns the plain value a report carries. It builds no Error object
 * on the way (no stack to capture): malformed tokens are common and decoded by the thousand.
 *
 * @example
 * try { decodeJwt(raw) } catch (e) { return toDecodeError(e) } // { code: 'ERR_PAYLOAD_NOT_JSON', … }
 */
export function toDecodeError(e: unknown, part?: ErrorPart): DecodeError {
  if (e instanceof TokkiError) return e.toValue();
  const [code, side, params] = classify(e);
  return decodeError(code, part ?? side, params);
}
