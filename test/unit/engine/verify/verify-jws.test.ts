import fc from 'fast-check';
import { exportJWK, generateSecret } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyJws } from '@/lib/engine/verify/verify-jws';
import type { VerifyResult } from '@/lib/engine/verify/types';
import { certificateBase64, certificateKey, fixture, keyPair, sign, tamper, utf8 } from './keys';

type Pair = Awaited<ReturnType<typeof keyPair>>;
let rsa: Pair;
let rsa2: Pair;
let ec: Pair;
let ed: Pair;

beforeAll(async () => {
  [rsa, rsa2, ec, ed] = await Promise.all([
    keyPair('RS256'),
    keyPair('RS256'),
    keyPair('ES256'),
    keyPair('EdDSA'),
  ]);
});

const error = (result: VerifyResult) =>
  result.status === 'error' ? { code: result.code, detail: result.detail } : result.status;

describe('verifyJws: HMAC secrets', () => {
  it('is valid with the secret as text, invalid once one payload character changes', async () => {
    const token = await sign(utf8('your-256-bit-secret'), { alg: 'HS256' });
    const valid = await verifyJws(token, 'your-256-bit-secret\n');
    expect(valid).toMatchObject({ status: 'valid', alg: 'HS256', keyFrom: 'paste' });
    expect(valid.status === 'valid' && valid.key).toEqual({ shape: 'secret', by: 'only' });
    expect(await verifyJws(tamper(token), 'your-256-bit-secret')).toMatchObject({
      status: 'invalid',
      tried: 1,
    });
    expect(await verifyJws(token, 'another secret')).toMatchObject({ status: 'invalid' });
  });

  it.each(['HS384', 'HS512'])('verifies %s', async (alg) => {
    const token = await sign(utf8('s3cr3t'), { alg });
    expect((await verifyJws(token, 's3cr3t')).status).toBe('valid');
  });

  it('reads a base64 or base64url secret when told so, and says when it does not decode', async () => {
    const bytes = crypto.getRandomValues(new Uint8Array(32));
    const token = await sign(bytes, { alg: 'HS256' });
    const b64 = Buffer.from(bytes).toString('base64');
    const b64url = Buffer.from(bytes).toString('base64url');
    expect((await verifyJws(token, b64, { secretEncoding: 'base64' })).status).toBe('valid');
    expect((await verifyJws(token, b64url, { secretEncoding: 'base64url' })).status).toBe('valid');
    expect((await verifyJws(token, b64)).status).toBe('invalid');
    expect(error(await verifyJws(token, 'not base64!', { secretEncoding: 'base64' }))).toEqual({
      code: 'ERR_KEY_UNPARSABLE',
      detail: 'base64',
    });
  });

  it('verifies with an oct JWK made by jose generateSecret', async () => {
    const secret = await generateSecret('HS256', { extractable: true });
    const token = await sign(secret as CryptoKey, { alg: 'HS256' });
    const jwk = await exportJWK(secret);
    expect(await verifyJws(token, JSON.stringify(jwk))).toMatchObject({
      status: 'valid',
      key: { shape: 'jwk' },
    });
  });

  it('refuses a secret for an RS256 token (it needs a public key)', async () => {
    const token = await sign(rsa.privateKey, { alg: 'RS256' });
    expect(error(await verifyJws(token, 'secret'))).toEqual({
      code: 'ERR_KEY_ALG_MISMATCH',
      detail: 'secret',
    });
  });
});

