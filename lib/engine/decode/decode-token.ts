/**
 * Decodes one credential string: JWS compact (including `alg: none` and empty signatures),
 * JWE compact (header only: the payload is encrypted), or an opaque value. Lenient first: our own
 * split/base64url/JSON pass says exactly what is broken; then jose's strict decoders give their
 * verdict, at most once per token (see {@link CANONICAL} for when their answer is already known).
 * Never throws; work is bounded by {@link MAX_TOKEN_LENGTH}.
 */
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { decodeError, toDecodeError } from '../errors';
import type { DecodeError, TokenFormat, TokenReport } from '../model/report';
import {
  base64Index,
  decodeBase64UrlLossy,
  decodeBase64UrlText,
  firstNonBase64Url,
} from './base64url';
import { describeOpaque } from './opaque';
import { isJsonObject, parseJsonSafe, type JsonResult } from './safe-json';

/** Longest single token we decode (64 KB); longer values only get their length reported. */
export const MAX_TOKEN_LENGTH = 64 * 1024;

export interface DecodedToken {
  format: TokenFormat;
  /**
   * Lenient header/payload/signature plus jose's strict verdict. Also present on a `malformed`
   * token whose header could be read, so the UI can show what is there (and analysis can still
   * flag, say, `alg: none`); `error` then says what is broken.
   */
  jws?: TokenReport['jws'];
  jwe?: TokenReport['jwe'];
  opaque?: TokenReport['opaque'];
  /** Set by the analysis when the value is in a framework's own format (lib/engine/decode/frameworks). */
  framework?: TokenReport['framework'];
  error?: DecodeError;
}

type Part = 'header' | 'payload';

type PartResult =
  | { ok: true; value: unknown }
  /** `text` is the decoded text when only the JSON step failed, so it can still be shown. */
  | { ok: false; error: DecodeError; text?: string };

function decodePart(encoded: string, part: Part, canonical = false): PartResult {
  if (encoded.length === 0) return { ok: false, error: decodeError('ERR_TRUNCATED', part) };
  const decoded = decodeBase64UrlText(encoded, canonical);
  if (!decoded.ok) {
    if (decoded.reason === 'utf8') {
      // Shown with U+FFFD where the bytes are broken, so the user sees what is there and why.
      const text = decodeBase64UrlLossy(encoded);
      return { ok: false, error: decodeError('ERR_BAD_UTF8', part), ...(text ? { text } : {}) };
    }
    const code = decoded.truncated ? 'ERR_TRUNCATED' : 'ERR_BAD_BASE64URL';
    return { ok: false, error: decodeError(code, part, offsetParams(decoded.offset)) };
  }
  const text = decoded.text;
  const json: JsonResult = parseJsonSafe(text);
  if (json.ok) return { ok: true, value: json.value };
  if (json.reason === 'too-deep') {
    return { ok: false, error: decodeError('ERR_TOO_DEEP', part, { offset: json.offset ?? 0 }) };
  }
  if (json.reason === 'truncated') {
    return { ok: false, error: decodeError('ERR_TRUNCATED', part), text };
  }
  const code = part === 'header' ? 'ERR_HEADER_NOT_JSON' : 'ERR_PAYLOAD_NOT_JSON';
  const params = json.offset === undefined ? undefined : { offset: json.offset };
  return { ok: false, error: decodeError(code, part, params), text };
}

/** A first segment whose first decoded byte is `{`: the value is trying to be a JOSE object. */
function startsLikeJoseHeader(value: string): boolean {
  // 'e' = 011110 and a second character of index ≥ 48 (w–z, 0–9, -, _) give 0x7B, '{'.
  return value.length > 1 && value.charCodeAt(0) === 0x65 && base64Index(value.charCodeAt(1)) >= 48;
}

function malformed(error: DecodeError, extra?: Partial<DecodedToken>): DecodedToken {
  return { format: 'malformed', ...extra, error };
}

/**
 * Nothing but base64url characters. For such parts our lenient pass does exactly what jose's
 * decoders do (same alphabet, fatal UTF-8, JSON.parse, plain-object test), so when it succeeds
 * jose's verdict is known to be "accepted" and calling jose would only repeat the work, which is
 * most of the cost of decoding a token. Every other token (padding, `+`/`/`, whitespace, any
 * failure) goes through jose. A property test checks the verdict equals jose's on random input.
 */
const CANONICAL = /^[\w-]+$/;

