import { describe, expect, it } from 'vitest';
import { decodeInput } from '@/lib/engine/decoder/decode-input';
import { readPaseto } from '@/lib/engine/decoder/paseto';
import { pasetoLocal, pasetoPublic } from './real-tokens';

const NOW = Date.UTC(2026, 0, 1);
const IN_AN_HOUR = new Date(NOW + 3_600_000).toISOString();
const AN_HOUR_AGO = new Date(NOW - 3_600_000).toISOString();
const FOOTER = '{"kid":"k1"}';

/** From paseto-standard/test-vectors (v2.json 2-S-2, v4.json 4-E-5 and 4-S-2). */
const SPEC = {
  v2public:
    'v2.public.eyJkYXRhIjoidGhpcyBpcyBhIHNpZ25lZCBtZXNzYWdlIiwiZXhwIjoiMjAxOS0wMS0wMVQwMDowMDowMCswMDowMCJ9flsZsx_gYCR0N_Ec2QxJFFpvQAs7h9HtKwbVK2n1MJ3Rz-hwe8KUqjnd8FAnIJZ601tp7lGkguU63oGbomhoBw.eyJraWQiOiJ6VmhNaVBCUDlmUmYyc25FY1Q3Z0ZUaW9lQTlDT2NOeTlEZmdMMVc2MGhhTiJ9',
  v4local:
    'v4.local.32VIErrEkmY4JVILovbmfPXKW9wT1OdQepjMTC_MOtjA4kiqw7_tcaOM5GNEcnTxl60WkwMsYXw6FSNb_UdJPXjpzm0KW9ojM5f4O2mRvE2IcweP-PRdoHjd5-RHCiExR1IK6t4x-RMNXtQNbz7FvFZ_G-lFpk5RG3EOrwDL6CgDqcerSQ.eyJraWQiOiJ6VmhNaVBCUDlmUmYyc25FY1Q3Z0ZUaW9lQTlDT2NOeTlEZmdMMVc2MGhhTiJ9',
  v4public:
    'v4.public.eyJkYXRhIjoidGhpcyBpcyBhIHNpZ25lZCBtZXNzYWdlIiwiZXhwIjoiMjAyMi0wMS0wMVQwMDowMDowMCswMDowMCJ9v3Jt8mx_TdM2ceTGoqwrh4yDFn0XsHvvV_D0DtwQxVrJEBMl0F2caAdgnpKlt4p7xBnx1HcO-SPo8FPp214HDw.eyJraWQiOiJ6VmhNaVBCUDlmUmYyc25FY1Q3Z0ZUaW9lQTlDT2NOeTlEZmdMMVc2MGhhTiJ9',
};

describe('Decoder: PASETO public tokens (made by paseto)', () => {
  it.each([
    [1, 256],
    [2, 64],
    [3, 96],
    [4, 64],
  ] as const)('v%i.public: claims, footer and a %i-byte signature', async (version, bytes) => {
    const token = await pasetoPublic(version, { sub: 'alice', exp: IN_AN_HOUR }, FOOTER);
    const result = decodeInput(token, NOW);
    expect(result).toMatchObject({ status: 'ok', kind: 'paseto' });
    const paseto = result.items[0]?.paseto;
    expect(paseto).toMatchObject({ version: `v${version}`, purpose: 'public' });
    expect(paseto?.problem).toBeUndefined();
    expect(paseto?.signed?.claims).toMatchObject({ sub: 'alice', exp: IN_AN_HOUR });
    expect(paseto?.signed?.signatureBytes).toBe(bytes);
    expect(paseto?.footer?.json).toEqual({ kid: 'k1' });
    // ISO 8601 times read as the engine reads a JWT's NumericDate.
    expect(result.items[0]?.expiry).toMatchObject({
      state: 'valid',
      expiresAt: Date.parse(IN_AN_HOUR),
    });
  });

  it('an expired public token says so; a text footer is kept as text', async () => {
    const token = await pasetoPublic(4, { sub: 'bob', exp: AN_HOUR_AGO }, 'plain footer');
    const result = decodeInput(token, NOW);
    expect(result.items[0]?.expiry.state).toBe('expired');
    expect(result.items[0]?.paseto?.footer).toMatchObject({ text: 'plain footer' });
    expect(result.items[0]?.paseto?.footer?.json).toBeUndefined();
  });

  it('the spec’s own v2 and v4 public vectors read the same', () => {
    for (const token of [SPEC.v2public, SPEC.v4public]) {
      const paseto = readPaseto(token);
      expect(paseto?.signed?.claims).toMatchObject({ data: 'this is a signed message' });
      expect(paseto?.footer?.json).toEqual({ kid: 'zVhMiPBP9fRf2snEcT7gFTioeA9COcNy9DfgL1W60haN' });
    }
  });

  it('a signature of the wrong length for its version breaks the claims, and says why', async () => {
    const v4 = await pasetoPublic(4, { sub: 'alice' });
    // The same bytes labelled v3 (96-byte signature) split 32 bytes too early.
    const relabelled = readPaseto(v4.replace(/^v4/, 'v3'));
    expect(relabelled?.problem?.code).toBe('payload-not-json');
    const cut = readPaseto(`v1.public.${v4.split('.')[2]!.slice(0, 40)}`);
    expect(cut?.problem).toMatchObject({ code: 'too-short', need: 256 });
  });
});

describe('Decoder: PASETO local tokens', () => {
  it.each([1, 3] as const)(
    'v%i.local (made by paseto): encrypted, nonce and footer shown, no claims',
    async (version) => {
      const result = decodeInput(await pasetoLocal(version, FOOTER), NOW);
      expect(result.kind).toBe('paseto');
      const paseto = result.items[0]?.paseto;
      expect(paseto?.purpose).toBe('local');
      expect(paseto?.signed).toBeUndefined();
      expect(paseto?.encrypted).toMatchObject({
        algorithm: 'AES-256-CTR + HMAC-SHA384',
        tagBytes: 48,
      });
      expect(paseto?.encrypted?.nonce).toMatch(/^[0-9a-f]{64}$/);
      expect(paseto?.footer?.json).toEqual({ kid: 'k1' });
    },
  );

  it('v4.local from the spec’s vectors: its nonce is the one the vector used', () => {
    const paseto = readPaseto(SPEC.v4local);
    expect(paseto?.encrypted).toMatchObject({
      algorithm: 'XChaCha20 + BLAKE2b-MAC',
      nonce: 'df654812bac492663825520ba2f6e67cf5ca5bdc13d4e7507a98cc4c2fcc3ad8',
      tagBytes: 32,
    });
  });
});

describe('Decoder: broken PASETO says why', () => {
  it.each([
    ['v5.local.AAAA', 'unknown-version'],
    ['v4.secret.AAAA', 'unknown-purpose'],
    ['v4.public.AAAA.BBBB.CCCC', 'parts'],
    ['v4.local.not*base64', 'bad-base64url'],
    ['v4.local.AAAA', 'too-short'],
  ])('%s: %s', (token, code) => {
    const result = decodeInput(token, NOW);
    expect(result.kind).toBe('paseto');
    expect(result.items[0]?.paseto?.problem?.code).toBe(code);
  });

  it('a value that only mentions a version is not PASETO', () => {
    expect(readPaseto('v4 is the newest version')).toBeUndefined();
    expect(decodeInput('v4.2.1', NOW).kind).not.toBe('paseto');
  });
});
