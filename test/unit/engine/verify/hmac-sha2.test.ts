import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hmacSha2, type HmacAlg } from '@/lib/engine/verify/weak-secrets/hmac-sha2';

const NODE_NAME: Record<HmacAlg, string> = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' };

describe('hmacSha2', () => {
  const algs: HmacAlg[] = ['HS256', 'HS384', 'HS512'];
  // Key lengths around both block sizes (64, 128) and message lengths around the padding edges.
  const keyLengths = [0, 1, 31, 55, 63, 64, 65, 111, 127, 128, 129, 300];
  const messageLengths = [0, 1, 55, 56, 63, 64, 111, 112, 119, 127, 128, 200, 1000];

  it.each(algs)('matches Node crypto for %s over key and message lengths at block edges', (alg) => {
    for (const k of keyLengths) {
      for (const m of messageLengths) {
        const key = randomBytes(k);
        const message = randomBytes(m);
        const expected = createHmac(NODE_NAME[alg], key).update(message).digest('hex');
        expect(Buffer.from(hmacSha2(alg, key, message)).toString('hex'), `${k}/${m}`).toBe(
          expected,
        );
      }
    }
  });
});
