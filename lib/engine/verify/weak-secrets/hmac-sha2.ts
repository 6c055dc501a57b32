import { digestBytes, paddedSchedules, sha2Digest, sha2For, type Sha2 } from '../../hash/sha2';

export type HmacAlg = 'HS256' | 'HS384' | 'HS512';

const IPAD = 0x36363636;
const OPAD = 0x5c5c5c5c;

/**
 * HMAC-SHA-2 (RFC 2104) of one fixed message under many keys. The message's blocks are padded
 * and their schedules expanded once, and the outer block's padding is fixed too, so each key
 * costs only the rounds: two key blocks, the message blocks and one outer block.
 *
 * @example new FixedMessageHmac('HS256', bytes).digest(utf8('secret')) // 32 bytes
 */
export class FixedMessageHmac {
  readonly hash: Sha2;
  /** The message's padded, expanded schedules, one block after another. */
  readonly message: Int32Array;
  private readonly messageBlocks: number;
  /** The outer hash's one block after the key: the inner digest's slots are filled per key. */
  private readonly outerTemplate: Int32Array;
  private readonly schedule: Int32Array;
  private readonly keyWords: Int32Array;
  /** The inner state, then the outer state: the digest lives here after `run`. */
  private readonly inner: Int32Array;
  readonly outer: Int32Array;

  constructor(alg: HmacAlg, message: Uint8Array) {
    const hash = sha2For(alg);
    this.hash = hash;
    this.message = paddedSchedules(hash, message, hash.blockBytes);
    this.messageBlocks = this.message.length / hash.scheduleWords;
    const innerDigest = new Uint8Array(hash.outBytes);
    this.outerTemplate = paddedSchedules(hash, innerDigest, hash.blockBytes);
    this.schedule = new Int32Array(hash.scheduleWords);
    this.keyWords = new Int32Array(hash.blockBytes / 4);
    this.inner = new Int32Array(hash.stateWords);
    this.outer = new Int32Array(hash.stateWords);
  }

  /**
   * Computes the MAC under `key[start … start+length)`; the digest's words are then in
   * `this.outer` (big-endian Int32, the first `outBytes / 4` of them).
   */
  run(key: Uint8Array, start: number, length: number): void {
    const { hash, schedule, keyWords, inner, outer } = this;
    if (length > hash.blockBytes) {
      const hashed = sha2Digest(hash, key.subarray(start, start + length));
      this.loadKey(hashed, 0, hashed.length);
    } else {
      this.loadKey(key, start, length);
    }
    const blockWords = keyWords.length;
    for (let i = 0; i < blockWords; i++) schedule[i] = keyWords[i]! ^ IPAD;
    hash.expand(schedule, 0);
    inner.set(hash.iv);
    hash.rounds(inner, schedule, 0);
    for (let b = 0; b < this.messageBlocks; b++) hash.rounds(inner, this.message, b);
    for (let i = 0; i < blockWords; i++) schedule[i] = keyWords[i]! ^ OPAD;
    hash.expand(schedule, 0);
    outer.set(hash.iv);
    hash.rounds(outer, schedule, 0);
    schedule.set(this.outerTemplate.subarray(0, blockWords));
    for (let i = 0; i < hash.outBytes / 4; i++) schedule[i] = inner[i]!;
    hash.expand(schedule, 0);
    hash.rounds(outer, schedule, 0);
  }

  /** The MAC of the message under `key`, as bytes. */
  digest(key: Uint8Array): Uint8Array {
    this.run(key, 0, key.length);
    return digestBytes(this.hash, this.outer);
  }

  /** Big-endian words of `key` zero-padded to one block. */
  private loadKey(key: Uint8Array, start: number, length: number): void {
    const words = this.keyWords;
    words.fill(0);
    for (let i = 0; i < length; i++) {
      words[i >> 2]! |= key[start + i]! << (24 - ((i & 3) << 3));
    }
  }
}

/** HMAC-SHA-2 of `message` under `key`, computed in plain JS (synchronous). */
export function hmacSha2(alg: HmacAlg, key: Uint8Array, message: Uint8Array): Uint8Array {
  return new FixedMessageHmac(alg, message).digest(key);
}
