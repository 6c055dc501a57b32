/**
 * Two encrypted token formats that carry a readable timestamp: Fernet (fernet-spec: version 0x80,
 * 8-byte issued-at seconds, 16-byte IV, AES-128-CBC ciphertext, 32-byte HMAC-SHA256, all
 * base64url) and Branca (branca-spec: version 0xBA, 4-byte issued-at seconds, 24-byte nonce,
 * XChaCha20-Poly1305 ciphertext and 16-byte tag, all base62). Their content needs the key; their
 * time and layout do not.
 */
import baseX from 'base-x';
import { decodeBase64Url } from '@/lib/engine/decode/base64url';

type SealedProblem = 'too-short' | 'bad-length';

export interface SealedReading {
  format: 'fernet' | 'branca';
  /** Issued-at, in ms since the epoch. */
  issuedAt?: number;
  /** The IV (Fernet) or nonce (Branca), in hex. */
  nonce?: string;
  ciphertextBytes?: number;
  /** The HMAC (Fernet) or Poly1305 tag (Branca) length. */
  tagBytes?: number;
  problem?: { code: SealedProblem; need?: number; got?: number };
}

const BASE62 = baseX('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz');
/** 0x80 then the top bytes of a timestamp before 2^40 s: every Fernet token made today. */
const FERNET_START = /^gAAAAA[A-Za-z0-9_-]*={0,2}$/;
const FERNET_MIN = 1 + 8 + 16 + 16 + 32;
const BRANCA_CHARS = /^[0-9A-Za-z]+$/;
const BRANCA_MIN = 1 + 4 + 24 + 16;
/** Base62 of 45 bytes takes at least 61 characters; Branca tokens are longer than any word. */
const BRANCA_MIN_CHARS = 61;
/**
 * base-x is quadratic in the length (8 KB took 190 ms, 1 KB a few): Branca tokens carry ids and
 * small claims, about 700 bytes of payload at this length, so longer base62 is left unread.
 */
const BRANCA_MAX_CHARS = 1024;

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function uint(bytes: Uint8Array, from: number, length: number): number {
  let n = 0;
  for (let i = from; i < from + length; i++) n = n * 256 + bytes[i]!;
  return n;
}

/**
 * Reads `value` as Fernet when it starts as every Fernet token does (`gAAAAA`); undefined else.
 *
 * @example readFernet('gAAAAABp…')?.issuedAt // 1767225600000
 */
export function readFernet(value: string): SealedReading | undefined {
  if (!FERNET_START.test(value)) return undefined;
  const decoded = decodeBase64Url(value);
  if (!decoded.ok) return undefined;
  const bytes = decoded.bytes;
  if (bytes.length < FERNET_MIN) {
    return {
      format: 'fernet',
      problem: { code: 'too-short', need: FERNET_MIN, got: bytes.length },
    };
  }
  const issuedAt = uint(bytes, 1, 8) * 1000;
  const ciphertextBytes = bytes.length - FERNET_MIN + 16;
  const reading: SealedReading = {
    format: 'fernet',
    issuedAt,
    nonce: hex(bytes.subarray(9, 25)),
    ciphertextBytes,
    tagBytes: 32,
  };
  // AES-CBC works in 16-byte blocks, with at least one block of padding.
  if (ciphertextBytes % 16 !== 0)
    return { ...reading, problem: { code: 'bad-length', got: ciphertextBytes } };
  return reading;
}

/**
 * Reads `value` as Branca when it is base62 that decodes to version byte 0xBA; undefined else.
 *
 * @example readBranca(brancaToken)?.format // 'branca'
 */
export function readBranca(value: string): SealedReading | undefined {
  if (value.length < BRANCA_MIN_CHARS || value.length > BRANCA_MAX_CHARS) return undefined;
  if (!BRANCA_CHARS.test(value)) return undefined;
  const bytes = BASE62.decodeUnsafe(value);
  if (!bytes || bytes[0] !== 0xba || bytes.length < BRANCA_MIN) return undefined;
  return {
    format: 'branca',
    issuedAt: uint(bytes, 1, 4) * 1000,
    nonce: hex(bytes.subarray(5, 29)),
    ciphertextBytes: bytes.length - BRANCA_MIN,
    tagBytes: 16,
  };
}
