import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { decodeToken, looksLikeJwt, MAX_TOKEN_LENGTH } from '@/lib/engine/decode/decode-token';
import { catalogue } from '@/lib/engine/i18n/catalogue';
import { translate } from '@/lib/engine/i18n/translate';
import { tokens } from '@/test/fixtures/tokens';

const b64 = (value: unknown) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const header = b64({ alg: 'HS256', typ: 'JWT' });
const payload = b64({ sub: 'user-1', exp: 1767229200 });

describe('decodeToken: real token strings', () => {
  it.each([
    ['hs256', 'HS256'],
    ['rs256', 'RS256'],
    ['es256', 'ES256'],
    ['cognitoAccessToken', 'RS256'],
    ['entraToken', 'RS256'],
  ] as const)('%s decodes to a JWS with alg %s, identical to jose', (name, alg) => {
    const raw = tokens[name];
    const decoded = decodeToken(raw);
    expect(decoded.format).toBe('jws');
    expect(decoded.error).toBeUndefined();
    expect(decoded.jws?.header.alg).toBe(alg);
    expect(decoded.jws?.payload).toEqual(decodeJwt(raw));
    expect(decoded.jws?.signature).toBe(raw.split('.')[2]);
    expect(decoded.jws?.strict).toEqual({ ok: true });
  });

  it.each(['algNone', 'algNoneCapital', 'algNoneUpper'] as const)(
    '%s is shown with its alg and empty signature, not hidden',
    (name) => {
      const decoded = decodeToken(tokens[name]);
      expect(decoded.format).toBe('jws');
      expect(String(decoded.jws?.header.alg).toLowerCase()).toBe('none');
      expect(decoded.jws?.signature).toBe('');
      expect(decoded.jws?.payload).toMatchObject({ sub: 'admin', role: 'admin' });
    },
  );

  it('a signature-stripped HS256 token keeps its claims and shows the empty signature', () => {
    const decoded = decodeToken(tokens.emptySignature);
    expect(decoded.format).toBe('jws');
    expect(decoded.jws?.header.alg).toBe('HS256');
    expect(decoded.jws?.signature).toBe('');
  });

  it.each([
    ['jweOaep', 'RSA-OAEP', 'A256GCM'],
    ['jweDir', 'dir', 'A256GCM'],
  ] as const)('%s is a JWE whose header (%s, %s) is shown, payload not', (name, alg, enc) => {
    const decoded = decodeToken(tokens[name]);
    expect(decoded.format).toBe('jwe');
    expect(decoded.jwe?.header).toMatchObject({ alg, enc });
    expect(decoded.jws).toBeUndefined();
  });

  it('ignores whitespace around the token (copied from a header or a log)', () => {
    expect(decodeToken(`  ${tokens.hs256}\n`).format).toBe('jws');
  });
});

describe('decodeToken: opaque values', () => {
  it.each([
    ['8F3A1C9B2E7D4F6A0B5C8E1D3F7A9C2B', 'hex'],
    ['s:Qk3vZ8yR2mL5pT9wX1cN7bH4jF6dS0aE.Zx9/fQ2kL5pT8wR1yN4cB', 'ascii'],
    ['ya29.a0AfB_byC1fixtureOnlyOpaqueAccessToken', 'ascii'],
    ['3f0c2b9e-8d4a-4c1e-9b7f-2a6d5e8c1f0a', 'uuid'],
  ])('%s is opaque (%s)', (value, alphabet) => {
    const decoded = decodeToken(value);
    expect(decoded.format).toBe('opaque');
    expect(decoded.opaque).toMatchObject({ alphabet, length: value.length });
    expect(decoded.opaque!.entropyBits).toBeGreaterThan(0);
  });
});

