/** SHA-2 (FIPS 180-4) in plain JS, synchronous: for HMAC in the weak-secret search and for fingerprints. */
import { expand256, rounds256, SHA256_IV } from './sha256';
import { expand512, rounds512, SHA384_IV, SHA512_IV } from './sha512';

/** One SHA-2 function as HMAC needs it: block and digest sizes, and its two steps. */
export interface Sha2 {
  /** Block size B in bytes (64 or 128): also the HMAC key block. */
  blockBytes: number;
  /** Digest length in bytes (32, 48, 64). */
  outBytes: number;
  /** Bytes of the message-length field that ends the padding (8 or 16). */
  lengthBytes: number;
  /** Int32 slots of one expanded schedule (64, or 80 pairs = 160). */
  scheduleWords: number;
  /** Int32 slots of the state (8, or 8 pairs = 16). */
  stateWords: number;
  iv: Int32Array;
  /** Expands the schedule whose first block's words sit at slot `o × scheduleWords`. */
  expand: (w: Int32Array, block: number) => void;
  rounds: (state: Int32Array, w: Int32Array, block: number) => void;
}

const SHA256: Sha2 = {
  blockBytes: 64,
  outBytes: 32,
  lengthBytes: 8,
  scheduleWords: 64,
  stateWords: 8,
  iv: SHA256_IV,
  expand: (w, block) => expand256(w, block * 64),
  rounds: (state, w, block) => rounds256(state, w, block * 64),
};

const SHA512: Sha2 = {
  blockBytes: 128,
  outBytes: 64,
  lengthBytes: 16,
  scheduleWords: 160,
  stateWords: 16,
  iv: SHA512_IV,
  expand: (w, block) => expand512(w, block * 80),
  rounds: (state, w, block) => rounds512(state, w, block * 80),
};

const SHA384: Sha2 = { ...SHA512, outBytes: 48, iv: SHA384_IV };

/** The hash of an HMAC JWS algorithm (RFC 7518 §3.2). */
export function sha2For(alg: 'HS256' | 'HS384' | 'HS512'): Sha2 {
  return alg === 'HS256' ? SHA256 : alg === 'HS384' ? SHA384 : SHA512;
}

/**
 * Pads `message` as if `prefixBytes` bytes came before it (FIPS 180-4 §5.1) and returns the
 * expanded schedules of its blocks, one after another.
 */
export function paddedSchedules(hash: Sha2, message: Uint8Array, prefixBytes: number): Int32Array {
  const { blockBytes, lengthBytes, scheduleWords } = hash;
  const blocks = Math.ceil((message.length + 1 + lengthBytes) / blockBytes);
  const bytes = new Uint8Array(blocks * blockBytes);
  bytes.set(message);
  bytes[message.length] = 0x80;
  const bits = (prefixBytes + message.length) * 8;
  const view = new DataView(bytes.buffer);
  // Messages here stay far below 2^53 bits: the high words of the length field are zero.
  view.setUint32(bytes.length - 8, Math.floor(bits / 2 ** 32));
  view.setUint32(bytes.length - 4, bits >>> 0);
  const w = new Int32Array(blocks * scheduleWords);
  const wordsPerBlock = blockBytes / 4;
  for (let b = 0; b < blocks; b++) {
    for (let i = 0; i < wordsPerBlock; i++) {
      w[b * scheduleWords + i] = view.getInt32(b * blockBytes + i * 4);
    }
    hash.expand(w, b);
  }
  return w;
}

/** The state words as big-endian bytes, cut to the digest length. */
export function digestBytes(hash: Sha2, state: Int32Array): Uint8Array {
  const out = new Uint8Array(hash.outBytes);
  const view = new DataView(out.buffer);
  for (let i = 0; i < hash.outBytes / 4; i++) view.setInt32(i * 4, state[i]!);
  return out;
}

/** The plain hash of `message` (also for HMAC keys longer than a block, RFC 2104 §2). */
export function sha2Digest(hash: Sha2, message: Uint8Array): Uint8Array {
  const w = paddedSchedules(hash, message, 0);
  const state = hash.iv.slice();
  const blocks = w.length / hash.scheduleWords;
  for (let b = 0; b < blocks; b++) hash.rounds(state, w, b);
  return digestBytes(hash, state);
}

/** SHA-256 of `message`, synchronously (the engine never awaits; WebCrypto's digest is async). */
export function sha256(message: Uint8Array): Uint8Array {
  return sha2Digest(SHA256, message);
}
