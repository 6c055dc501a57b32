import { beforeAll, describe, expect, it } from 'vitest';
import { decodeInput } from '@/lib/engine/decoder/decode-input';
import { MAX_NESTING } from '@/lib/engine/decoder/nested-jwt';
import { encryptAround, signAround, signedJwt } from './real-tokens';

const NOW = Date.UTC(2026, 0, 1);
const NOW_S = NOW / 1000;

describe('Decoder: nested JWTs (made by jose)', () => {
  let inner: string;
  beforeAll(async () => {
    inner = await signedJwt('alice', NOW_S);
  });

  it('a JWS whose cty is JWT is a nested JWT: the outer header and the inner claims are read', async () => {
    const result = decodeInput(await signAround(inner), NOW);
    expect(result).toMatchObject({ status: 'ok', kind: 'nested-jwt' });
    const outer = result.items[0]!;
    expect(outer.decoded.jws?.header).toMatchObject({ alg: 'HS256', cty: 'JWT' });
    expect(outer.nested?.cty).toBe('JWT');
    const read = outer.nested?.inner;
    expect(read?.value).toBe(inner);
    expect(read?.decoded.format).toBe('jws');
    expect(read?.decoded.jws?.payload).toMatchObject({ sub: 'alice', exp: NOW_S + 3600 });
    // The inner token gets the engine's own reading, expiry included.
    expect(read?.expiry.state).toBe('valid');
    expect(read?.claims.map((c) => c.name)).toContain('sub');
  });

  it.each(['jwt', 'Jwt', 'application/jwt'])(
    'cty %s is read the same (RFC 7515 §4.1.10)',
    async (cty) => {
      const result = decodeInput(await signAround(inner, cty), NOW);
      expect(result.kind).toBe('nested-jwt');
      expect(result.items[0]?.nested?.inner?.decoded.format).toBe('jws');
    },
  );

  it('a payload that is a JWT without cty stays broken, and the inner token is shown all the same', async () => {
    const result = decodeInput(await signAround(inner, 'text/plain'), NOW);
    expect(result).toMatchObject({ status: 'error', errorCode: 'ERR_PAYLOAD_NOT_JSON' });
    expect(result.items[0]?.nested?.cty).toBeUndefined();
    expect(result.items[0]?.nested?.inner?.decoded.jws?.payload).toMatchObject({ sub: 'alice' });
  });

  it('a JWE whose cty is JWT is named as encrypting a signed JWT', async () => {
    const result = decodeInput(await encryptAround(inner), NOW);
    expect(result).toMatchObject({ status: 'ok', kind: 'nested-jwe' });
    expect(result.items[0]?.encryptsJwt).toBe(true);
    expect(result.items[0]?.decoded.jwe?.header).toMatchObject({ enc: 'A256GCM', cty: 'JWT' });
  });

  it('security: nesting deeper than the limit stops there instead of reading on', async () => {
    let token = inner;
    for (let i = 0; i < 8; i++) token = await signAround(token);
    const result = decodeInput(token, NOW);
    expect(result.kind).toBe('nested-jwt');
    let level = result.items[0];
    let depth = 1;
    while (level?.nested?.inner) {
      level = level.nested.inner;
      depth += 1;
    }
    expect(depth).toBe(MAX_NESTING);
    expect(level?.nested?.tooDeep).toBe(true);
  });

  it('an ordinary JWT is still a JWT', () => {
    const result = decodeInput(inner, NOW);
    expect(result).toMatchObject({ status: 'ok', kind: 'jwt' });
    expect(result.items[0]?.nested).toBeUndefined();
  });
});
