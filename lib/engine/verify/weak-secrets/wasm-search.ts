import {
  ensureMemory,
  EXPECTED_AT,
  FREE_AT,
  instantiateSha512Wasm,
  IV_AT,
  writeWords,
} from '../../hash/wasm/sha512-wasm';
import { sha2Digest, type Sha2 } from '../../hash/sha2';
import type { CandidateList } from './candidate-list';
import type { HmacTarget } from './search';

/** Tries candidates `from … to-1`; the index of the first that signed the token, or -1. */
export type BatchSearch = (from: number, to: number) => number;

/**
 * The search of an HS384/HS512 token in WebAssembly (sha512.wat): the message's schedules, the
 * signature and every candidate are copied into the module's memory once, then each slice is one
 * call. Undefined for HS256 (its 32-bit JS is fast enough) and where WebAssembly cannot run: the
 * caller then searches in JS.
 */
export function wasmBatchSearch(target: HmacTarget, list: CandidateList): BatchSearch | undefined {
  if (target.alg === 'HS256') return undefined;
  const instance = instantiateSha512Wasm();
  if (!instance.ok) return undefined;
  const { memory, search } = instance.wasm;
  const hash = target.hmac.hash;
  const keys = blockSizedKeys(hash, list);
  const message = target.hmac.message;
  const blocks = message.length / hash.scheduleWords;
  const bytesAt = FREE_AT + message.length * 4;
  const startsAt = Math.ceil((bytesAt + keys.bytes.length) / 4) * 4;
  ensureMemory(memory, startsAt + keys.starts.length * 4);
  writeWords(memory, IV_AT, hash.iv);
  writeWords(memory, EXPECTED_AT, target.expected);
  writeWords(memory, FREE_AT, message);
  new Uint8Array(memory.buffer).set(keys.bytes, bytesAt);
  new Uint32Array(memory.buffer, startsAt, keys.starts.length).set(keys.starts);
  const outWords = hash.outBytes / 8;
  const count = list.words.length;
  return (from, to) =>
    search(from, Math.min(to, count), FREE_AT, blocks, outWords, bytesAt, startsAt);
}

/**
 * The candidates as HMAC uses them: a key longer than a block is replaced by its hash (RFC 2104
 * §2), so every key the module reads fits one block. Such keys are rare; without one, the list's
 * own buffers are used.
 */
function blockSizedKeys(hash: Sha2, list: CandidateList): Pick<CandidateList, 'bytes' | 'starts'> {
  const { bytes, starts } = list;
  const count = starts.length - 1;
  const lengthOf = (i: number) => starts[i + 1]! - 1 - starts[i]!;
  let long = false;
  for (let i = 0; i < count && !long; i++) long = lengthOf(i) > hash.blockBytes;
  if (!long) return list;
  const keys: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const key = bytes.subarray(starts[i]!, starts[i]! + lengthOf(i));
    keys.push(key.length > hash.blockBytes ? sha2Digest(hash, key) : key);
  }
  const newStarts = new Uint32Array(starts.length);
  keys.forEach((key, i) => (newStarts[i + 1] = newStarts[i]! + key.length + 1));
  const newBytes = new Uint8Array(newStarts[count]!);
  keys.forEach((key, i) => newBytes.set(key, newStarts[i]));
  return { bytes: newBytes, starts: newStarts };
}