describe('verifyJws: public keys', () => {
  it.each(['RS256', 'PS256'])('verifies %s with a PEM public key (SPKI)', async (alg) => {
    const pair = alg === 'PS256' ? await keyPair('PS256') : rsa;
    const token = await sign(pair.privateKey, { alg });
    const result = await verifyJws(token, pair.spki);
    expect(result).toMatchObject({ status: 'valid', key: { shape: 'pem-spki', by: 'only' } });
    expect((await verifyJws(tamper(token), pair.spki)).status).toBe('invalid');
    expect((await verifyJws(token, rsa2.spki)).status).toBe('invalid');
  });

  it('verifies ES256 and EdDSA with a JWK', async () => {
    const es = await sign(ec.privateKey, { alg: 'ES256' });
    const eddsa = await sign(ed.privateKey, { alg: 'EdDSA' });
    expect(await verifyJws(es, JSON.stringify(ec.jwk))).toMatchObject({
      status: 'valid',
      key: { shape: 'jwk' },
    });
    expect((await verifyJws(eddsa, JSON.stringify(ed.jwk))).status).toBe('valid');
  });

  it('verifies with a PEM certificate', async () => {
    const token = await sign(await certificateKey('rsa'), { alg: 'RS256' });
    expect(await verifyJws(token, fixture('rsa-cert.pem'))).toMatchObject({
      status: 'valid',
      key: { shape: 'pem-certificate' },
    });
  });

  it('names the key type when a PEM key does not fit the algorithm', async () => {
    const token = await sign(rsa.privateKey, { alg: 'RS256' });
    expect(error(await verifyJws(token, ec.spki))).toEqual({
      code: 'ERR_KEY_ALG_MISMATCH',
      detail: 'EC P-256',
    });
  });

  it('refuses a JWK of the wrong type or algorithm', async () => {
    const token = await sign(rsa.privateKey, { alg: 'RS256' });
    expect(error(await verifyJws(token, JSON.stringify(ec.jwk)))).toEqual({
      code: 'ERR_KEY_ALG_MISMATCH',
      detail: 'EC P-256',
    });
    expect(error(await verifyJws(token, JSON.stringify({ ...rsa.jwk, alg: 'RS512' })))).toEqual({
      code: 'ERR_KEY_ALG_MISMATCH',
      detail: 'alg RS512',
    });
  });

  it('security: uses only the public part of a private JWK, and says so', async () => {
    const token = await sign(ec.privateKey, { alg: 'ES256' });
    const result = await verifyJws(token, JSON.stringify(ec.privateJwk));
    expect(result).toMatchObject({ status: 'valid', notes: ['private-jwk-ignored'] });
  });

  it('security: refuses a pasted PEM private key', async () => {
    const token = await sign(await certificateKey('rsa'), { alg: 'RS256' });
    expect(error(await verifyJws(token, fixture('rsa-cert-key.pem')))).toEqual({
      code: 'ERR_PRIVATE_KEY',
      detail: 'PRIVATE KEY',
    });
  });
});

