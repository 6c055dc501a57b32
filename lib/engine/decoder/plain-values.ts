/**
 * What a value with no token format looks like: nothing (empty, whitespace), not a token at all
 * (punctuation, a word, a sentence), or an opaque value of a known shape (UUID with its version,
 * a hex digest by its length, base64 of JSON or of text), else a random-looking string whose
 * entropy is given only when it is long enough for the figure to mean something.
 */
import { decodeBase64Url, decodeUtf8 } from '@/lib/engine/decode/base64url';
import { describeOpaque } from '@/lib/engine/decode/opaque';
import { valueDecodings } from './value-decodings';

export type PlainLook =
  | { kind: 'empty'; whitespace: number }
  | { kind: 'punctuation' }
  | { kind: 'word' }
  | { kind: 'text'; words: number }
  | { kind: 'uuid'; version: number; variant: string; time?: number }
  | { kind: 'hex-digest'; bytes: number; algorithm: string }
  | { kind: 'base64-json'; json: string }
  | { kind: 'base64-text'; text: string }
  | { kind: 'opaque'; length: number; alphabet: string; entropyBits?: number };

/** Shorter values are too short for an entropy figure to say anything about guessing them. */
const MIN_ENTROPY_LENGTH = 16;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX = /^(?:[0-9a-f]+|[0-9A-F]+)$/;
/** Digest sizes in hex characters, by the hash whose output has that size. */
const DIGESTS: Readonly<Record<number, string>> = {
  32: 'MD5',
  40: 'SHA-1',
  56: 'SHA-224',
  64: 'SHA-256',
  96: 'SHA-384',
  128: 'SHA-512',
};
const PUNCTUATION = /^[\p{P}\p{S}\s]+$/u;
const WORD = /^[\p{L}\p{M}][\p{L}\p{M}'’-]*[.,!?:;]*$/u;
/** A single word: letters only, one case after the first letter, short. */
const ONE_WORD = /^(?:\p{Lu}?\p{Ll}{1,19}|\p{Lu}{2,12}|\p{Lo}{1,20})$/u;
const MAX_WORD_TEXT = 64 * 1024;

/** RFC 9562 §4.1 variant, from the first hex digit of the fourth group. */
function uuidVariant(digit: number): string {
  if (digit < 8) return 'NCS';
  if (digit < 12) return 'RFC 9562';
  if (digit < 14) return 'Microsoft';
  return 'reserved';
}

/** The time a v1, v6 or v7 UUID carries (RFC 9562 §5.1, §5.6, §5.7), in ms since the epoch. */
function uuidTime(hex: string, version: number): number | undefined {
  if (version === 7) return parseInt(hex.slice(0, 12), 16);
  let ticks: string | undefined;
  if (version === 1) ticks = hex.slice(13, 16) + hex.slice(8, 12) + hex.slice(0, 8);
  if (version === 6) ticks = hex.slice(0, 12) + hex.slice(13, 16);
  if (ticks === undefined) return undefined;
  // 100 ns intervals since 1582-10-15, the Gregorian reform; 12,219,292,800 s before 1970.
  return Math.round(parseInt(ticks, 16) / 10_000 - 12_219_292_800_000);
}

function uuidLook(value: string): PlainLook {
  const hex = value.replace(/-/g, '').toLowerCase();
  const version = parseInt(hex[12]!, 16);
  const variant = uuidVariant(parseInt(hex[16]!, 16));
  const time = variant === 'RFC 9562' ? uuidTime(hex, version) : undefined;
  return { kind: 'uuid', version, variant, ...(time === undefined ? {} : { time }) };
}

/** Plain words and sentences: most space-separated chunks are words, and there are two or more. */
function textLook(value: string): PlainLook | undefined {
  if (value.length > MAX_WORD_TEXT) return undefined;
  if (ONE_WORD.test(value)) return { kind: 'word' };
  const chunks = value.split(/\s+/);
  if (chunks.length < 2) return undefined;
  const words = chunks.filter((c) => WORD.test(c)).length;
  return words >= 2 && words / chunks.length >= 0.6
    ? { kind: 'text', words: chunks.length }
    : undefined;
}

function base64Look(value: string): PlainLook | undefined {
  const steps = valueDecodings(value);
  const json = steps.find((s) => s.kind === 'json');
  if (steps[0]?.kind === 'base64' && json) return { kind: 'base64-json', json: json.text };
  if (steps[0]?.kind === 'base64' && steps.length === 1) {
    // Raw bytes that happen to be printable are rare past a few characters; check they round-trip.
    const bytes = decodeBase64Url(value);
    const text = bytes.ok ? decodeUtf8(bytes.bytes) : undefined;
    if (text !== undefined && /\p{L}{2}/u.test(text)) return { kind: 'base64-text', text };
  }
  return undefined;
}

function opaqueLook(value: string): PlainLook {
  const { length, alphabet, entropyBits } = describeOpaque(value);
  return length < MIN_ENTROPY_LENGTH
    ? { kind: 'opaque', length, alphabet }
    : { kind: 'opaque', length, alphabet, entropyBits };
}

/**
 * What `raw` looks like when it is no token format. Always answers: `opaque` is the last resort.
 *
 * @example plainLook('..') // { kind: 'punctuation' }
 * @example plainLook('d41d8cd98f00b204e9800998ecf8427e') // { kind: 'hex-digest', bytes: 16, algorithm: 'MD5' }
 */
export function plainLook(raw: string): PlainLook {
  const value = raw.trim();
  if (value === '') return { kind: 'empty', whitespace: raw.length };
  if (PUNCTUATION.test(value)) return { kind: 'punctuation' };
  if (value.length === 36 && UUID.test(value)) return uuidLook(value);
  const digest = DIGESTS[value.length];
  if (digest && HEX.test(value))
    return { kind: 'hex-digest', bytes: value.length / 2, algorithm: digest };
  return textLook(value) ?? base64Look(value) ?? opaqueLook(value);
}
