import { isHmacAlg } from '../algorithms';
import { splitJws } from '../jws-parts';
import type { CandidateList } from './candidate-list';
import { FixedMessageHmac, type HmacAlg } from './hmac-sha2';
import { wasmBatchSearch } from './wasm-search';

/** A token's HMAC signature, ready to be checked against many candidate secrets. */
export interface HmacTarget {
  alg: HmacAlg;
  hmac: FixedMessageHmac;
  /** The signature as big-endian Int32 words. */
  expected: Int32Array;
}

/** Why a token cannot be searched for a guessable secret. */
export type WeakSecretErrorCode = 'ERR_NOT_JWS' | 'ERR_NOT_HMAC' | 'ERR_SIGNATURE_LENGTH';

export type WeakSecretOutcome =
  | { status: 'found'; secret: string; index: number; tried: number }
  | { status: 'not-found'; tried: number }
  | { status: 'cancelled'; tried: number }
  | { status: 'error'; code: WeakSecretErrorCode; alg?: string };

/**
 * Precomputes what every candidate shares: the signing input's padded, expanded blocks and the
 * signature words. Only HS256/384/512 tokens with a signature of the digest's length qualify.
 */
export function hmacTarget(
  token: string,
): { ok: true; target: HmacTarget } | { ok: false; code: WeakSecretErrorCode; alg?: string } {
  const split = splitJws(token);
  if (!split.ok) return { ok: false, code: 'ERR_NOT_JWS' };
  const { alg, signingInput, signature } = split.parts;
  if (typeof alg !== 'string' || !isHmacAlg(alg)) {
    return { ok: false, code: 'ERR_NOT_HMAC', ...(typeof alg === 'string' ? { alg } : {}) };
  }
  const hmac = new FixedMessageHmac(alg, signingInput);
  if (signature.length !== hmac.hash.outBytes)
    return { ok: false, code: 'ERR_SIGNATURE_LENGTH', alg };
  const view = new DataView(signature.buffer, signature.byteOffset, signature.byteLength);
  const expected = new Int32Array(signature.length / 4);
  for (let i = 0; i < expected.length; i++) expected[i] = view.getInt32(i * 4);
  return { ok: true, target: { alg, hmac, expected } };
}

/**
 * Tries candidates `from` … `to - 1` and returns the index of the first whose HMAC equals the
 * signature, or -1. Synchronous, so a worker runs it in slices between progress messages.
 */
export function searchBatch(
  target: HmacTarget,
  list: CandidateList,
  from: number,
  to: number,
): number {
  const { hmac, expected } = target;
  const { bytes, starts } = list;
  const out = hmac.outer;
  const first = expected[0]!;
  const end = Math.min(to, list.words.length);
  for (let i = from; i < end; i++) {
    const start = starts[i]!;
    hmac.run(bytes, start, starts[i + 1]! - 1 - start);
    if (out[0] === first && sameWords(out, expected)) return i;
  }
  return -1;
}

function sameWords(state: Int32Array, expected: Int32Array): boolean {
  for (let i = 1; i < expected.length; i++) if (state[i] !== expected[i]) return false;
  return true;
}

/** What computes the MACs: sha512.wat for HS384/HS512 where WebAssembly runs, else plain JS. */
export type SearchEngine = 'wasm' | 'js';

export interface SearchOptions {
  /** Candidates per slice between progress reports and cancel checks. */
  batchSize?: number;
  /** Called after each slice with how many candidates were tried so far. */
  onProgress?: (tried: number, total: number) => void;
  /** Aborting stops the search at the next slice. */
  signal?: AbortSignal;
  /** Called once before the first slice with the engine that runs the search. */
  onStart?: (engine: SearchEngine) => void;
  /** Lets queued events (a cancel message) run between slices; defaults to a macrotask. */
  pause?: () => Promise<void>;
}

const DEFAULT_BATCH = 4096;

/**
 * Runs `list` against the token's HMAC signature in slices, stopping at the first match.
 *
 * @example await searchWeakSecret(token, encodeCandidates(['secret', 'changeme']))
 * // { status: 'found', secret: 'secret', index: 0, tried: 1 }
 */
export async function searchWeakSecret(
  token: string,
  list: CandidateList,
  options: SearchOptions = {},
): Promise<WeakSecretOutcome> {
  const prepared = hmacTarget(token);
  if (!prepared.ok) {
    return { status: 'error', code: prepared.code, ...(prepared.alg ? { alg: prepared.alg } : {}) };
  }
  const { target } = prepared;
  const total = list.words.length;
  const batch = Math.max(1, options.batchSize ?? DEFAULT_BATCH);
  const pause = options.pause ?? nextTask;
  const wasm = wasmBatchSearch(target, list);
  const run = wasm ?? ((from: number, to: number) => searchBatch(target, list, from, to));
  options.onStart?.(wasm ? 'wasm' : 'js');
  for (let from = 0; from < total; from += batch) {
    if (options.signal?.aborted) return { status: 'cancelled', tried: from };
    const found = run(from, from + batch);
    if (found >= 0) {
      return { status: 'found', secret: list.words[found]!, index: found, tried: found + 1 };
    }
    const tried = Math.min(total, from + batch);
    options.onProgress?.(tried, total);
    if (tried < total) await pause();
  }
  return { status: 'not-found', tried: total };
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