describe('verifyJws: JWKS', () => {
  const jwks = () => ({
    keys: [
      { ...ec.jwk, kid: 'ec-1', use: 'sig' },
      { ...rsa2.jwk, kid: 'rsa-2', use: 'sig' },
      { ...rsa.jwk, kid: 'rsa-1', use: 'sig' },
      { ...rsa.jwk, kid: 'rsa-enc', use: 'enc' },
    ],
  });

  it('picks the key by kid', async () => {
    const token = await sign(rsa.privateKey, { alg: 'RS256', kid: 'rsa-1' });
    expect(await verifyJws(token, JSON.stringify(jwks()))).toMatchObject({
      status: 'valid',
      key: { shape: 'jwks', kid: 'rsa-1', index: 2, by: 'kid' },
    });
  });

  it('without a kid, tries each suitable key and says which one matched', async () => {
    const token = await sign(rsa.privateKey, { alg: 'RS256' });
    const result = await verifyJws(token, JSON.stringify(jwks()));
    expect(result).toMatchObject({ status: 'valid', key: { index: 2, by: 'tried' }, notes: [] });
  });

  it('with a kid not in the set, tries each suitable key and notes the missing kid', async () => {
    const token = await sign(rsa.privateKey, { alg: 'RS256', kid: 'rotated-away' });
    const result = await verifyJws(token, JSON.stringify(jwks()));
    expect(result).toMatchObject({ status: 'valid', notes: ['kid-not-in-jwks'] });
  });

  it('is invalid when no suitable key verifies, counting the keys tried', async () => {
    const other = await keyPair('RS256');
    const token = await sign(other.privateKey, { alg: 'RS256' });
    expect(await verifyJws(token, JSON.stringify(jwks()))).toMatchObject({
      status: 'invalid',
      tried: 2,
    });
  });

  it('says ERR_NO_MATCHING_KEY when no key fits the algorithm', async () => {
    const token = await sign(ed.privateKey, { alg: 'EdDSA' });
    expect(error(await verifyJws(token, JSON.stringify(jwks())))).toEqual({
      code: 'ERR_NO_MATCHING_KEY',
      detail: '4',
    });
    expect(error(await verifyJws(token, '{"keys":[]}'))).toEqual({
      code: 'ERR_NO_MATCHING_KEY',
      detail: '0',
    });
  });

  it('echoes where a JWKS came from', async () => {
    const token = await sign(rsa.privateKey, { alg: 'RS256', kid: 'rsa-1' });
    const url = 'https://auth.example.com/.well-known/jwks.json';
    expect(
      await verifyJws(token, JSON.stringify(jwks()), { keyFrom: 'page-body', keyUrl: url }),
    ).toMatchObject({ status: 'valid', keyFrom: 'page-body', keyUrl: url });
  });
});

describe('verifyJws: algorithm confusion', () => {
  it('security: flags an HS256 token signed with the PEM public key as its secret', async () => {
    const token = await sign(utf8(`${rsa.spki}\n`), { alg: 'HS256' });
    const result = await verifyJws(token, rsa.spki);
    expect(result).toMatchObject({
      status: 'error',
      code: 'ERR_KEY_ALG_MISMATCH',
      algorithmConfusion: true,
      confusionForm: 'pem-text',
    });
  });

  it('security: flags an HS256 token signed with the DER bytes of the public key', async () => {
    const der = Buffer.from(rsa.spki.replace(/-----[^-]+-----|\s/g, ''), 'base64');
    const token = await sign(new Uint8Array(der), { alg: 'HS256' });
    expect(await verifyJws(token, rsa.spki)).toMatchObject({
      algorithmConfusion: true,
      confusionForm: 'der',
    });
  });

  it("security: flags a token signed with a certificate's public key as the HMAC secret", async () => {
    const { exportSPKI, importX509 } = await import('jose');
    const spki = await exportSPKI(
      await importX509(fixture('rsa-cert.pem'), 'RS256', { extractable: true }),
    );
    const token = await sign(utf8(spki), { alg: 'HS256' });
    expect(await verifyJws(token, fixture('rsa-cert.pem'))).toMatchObject({
      algorithmConfusion: true,
      confusionForm: 'spki-pem-of-certificate',
    });
  });

  it('refuses a PEM key for an HS256 token without crying confusion when it does not verify', async () => {
    const token = await sign(utf8('secret'), { alg: 'HS256' });
    const result = await verifyJws(token, rsa.spki);
    expect(result).toMatchObject({ status: 'error', code: 'ERR_KEY_ALG_MISMATCH' });
    expect(result).not.toHaveProperty('algorithmConfusion');
  });
});

describe('verifyJws: x5c', () => {
  it('verifies with the header certificate and says it proves nothing alone', async () => {
    const token = await sign(await certificateKey('ec'), {
      alg: 'ES256',
      x5c: [certificateBase64('ec')],
    });
    const result = await verifyJws(token, '');
    expect(result).toMatchObject({
      status: 'valid',
      keyFrom: 'x5c',
      key: { shape: 'x5c' },
      notes: ['x5c-untrusted'],
    });
    expect(await verifyJws(tamper(token), '', { useX5c: true })).toMatchObject({
      status: 'invalid',
      keyFrom: 'x5c',
    });
  });

  it('says when the x5c entry is not a certificate, or there is none', async () => {
    const token = await sign(ec.privateKey, { alg: 'ES256', x5c: ['bm90IGEgY2VydA=='] });
    expect(error(await verifyJws(token, ''))).toEqual({
      code: 'ERR_KEY_UNPARSABLE',
      detail: 'pem-certificate',
    });
    const plain = await sign(ec.privateKey, { alg: 'ES256' });
    expect(error(await verifyJws(plain, '', { useX5c: true }))).toEqual({
      code: 'ERR_KEY_EMPTY',
      detail: 'no-x5c',
    });
  });
});

