/**
 * sha512.wat's HMAC-SHA-512/384 in WebAssembly, whose native 64-bit integers make it several times
 * faster than the JS over 32-bit halves (sha512.ts). The module is 2 KB, carried as base64 so that
 * every bundle (extension worker, Node bench, unit tests) gets it without a fetch.
 */
import { SHA512_WASM_BASE64 } from './sha512-wasm-bytes';

/** The exports of sha512.wat (addresses are byte offsets into `memory`). */
interface Sha512Wasm {
  memory: WebAssembly.Memory;
  /** The first candidate in `from … to-1` whose MAC is the words at {@link EXPECTED_AT}, or -1. */
  search: (
    from: number,
    to: number,
    message: number,
    blocks: number,
    outWords: number,
    bytes: number,
    starts: number,
  ) => number;
}

/** Where sha512.wat reads the hash's initial value (8 words). */
export const IV_AT = 640;
/** Where sha512.wat reads the MAC searched for. */
export const EXPECTED_AT = 704;
/** The first byte sha512.wat leaves to its caller. */
export const FREE_AT = 2048;

export type Sha512WasmResult = { ok: true; wasm: Sha512Wasm } | { ok: false; reason: string };

let compiled: { ok: true; module: WebAssembly.Module } | { ok: false; reason: string } | undefined;

/**
 * A new instance of the module, with memory of its own, or why there is none: no WebAssembly in
 * this runtime, or a content security policy without `'wasm-unsafe-eval'`. The module compiles
 * once per thread (synchronously: it is far below the 4 KB Chrome allows on a page's own thread).
 */
export function instantiateSha512Wasm(): Sha512WasmResult {
  compiled ??= compile();
  if (!compiled.ok) return compiled;
  try {
    const instance = new WebAssembly.Instance(compiled.module);
    return { ok: true, wasm: instance.exports as unknown as Sha512Wasm };
  } catch (error) {
    return { ok: false, reason: String(error) };
  }
}

function compile(): { ok: true; module: WebAssembly.Module } | { ok: false; reason: string } {
  try {
    if (typeof WebAssembly === 'undefined') return { ok: false, reason: 'no WebAssembly' };
    const bytes = Uint8Array.from(atob(SHA512_WASM_BASE64), (c) => c.charCodeAt(0));
    return { ok: true, module: new WebAssembly.Module(bytes) };
  } catch (error) {
    return { ok: false, reason: String(error) };
  }
}

/**
 * Writes (high, low) Int32 pairs, as sha512.ts keeps 64-bit words, into `memory` at byte `at` as
 * the native little-endian 64-bit words sha512.wat reads.
 */
export function writeWords(memory: WebAssembly.Memory, at: number, pairs: Int32Array): void {
  const view = new Int32Array(memory.buffer, at, pairs.length);
  for (let i = 0; i < pairs.length; i += 2) {
    view[i] = pairs[i + 1]!;
    view[i + 1] = pairs[i]!;
  }
}

/** Grows `memory` to hold at least `bytes` bytes. */
export function ensureMemory(memory: WebAssembly.Memory, bytes: number): void {
  const missing = bytes - memory.buffer.byteLength;
  if (missing > 0) memory.grow(Math.ceil(missing / 65536));
}
