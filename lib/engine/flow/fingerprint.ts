/**
 * A credential's short fingerprint: the first 8 hex digits of the SHA-256 of its value (UTF-8),
 * so two tokens that look alike on screen can be told apart without showing either value.
 * Synchronous because the engine is: `analyze` and the views built on it never await.
 */
import { sha256 } from '../hash/sha2';

/**
 * SHA-256 of a string's UTF-8 bytes, as 64 hex digits.
 *
 * @example sha256Hex('abc') // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
function sha256Hex(text: string): string {
  return [...sha256(new TextEncoder().encode(text))]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('');
}

/** The first 8 hex digits of the value's SHA-256: what Flow shows beside each credential. */
export function fingerprintOf(value: string): string {
  return sha256Hex(value).slice(0, 8);
}