describe('verifyJws: bad input', () => {
  const hs = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln';
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

  it.each([
    ['garbage', 'not a token', 'not-three-parts'],
    ['a JWE', 'a.b.c.d.e', 'jwe'],
    ['an unreadable header', 'bm90IGpzb24.e30.c2ln', 'header-not-json'],
  ])('ERR_NOT_JWS for %s', async (_name, token, detail) => {
    expect(error(await verifyJws(token, 'secret'))).toEqual({ code: 'ERR_NOT_JWS', detail });
  });

  it.each(['none', 'None', 'NONE'])('security: alg %s is never valid', async (alg) => {
    const token = `${b64({ alg })}.${b64({ sub: '1' })}.`;
    expect(await verifyJws(token, 'secret')).toMatchObject({
      status: 'error',
      code: 'ERR_ALG_NONE',
    });
  });

  it('ERR_UNSUPPORTED_ALG for an algorithm WebCrypto lacks, or none at all', async () => {
    const es256k = `${b64({ alg: 'ES256K' })}.${b64({})}.c2ln`;
    const noAlg = `${b64({ typ: 'JWT' })}.${b64({})}.c2ln`;
    expect(error(await verifyJws(es256k, ec.spki))).toEqual({
      code: 'ERR_UNSUPPORTED_ALG',
      detail: 'ES256K',
    });
    expect(error(await verifyJws(noAlg, 'x'))).toEqual({
      code: 'ERR_UNSUPPORTED_ALG',
      detail: 'missing',
    });
  });

  it('ERR_KEY_EMPTY for an empty paste', async () => {
    expect(error(await verifyJws(hs, '  \n'))).toEqual({
      code: 'ERR_KEY_EMPTY',
      detail: undefined,
    });
  });

  it('ERR_KEY_TOO_LARGE for a 1 MB paste', async () => {
    const huge = `-----BEGIN PUBLIC KEY-----\n${'A'.repeat(1024 * 1024)}\n-----END PUBLIC KEY-----`;
    expect(error(await verifyJws(hs, huge))).toEqual({
      code: 'ERR_KEY_TOO_LARGE',
      detail: String(huge.length),
    });
  });

  it.each([
    ['a cut-off PEM', '-----BEGIN PUBLIC KEY-----\nMIIBIjAN', 'pem-incomplete'],
    ['a PEM of garbage', '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----', 'pem-spki'],
    [
      'a PKCS#1 RSA key',
      '-----BEGIN RSA PUBLIC KEY-----\nAAAA\n-----END RSA PUBLIC KEY-----',
      'RSA PUBLIC KEY',
    ],
    ['broken JSON', '{"kty": "RSA", ', 'json'],
    ['JSON that is no JWK', '{"hello": 1}', 'json-not-jwk'],
  ])('ERR_KEY_UNPARSABLE for %s', async (_name, key, detail) => {
    const token = await sign(rsa.privateKey, { alg: 'RS256' });
    expect(error(await verifyJws(token, key))).toEqual({ code: 'ERR_KEY_UNPARSABLE', detail });
  });

  it('never throws, whatever the token and key', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.string(), async (token, key) => {
        const result = await verifyJws(token, key);
        expect(['valid', 'invalid', 'error']).toContain(result.status);
      }),
      { numRuns: 200 },
    );
  });
});
