import { describe, expect, it } from 'vitest';
import { claimReports, tokenTimes } from '@/lib/engine/claims/claims';
import { headerReports, KNOWN_HEADER_PARAMS } from '@/lib/engine/claims/header-params';
import { KNOWN_CLAIM_NAMES } from '@/lib/engine/claims/known-claims';
import { decodeToken } from '@/lib/engine/decode/decode-token';
import { catalogue } from '@/lib/engine/i18n/catalogue';
import { translate } from '@/lib/engine/i18n/translate';
import { tokens } from '@/test/fixtures/tokens';

const payloadOf = (raw: string) => decodeToken(raw).jws?.payload;

describe('claimReports', () => {
  it.each(KNOWN_CLAIM_NAMES)('%s has its meaning in Korean and English', (name) => {
    const [report] = claimReports({ [name]: 'x' });
    expect(report?.meaning).toEqual({ key: `claim.${name}` });
    expect(Object.hasOwn(catalogue, `claim.${name}`)).toBe(true);
  });

  it('explains the registered claims of a real token', () => {
    const reports = claimReports(payloadOf(tokens.rs256));
    const exp = reports.find((r) => r.name === 'exp');
    expect(translate(exp!.meaning, 'ko', catalogue)).toContain('만료');
    expect(translate(exp!.meaning, 'en', catalogue)).toContain('Expiration');
    expect(exp!.time).toBe(1767229200_000);
    expect(reports.map((r) => r.name)).toEqual(Object.keys(payloadOf(tokens.rs256) as object));
  });

  it('names an unknown claim as custom, with its name', () => {
    const [report] = claimReports({ 'https://tokki.test/roles': ['admin'] });
    expect(report?.meaning).toEqual({
      key: 'claim.custom',
      params: { name: 'https://tokki.test/roles' },
    });
    expect(translate(report!.meaning, 'en', catalogue)).toContain('https://tokki.test/roles');
  });

  it('marks personal data as sensitive (masked until revealed)', () => {
    const reports = claimReports(payloadOf(tokens.es256));
    const sensitive = reports.filter((r) => r.sensitive).map((r) => r.name);
    expect(sensitive).toEqual(expect.arrayContaining(['name', 'email', 'picture']));
    expect(sensitive).not.toContain('iss');
  });

  it('gives Cognito-namespaced claims their meaning', () => {
    const names = claimReports(payloadOf(tokens.cognitoIdToken))
      .filter((r) => r.meaning.key !== 'claim.custom')
      .map((r) => r.name);
    expect(names).toEqual(
      expect.arrayContaining(['cognito:groups', 'cognito:username', 'token_use']),
    );
  });

  it.each([null, undefined, 'text', 42, [1, 2]])('%j has no claims', (payload) => {
    expect(claimReports(payload)).toEqual([]);
  });

  it('security: a __proto__ or constructor claim is a custom claim, not a lookup into the prototype', () => {
    const payload = JSON.parse('{"__proto__":{"x":1},"constructor":"c","toString":"t"}') as unknown;
    const reports = claimReports(payload);
    expect(reports.map((r) => r.meaning.key)).toEqual([
      'claim.custom',
      'claim.custom',
      'claim.custom',
    ]);
  });
});

describe('tokenTimes', () => {
  it('reads exp, nbf and iat in ms', () => {
    expect(tokenTimes(payloadOf(tokens.entraToken))).toEqual({
      expiresAt: 1767229200_000,
      notBefore: 1767225600_000,
      issuedAt: 1767225600_000,
    });
  });

  it('recognises an exp written in milliseconds and flags it', () => {
    expect(tokenTimes(payloadOf(tokens.expInMilliseconds))).toEqual({
      expiresAt: 1767229200_000,
      issuedAt: 1767225600_000,
      expInMilliseconds: true,
    });
  });

  it('a token without exp has no expiry (it never expires)', () => {
    expect(tokenTimes({ sub: 'x', iat: 1767225600 })).toEqual({ issuedAt: 1767225600_000 });
  });

  it.each([
    ['a string', '1767229200'],
    ['negative', -1],
    ['not finite', Number.POSITIVE_INFINITY],
    ['beyond what a Date can hold', 1e20],
    ['an object', { $date: 1 }],
  ])('ignores an exp that is %s', (_name, exp) => {
    expect(tokenTimes({ exp })).toEqual({});
  });
});

describe('headerReports', () => {
  it.each(KNOWN_HEADER_PARAMS)('%s has its meaning in Korean and English', (name) => {
    const [report] = headerReports({ [name]: 'x' });
    expect(report?.meaning).toEqual({ key: `jose.header.${name}` });
    expect(Object.hasOwn(catalogue, `jose.header.${name}`)).toBe(true);
  });

  it('explains the header of a real token, warning about an embedded key', () => {
    const header = decodeToken(tokens.rs256).jws!.header;
    expect(headerReports(header).map((r) => r.name)).toEqual(['alg', 'typ', 'kid']);
    expect(translate(headerReports({ jwk: {} })[0]!.meaning, 'en', catalogue)).toMatch(/forge/);
    expect(translate(headerReports({ jwk: {} })[0]!.meaning, 'ko', catalogue)).toMatch(/위조/);
  });

  it('names a non-standard parameter as such', () => {
    expect(headerReports({ 'x-app': 1 })[0]?.meaning).toEqual({
      key: 'jose.header.custom',
      params: { name: 'x-app' },
    });
  });
});