function strictVerdict(value: string, parts: string[]): StrictVerdict {
  // One call to each of jose's decoders: the header, then the claims set.
  let error: DecodeError | undefined;
  try {
    decodeProtectedHeader(value);
    decodeJwt(value);
  } catch (e) {
    error = toDecodeError(e, value);
  }
  if (!error) return { ok: true };
  // jose does not say where base64url goes wrong; we can.
  if (error.code === 'ERR_BAD_BASE64URL' && error.message.params?.offset === undefined) {
    const text = (error.part === 'header' ? parts[0] : parts[1]) ?? '';
    const at = firstNonBase64Url(text);
    error.message.params = { ...error.message.params, ...offsetParams(at < 0 ? text.length : at) };
  }
  return { ok: false, error };
}

type StrictVerdict = NonNullable<TokenReport['jws']>['strict'];

/**
 * jose's verdict on a JWS whose header and payload are canonical base64url and whose header our
 * lenient pass read as a JSON object, worked out from the lenient payload result (see
 * {@link CANONICAL}): jose builds an Error with a stack for every token it rejects, which made
 * broken tokens the dearest to decode. Its two checks we cannot mirror exactly are left to it:
 * bad UTF-8 (jose names it from the platform's TextDecoder message) and nesting deeper than our
 * limit (jose has none). Undefined then. A property test holds this equal to jose's own verdict.
 */
function canonicalVerdict(payload: PartResult, encoded: string): StrictVerdict | undefined {
  if (payload.ok) {
    return isJsonObject(payload.value)
      ? { ok: true }
      : { ok: false, error: decodeError('ERR_PAYLOAD_NOT_OBJECT', 'payload') };
  }
  switch (payload.error.code) {
    case 'ERR_TRUNCATED':
      // "Failed to base64url decode the payload" for a lone character past the last group (with
      // the offset strictVerdict adds), or JSON cut short. (An empty payload is not canonical.)
      if (encoded.length % 4 === 1) {
        const error = decodeError('ERR_BAD_BASE64URL', 'payload', offsetParams(encoded.length));
        return { ok: false, error };
      }
      return { ok: false, error: decodeError('ERR_PAYLOAD_NOT_JSON', 'payload') };
    case 'ERR_PAYLOAD_NOT_JSON':
      return { ok: false, error: decodeError('ERR_PAYLOAD_NOT_JSON', 'payload') };
    default:
      return undefined;
  }
}

function decodeJws(value: string, parts: string[]): DecodedToken {
  const [h = '', p = '', signature = ''] = parts;
  const canonical = CANONICAL.test(h) && CANONICAL.test(p);
  const header = decodePart(h, 'header', canonical);
  if (!header.ok) return malformed(header.error);
  if (!isJsonObject(header.value)) return malformed(decodeError('ERR_HEADER_NOT_OBJECT', 'header'));
  // Three parts under an encryption header: a JWE cut short (one chunk of an Auth.js cookie).
  if (isJweHeader(header.value)) return cutShort(parts);
  const payload = decodePart(p, 'payload', canonical);
  const strict = (canonical && canonicalVerdict(payload, p)) || strictVerdict(value, parts);
  if (!payload.ok) {
    return malformed(payload.error, {
      jws: { header: header.value, payload: payload.text, signature, strict },
    });
  }
  const jws = { header: header.value, payload: payload.value, signature, strict };
  if (!isJsonObject(payload.value)) {
    return malformed(decodeError('ERR_PAYLOAD_NOT_OBJECT', 'payload'), { jws });
  }
  const badAt = firstNonBase64Url(signature);
  if (badAt >= 0) {
    return malformed(decodeError('ERR_BAD_BASE64URL', 'signature', offsetParams(badAt)), { jws });
  }
  return { format: 'jws', jws };
}

function decodeJwe(value: string, parts: string[]): DecodedToken {
  const canonical = CANONICAL.test(parts[0] ?? '');
  const header = decodePart(parts[0] ?? '', 'header', canonical);
  if (!header.ok) return malformed(header.error);
  if (!isJsonObject(header.value)) return malformed(decodeError('ERR_HEADER_NOT_OBJECT', 'header'));
  // Five parts under a signing header is not a JWE: two values run together, most likely.
  if (!isJweHeader(header.value)) {
    return malformed(decodeError('ERR_NOT_A_JWT', 'whole', { parts: parts.length }));
  }
  if (!canonical) {
    try {
      decodeProtectedHeader(value);
    } catch (e) {
      return malformed(toDecodeError(e, value, 'header'), { jwe: { header: header.value } });
    }
  }
  return { format: 'jwe', jwe: { header: header.value } };
}

/**
 * Decodes a credential value. Surrounding whitespace is ignored; the rest is taken as is (use
 * `findTokensInValue` first for quoted, URL-encoded or JSON-wrapped values).
 *
 * - `jws`: three dot-separated parts with a JSON header and a JSON object payload.
 * - `jwe`: five parts; only the header is readable.
 * - `opaque`: anything that does not try to be a JOSE object (session ids, opaque tokens).
 * - `malformed`: tries to be a JOSE object but is broken; `error.code` says how.
 *
 * @example decodeToken('eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.').jws?.header.alg // 'none'
 */
