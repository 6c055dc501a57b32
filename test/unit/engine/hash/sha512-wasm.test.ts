import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SHA512_WASM_BASE64 } from '@/lib/engine/hash/wasm/sha512-wasm-bytes';
import { encodeCandidates } from '@/lib/engine/verify/weak-secrets/candidate-list';
import { hmacTarget } from '@/lib/engine/verify/weak-secrets/search';
import { wasmBatchSearch } from '@/lib/engine/verify/weak-secrets/wasm-search';
import { bytesModule, compileSha512Wat } from '../../../../lib/engine/hash/wasm/build-wasm.mjs';

const NODE_HASH = { HS384: 'sha384', HS512: 'sha512' } as const;

/** A JWS whose signing input is `length` bytes long, signed by Node with `secret`. */
function tokenOf(alg: keyof typeof NODE_HASH, secret: string, length: number): string {
  const header = Buffer.from(JSON.stringify({ alg })).toString('base64url');
  const payload = 'p'.repeat(Math.max(0, length - header.length - 1));
  const mac = createHmac(NODE_HASH[alg], secret).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${mac}`;
}

/** A random ASCII secret of `length` bytes. */
const secretOf = (length: number) => randomBytes(length).toString('base64').slice(0, length);

describe('sha512.wat', () => {
  it('the committed bytes are sha512.wat compiled (npm run build:wasm rebuilds them)', async () => {
    const bytes = await compileSha512Wat();
    expect(Buffer.from(SHA512_WASM_BASE64, 'base64').equals(Buffer.from(bytes))).toBe(true);
    expect(bytesModule(bytes)).toContain(SHA512_WASM_BASE64);
  });

  // Keys around the block (128 bytes; longer ones are hashed first) and signing inputs around the
  // padding edges (111/112 bytes leave no room for the length field after the 0x80 byte).
  const keyLengths = [1, 7, 8, 9, 64, 127, 128, 129, 300];
  const inputLengths = [20, 110, 111, 112, 127, 128, 239, 240, 1000];

  it.each(['HS384', 'HS512'] as const)(
    'security: finds exactly the key Node signed with, for %s at every key and input length',
    (alg) => {
      for (const keyLength of keyLengths) {
        for (const inputLength of inputLengths) {
          const secret = secretOf(keyLength);
          const target = hmacTarget(tokenOf(alg, secret, inputLength));
          if (!target.ok) throw new Error(target.code);
          // Candidates of every length around the key, then the key with its last byte changed,
          // then the key itself.
          const near = secret.slice(0, -1) + (secret.endsWith('a') ? 'b' : 'a');
          const others = keyLengths.map(secretOf).filter((word) => word !== secret);
          const words = [...others, near, secret];
          const search = wasmBatchSearch(target.target, encodeCandidates(words));
          expect(search, 'WebAssembly runs in Node').toBeDefined();
          const label = `${alg}, key ${keyLength} bytes, input ${inputLength} bytes`;
          expect(search!(0, words.length), label).toBe(words.length - 1);
          expect(search!(0, words.length - 1), label).toBe(-1);
        }
      }
    },
  );
});