describe('decodeToken: broken tokens say exactly what is wrong', () => {
  const cases: [string, string, string, string | undefined][] = [
    ['empty', '', 'ERR_EMPTY', 'whole'],
    ['only whitespace', ' \t\n', 'ERR_EMPTY', 'whole'],
    ['header only', `${header}`, 'ERR_TRUNCATED', 'whole'],
    ['two parts', `${header}.${payload}`, 'ERR_TRUNCATED', 'whole'],
    ['four parts (a JWE cut short)', `${header}.a.b.c`, 'ERR_TRUNCATED', 'whole'],
    ['six parts', `${header}.a.b.c.d.e`, 'ERR_NOT_A_JWT', 'whole'],
    ['empty payload', `${header}..sig`, 'ERR_TRUNCATED', 'payload'],
    [
      'payload cut mid-JSON',
      `${header}.${b64('{"sub":"user-1","exp":17')}.sig`,
      'ERR_TRUNCATED',
      'payload',
    ],
    ['payload cut mid-base64', `${header}.${payload.slice(0, 9)}.sig`, 'ERR_TRUNCATED', 'payload'],
    ['bad base64url in payload', `${header}.eyJz$WIiOiIxIn0.sig`, 'ERR_BAD_BASE64URL', 'payload'],
    [
      'bad base64url in header',
      `eyJh*GciOiJIUzI1NiJ9.${payload}.sig`,
      'ERR_BAD_BASE64URL',
      'header',
    ],
    ['header not JSON', `${b64('{alg: HS256}')}.${payload}.sig`, 'ERR_HEADER_NOT_JSON', 'header'],
    ['payload not JSON', `${header}.${b64('hello')}.sig`, 'ERR_PAYLOAD_NOT_JSON', 'payload'],
    [
      'payload a string',
      `${header}.${b64('"just a string"')}.sig`,
      'ERR_PAYLOAD_NOT_OBJECT',
      'payload',
    ],
    ['payload null', `${header}.${b64('null')}.sig`, 'ERR_PAYLOAD_NOT_OBJECT', 'payload'],
    ['signature with a space', `${header}.${payload}.ab cd`, 'ERR_BAD_BASE64URL', 'signature'],
    [
      'payload not UTF-8',
      `${header}.${Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]).toString('base64url')}.sig`,
      'ERR_BAD_UTF8',
      'payload',
    ],
  ];

  it.each(cases)('%s → %s', (_name, raw, code, part) => {
    const decoded = decodeToken(raw);
    expect(decoded.format).toBe('malformed');
    expect(decoded.error?.code).toBe(code);
    expect(decoded.error?.part).toBe(part);
    expect(decoded.error?.message.key).toBe(`decode.${code}`);
  });

  it.each(cases)('%s: the reason reads fully in Korean and English', (_name, raw) => {
    const message = decodeToken(raw).error!.message;
    for (const lang of ['ko', 'en'] as const) {
      const text = translate(message, lang, catalogue);
      expect(text).not.toBe(message.key);
      expect(text).not.toMatch(/\{\w+\}/);
    }
  });

  it('a header written as JSON that is not an object is a broken JWT, not an opaque value', () => {
    // '[' encodes to 'W', not 'eyJ'; three base64url parts with a JSON header still try to be a JWT.
    for (const head of ['["HS256"]', '256', 'null', '"HS256"']) {
      const decoded = decodeToken(`${b64(head)}.${payload}.sig`);
      expect(decoded.format).toBe('malformed');
      expect(decoded.error).toMatchObject({ code: 'ERR_HEADER_NOT_OBJECT', part: 'header' });
    }
    // Dotted values whose first part is not JSON stay opaque (analytics ids, version strings).
    for (const value of ['GA1.2.1234.5678', 'abcd.efgh.ijkl', '1234.5678.9012', 'v1.2.3']) {
      expect(decodeToken(value).format).toBe('opaque');
    }
  });

  it('reports where the base64url goes wrong', () => {
    const decoded = decodeToken(`${header}.eyJz$WIiOiIxIn0.sig`);
    expect(decoded.error?.message.params).toMatchObject({
      part: 'payload',
      offset: 4,
      position: 5,
    });
  });

  it('still shows the header (and alg) of a token whose payload is broken', () => {
    const decoded = decodeToken(`${b64({ alg: 'none' })}.${b64('not json')}.`);
    expect(decoded.format).toBe('malformed');
    expect(decoded.jws?.header.alg).toBe('none');
    expect(decoded.jws?.payload).toBe('not json');
  });

  it("gives jose's strict verdict next to the lenient one", () => {
    const padded = `${header}.${payload}==.sig`;
    const decoded = decodeToken(`${header}.${b64('hello')}.sig`);
    expect(decoded.jws?.strict).toMatchObject({
      ok: false,
      error: { code: 'ERR_PAYLOAD_NOT_JSON' },
    });
    expect(decodeToken(padded).jws?.payload).toEqual({ sub: 'user-1', exp: 1767229200 });
  });
});

