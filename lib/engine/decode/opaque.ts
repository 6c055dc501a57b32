/**
 * What can be said about a value that carries no readable structure (a session id, an opaque
 * access token): how long it is, which characters it uses, and roughly how hard it is to guess.
 */

export interface OpaqueDescription {
  length: number;
  /** `digits`, `hex`, `uuid`, `alphanumeric`, `base64url`, `base64`, `ascii` or `unicode`. */
  alphabet: string;
  /** Estimated entropy in bits (rounded down). */
  entropyBits: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const Has = {
  Digit: 1,
  Lower: 2,
  Upper: 4,
  /** `-` or `_` */
  Url: 8,
  /** `+`, `/` or `=` */
  Std: 16,
  /** other printable ASCII */
  Other: 32,
  NonAscii: 64,
  /** a letter outside a–f / A–F */
  NonHexLetter: 128,
} as const;

/** Characters each alphabet could have produced: the base of a random-guess estimate. */
const ALPHABET_SIZE: Record<string, number> = {
  digits: 10,
  hex: 16,
  alphanumeric: 62,
  base64url: 64,
  base64: 64,
  ascii: 95,
  unicode: 256,
};

function classify(value: string): string {
  let seen = 0;
  let upperHex = false;
  let lowerHex = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) seen |= Has.Digit;
    else if (c >= 0x61 && c <= 0x7a) {
      seen |= Has.Lower;
      if (c > 0x66) seen |= Has.NonHexLetter;
      else lowerHex = true;
    } else if (c >= 0x41 && c <= 0x5a) {
      seen |= Has.Upper;
      if (c > 0x46) seen |= Has.NonHexLetter;
      else upperHex = true;
    } else if (c === 0x2d || c === 0x5f) seen |= Has.Url;
    else if (c === 0x2b || c === 0x2f || c === 0x3d) seen |= Has.Std;
    else if (c >= 0x20 && c < 0x7f) seen |= Has.Other;
    else seen |= Has.NonAscii;
  }
  if (seen & Has.NonAscii) return 'unicode';
  if (seen & Has.Other || (seen & Has.Url && seen & Has.Std)) return 'ascii';
  if (seen & Has.Std) return 'base64';
  if (seen & Has.Url) return 'base64url';
  if (seen === Has.Digit) return 'digits';
  // Mixed-case hex is not a hex encoding anyone uses; treat it as alphanumeric.
  if (!(seen & Has.NonHexLetter) && !(upperHex && lowerHex)) return 'hex';
  return 'alphanumeric';
}

/** Per ASCII character, how often it occurs: one table for every call, cleared after use. */
const asciiCounts = new Uint32Array(128);
/** The distinct ASCII characters of the value, in the order first seen. */
const asciiOrder: number[] = [];

/**
 * Shannon entropy of the observed characters, in bits per character. The terms are summed in
 * the order each character first occurs, whichever path counts them, so the result is the same
 * to the last bit; ASCII values (nearly all) are counted in a reused table instead of a new Map.
 */
function observedBitsPerChar(value: string): number {
  let distinct = 0;
  let ascii = true;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 128) {
      ascii = false;
      break;
    }
    const seen = asciiCounts[c]!;
    if (seen === 0) asciiOrder[distinct++] = c;
    asciiCounts[c] = seen + 1;
  }
  let bits = 0;
  for (let k = 0; k < distinct; k++) {
    const c = asciiOrder[k]!;
    if (ascii) {
      const p = asciiCounts[c]! / value.length;
      bits -= p * Math.log2(p);
    }
    asciiCounts[c] = 0;
  }
  return ascii ? bits : observedBitsPerCharAnyText(value);
}

function observedBitsPerCharAnyText(value: string): number {
  const counts = new Map<number, number>();
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/**
 * Describes an opaque value. The entropy estimate is the smaller of "random over its alphabet"
 * and "what its own character spread shows", so `aaaaaaaaaaaaaaaa` is not praised as 64 bits.
 * A UUID counts as 122 random bits (version 4), the best a UUID can offer.
 *
 * @example describeOpaque('3f2a9c0d1e4b5a6f') // { length: 16, alphabet: 'hex', entropyBits: ~56 }
 */
export function describeOpaque(value: string): OpaqueDescription {
  const length = value.length;
  if (length === 0) return { length: 0, alphabet: 'ascii', entropyBits: 0 };
  if (length === 36 && UUID.test(value)) {
    const bits = Math.min(122, Math.floor(observedBitsPerChar(value.replace(/-/g, '')) * 32));
    return { length, alphabet: 'uuid', entropyBits: bits };
  }
  const alphabet = classify(value);
  const perChar = Math.min(Math.log2(ALPHABET_SIZE[alphabet] ?? 95), observedBitsPerChar(value));
  return { length, alphabet, entropyBits: Math.floor(perChar * length) };
}