export function decodeToken(raw: string): DecodedToken {
  if (typeof raw !== 'string') return malformed(decodeError('ERR_EMPTY', 'whole'));
  const value = raw.trim();
  if (value.length === 0) return malformed(decodeError('ERR_EMPTY', 'whole'));
  if (value.length > MAX_TOKEN_LENGTH) {
    return malformed(decodeError('ERR_TOO_LARGE', 'whole', sizeParams(value.length)));
  }
  if (!startsLikeJoseHeader(value)) {
    return jsonHeaderNotObject(value) ?? { format: 'opaque', opaque: describeOpaque(value) };
  }
  const parts = value.split('.');
  switch (parts.length) {
    case 3:
      return decodeJws(value, parts);
    case 5:
      return decodeJwe(value, parts);
    case 1:
      return decodeLone(value);
    case 2:
    case 4:
      return cutShort(parts);
    default:
      return malformed(decodeError('ERR_NOT_A_JWT', 'whole', { parts: parts.length }));
  }
}

function isJweHeader(header: Record<string, unknown>): boolean {
  return typeof header.enc === 'string';
}

/** Too few parts: say it was cut off, and show an encryption header if there is one. */
function cutShort(parts: string[]): DecodedToken {
  const error = decodeError('ERR_TRUNCATED', 'whole', { parts: parts.length });
  const header = decodePart(parts[0] ?? '', 'header');
  if (header.ok && isJsonObject(header.value) && isJweHeader(header.value)) {
    return malformed(error, { jwe: { header: header.value } });
  }
  return malformed(error);
}

/** One segment starting like a JOSE header: a JWT cut before its first dot, or just opaque. */
function decodeLone(value: string): DecodedToken {
  const header = decodePart(value, 'header');
  const cut =
    (header.ok && isJsonObject(header.value)) ||
    // `{"` then text that stops mid-JSON: the first chunk of a chunked cookie, for instance.
    (!header.ok && header.error.code === 'ERR_TRUNCATED' && value.startsWith('eyJ'));
  if (cut) return malformed(decodeError('ERR_TRUNCATED', 'whole', { parts: 1 }));
  // `{"` then a character no base64url has: a JWT whose dots were replaced (full-width `．`,
  // `%2E`) or whose text was mangled. Say where, instead of calling it opaque.
  if (!header.ok && header.error.code === 'ERR_BAD_BASE64URL' && value.startsWith('eyJ')) {
    return malformed(header.error);
  }
  return { format: 'opaque', opaque: describeOpaque(value) };
}

/**
 * Three or five base64url parts whose first decodes to JSON that is not an object (`[…]`, `42`,
 * `null`, `"…"`): a JWT attempt with a wrong header, not an opaque value. Undefined otherwise.
 */
function jsonHeaderNotObject(value: string): DecodedToken | undefined {
  const dot = value.indexOf('.');
  if (dot < 2) return undefined;
  const parts = value.split('.');
  if (parts.length !== 3 && parts.length !== 5) return undefined;
  const first = parts[0]!;
  if (!CANONICAL.test(first)) return undefined;
  const decoded = decodeBase64UrlText(first, true);
  if (!decoded.ok) return undefined;
  const json = parseJsonSafe(decoded.text);
  if (!json.ok || isJsonObject(json.value)) return undefined;
  return malformed(decodeError('ERR_HEADER_NOT_OBJECT', 'header'));
}

/** `offset` counts from 0 for code; `position` from 1 for people reading the message. */
function offsetParams(offset: number): Record<string, number> {
  return { offset, position: offset + 1 };
}

function sizeParams(length: number): Record<string, number> {
  return { length, max: MAX_TOKEN_LENGTH };
}

/**
 * Cheap shape test, no decoding: a JWS (3 parts) or JWE (5 parts) whose header starts `eyJ`
 * (`{"`) and whose characters are all base64url.
 *
 * @example looksLikeJwt('eyJhbGciOiJIUzI1NiJ9.e30.c2ln') // true
 */
export function looksLikeJwt(raw: string): boolean {
  if (typeof raw !== 'string' || raw.length < 6 || raw.length > MAX_TOKEN_LENGTH) return false;
  if (!raw.startsWith('eyJ')) return false;
  let dots = 0;
  for (let i = 3; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x2e) {
      if (++dots > 4) return false;
    } else if (base64Index(c) > 63 || c === 0x2b || c === 0x2f) {
      return false;
    }
  }
  return dots === 2 || dots === 4;
}