describe('decodeToken: hostile input', () => {
  it('security: refuses a token over 64 KB but still reports its length', () => {
    const raw = `${header}.${'A'.repeat(MAX_TOKEN_LENGTH)}.sig`;
    const decoded = decodeToken(raw);
    expect(decoded.error?.code).toBe('ERR_TOO_LARGE');
    expect(decoded.error?.message.params).toMatchObject({ length: raw.length });
  });

  it('security: a 1 MB value is refused without being read', () => {
    const decoded = decodeToken('eyJ' + 'x'.repeat(1024 * 1024));
    expect(decoded.error?.code).toBe('ERR_TOO_LARGE');
    expect(decoded.error?.message.params).toMatchObject({ length: 1024 * 1024 + 3 });
  });

  it('security: __proto__ claims stay data and do not pollute Object.prototype', () => {
    const raw = `${header}.${b64('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"sub":"x"}')}.sig`;
    const decoded = decodeToken(raw);
    expect(decoded.format).toBe('jws');
    const claims = decoded.jws!.payload as Record<string, unknown>;
    expect(Object.keys(claims)).toEqual(['__proto__', 'constructor', 'sub']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(claims)).toBe(Object.prototype);
    const copy = { ...claims };
    expect((copy as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('security: JSON nested 10,000 deep is refused with ERR_TOO_DEEP', () => {
    const deep = '{"a":' + '['.repeat(10_000) + ']'.repeat(10_000) + '}';
    const decoded = decodeToken(`${header}.${b64(deep)}.sig`);
    expect(decoded.error?.code).toBe('ERR_TOO_DEEP');
    expect(decoded.error?.part).toBe('payload');
  });
});

describe('looksLikeJwt', () => {
  it.each(Object.entries(tokens))('%s looks like a JWT', (_name, raw) => {
    expect(looksLikeJwt(raw)).toBe(true);
  });

  it.each([
    ['an opaque id', '8F3A1C9B2E7D4F6A0B5C8E1D3F7A9C2B'],
    ['two parts', `${header}.${payload}`],
    ['four parts', `${header}.a.b.c`],
    ['a dotted cookie', 's:abc.def'],
    ['a Bearer header', `Bearer ${tokens.hs256}`],
    ['padding', `${header}.${payload}==.sig`],
    ['empty', ''],
  ])('%s does not', (_name, raw) => {
    expect(looksLikeJwt(raw)).toBe(false);
  });
});

describe('decodeToken: Auth.js chunked session cookies', () => {
  const jwe = tokens.jweDir;

  it('the joined chunks decode as the JWE they were cut from', () => {
    const chunks = [jwe.slice(0, 40), jwe.slice(40, 90), jwe.slice(90)];
    expect(decodeToken(chunks.join('')).format).toBe('jwe');
  });

  it.each([20, 60, 90])(
    'a lone first chunk (cut at %i) is a truncated JWE, header shown',
    (cut) => {
      const decoded = decodeToken(jwe.slice(0, cut));
      expect(decoded.format).toBe('malformed');
      expect(decoded.error?.code).toBe('ERR_TRUNCATED');
      if (jwe.slice(0, cut).includes('.'))
        expect(decoded.jwe?.header).toMatchObject({ enc: 'A256GCM' });
    },
  );
});
