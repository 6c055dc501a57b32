/**
 * Lenient base64url decoding that says exactly where input goes wrong. Both alphabets (`-_` and
 * `+/`) and `=` padding are accepted: real tokens and Basic credentials carry either, and the
 * strict view (jose) reports the difference.
 */

export type Base64Result =
  { ok: true; bytes: Uint8Array } | { ok: false; offset: number; truncated: boolean };

const INVALID = 255;
const TABLE = new Uint8Array(128).fill(INVALID);
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
for (let i = 0; i < ALPHABET.length; i++) TABLE[ALPHABET.charCodeAt(i)] = i;
TABLE[0x2d] = 62; // -
TABLE[0x5f] = 63; // _
const PLUS = 0x2b;
const SLASH = 0x2f;
TABLE[PLUS] = 62;
TABLE[SLASH] = 63;
const EQUALS = 0x3d;

/** Index (0–63) of a base64/base64url character, or 255. */
export function base64Index(code: number): number {
  return code < 128 ? TABLE[code]! : INVALID;
}

/**
 * Decodes base64url (or base64) text to bytes.
 *
 * @example decodeBase64Url('eyJhIjoxfQ') // { ok: true, bytes: <{"a":1}> }
 * @example decodeBase64Url('ab$c') // { ok: false, offset: 2, truncated: false }
 */
export function decodeBase64Url(text: string): Base64Result {
  let end = text.length;
  // Up to two `=` of padding; more, or `=` elsewhere, is an invalid character below.
  if (end > 0 && text.charCodeAt(end - 1) === EQUALS) {
    end--;
    if (end > 0 && text.charCodeAt(end - 1) === EQUALS) end--;
  }
  // A character outside the alphabet is the better reason: a stray `$` also leaves the length
  // one past a group, and "cut short" would send the user looking in the wrong place.
  const bad = firstNonAlphabet(text, end);
  if (bad >= 0) return { ok: false, offset: bad, truncated: false };
  // One leftover character carries only 6 bits: no whole byte, so the text was cut short.
  if (end % 4 === 1) return { ok: false, offset: end - 1, truncated: true };
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  let o = 0;
  let i = 0;
  const whole = end - (end % 4);
  for (; i < whole; i += 4) {
    const a = base64Index(text.charCodeAt(i));
    const b = base64Index(text.charCodeAt(i + 1));
    const c = base64Index(text.charCodeAt(i + 2));
    const d = base64Index(text.charCodeAt(i + 3));
    // 255 marks an invalid character; OR-ing keeps a bit above 63 if any of the four is one.
    if ((a | b | c | d) > 63) {
      return { ok: false, offset: firstInvalid(text, i), truncated: false };
    }
    out[o++] = (a << 2) | (b >> 4);
    out[o++] = ((b & 15) << 4) | (c >> 2);
    out[o++] = ((c & 3) << 6) | d;
  }
  const rest = end - i;
  if (rest > 0) {
    const a = base64Index(text.charCodeAt(i));
    const b = base64Index(text.charCodeAt(i + 1));
    const c = rest === 3 ? base64Index(text.charCodeAt(i + 2)) : 0;
    if ((a | b | c) > 63) return { ok: false, offset: firstInvalid(text, i), truncated: false };
    out[o++] = (a << 2) | (b >> 4);
    if (rest === 3) out[o++] = ((b & 15) << 4) | (c >> 2);
  }
  return { ok: true, bytes: o === out.length ? out : out.subarray(0, o) };
}

function firstNonAlphabet(text: string, end: number): number {
  for (let i = 0; i < end; i++) if (base64Index(text.charCodeAt(i)) > 63) return i;
  return -1;
}

function firstInvalid(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (base64Index(text.charCodeAt(i)) > 63) return i;
  }
  return from;
}

/**
 * Index of the first character outside the base64url alphabet (padding and `+`/`/` count as
 * outside), or -1 when there is none.
 */
export function firstNonBase64Url(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === PLUS || c === SLASH || base64Index(c) > 63) return i;
  }
  return -1;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8, or returns undefined when the bytes are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}

const lossyUtf8 = new TextDecoder('utf-8');

/**
 * What a browser would show for bytes that are not valid UTF-8: each bad sequence becomes U+FFFD.
 * For display only, next to the ERR_BAD_UTF8 reason; `undefined` when the text is not base64url.
 *
 * @example decodeBase64UrlLossy('_w') // '\uFFFD'
 */
export function decodeBase64UrlLossy(encoded: string): string | undefined {
  const bytes = decodeBase64Url(encoded);
  return bytes.ok ? lossyUtf8.decode(bytes.bytes) : undefined;
}

export type TextResult =
  | { ok: true; text: string }
  | { ok: false; reason: 'base64'; offset: number; truncated: boolean }
  | { ok: false; reason: 'utf8' };

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Decodes base64url to UTF-8 text: the hot path of token decoding. The platform's native `atob`
 * does the bulk work (tens of times faster than a JavaScript loop); only when it refuses do we
 * run our own decoder to say where the input goes wrong. ASCII output, the common case for JWTs,
 * skips the UTF-8 decoder entirely. `canonical` says the caller already knows the text holds only
 * base64url characters.
 *
 * @example decodeBase64UrlText('eyJhIjoxfQ') // { ok: true, text: '{"a":1}' }
 */
export function decodeBase64UrlText(encoded: string, canonical = false): TextResult {
  // A lone trailing character cannot be decoded; answering here spares atob a costly exception.
  if (canonical && encoded.length % 4 === 1) {
    return { ok: false, reason: 'base64', offset: encoded.length - 1, truncated: true };
  }
  let binary: string;
  try {
    binary = atob(encoded.replaceAll('-', '+').replaceAll('_', '/'));
  } catch {
    const slow = decodeBase64Url(encoded);
    if (!slow.ok) {
      return { ok: false, reason: 'base64', offset: slow.offset, truncated: slow.truncated };
    }
    const text = decodeUtf8(slow.bytes);
    return text === undefined ? { ok: false, reason: 'utf8' } : { ok: true, text };
  }
  if (!NON_ASCII.test(binary)) return { ok: true, text: binary };
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const text = decodeUtf8(bytes);
  return text === undefined ? { ok: false, reason: 'utf8' } : { ok: true, text };
}
