import { describe, expect, it } from 'vitest';
import {
  findJwtsInText,
  findTokensInUrl,
  findTokensInValue,
  findUserinfo,
} from '@/lib/engine/decode/find-tokens';
import { cookieValues, storageBlobs, tokens } from '@/test/fixtures/tokens';

describe('findTokensInValue: auth SDK storage', () => {
  it.each(storageBlobs)(
    '$sdk: finds every token with its path',
    ({ key, value, expect: wanted }) => {
      const found = findTokensInValue(value, key);
      for (const w of wanted) {
        expect(found).toContainEqual(expect.objectContaining(w));
      }
      expect(found).toHaveLength(wanted.length);
    },
  );

  it('does not take token_type, expires_in or scope for tokens', () => {
    const found = findTokensInValue(
      JSON.stringify({ token_type: 'Bearer', expires_in: 3600, scope: 'openid profile email' }),
      'auth',
    );
    expect(found).toEqual([]);
  });

  it('leaves percent signs inside raw JSON alone', () => {
    const value = JSON.stringify({ note: '100%00 sure', access_token: tokens.hs256 });
    expect(findTokensInValue(value)).toEqual([
      { value: tokens.hs256, path: '$.access_token', encoding: 'json' },
    ]);
  });

  it('writes awkward keys as bracketed paths', () => {
    const found = findTokensInValue(JSON.stringify({ 'a.b': [{ 'x y': tokens.hs256 }] }));
    expect(found).toEqual([{ value: tokens.hs256, path: '$["a.b"][0]["x y"]', encoding: 'json' }]);
  });
});

describe('findTokensInValue: cookie values', () => {
  it.each(cookieValues)('$name ($encoding)', ({ name, raw, value, encoding }) => {
    expect(findTokensInValue(raw, name)).toContainEqual(
      expect.objectContaining({ value, encoding }),
    );
  });

  it('an opaque value under an ordinary name is not called a credential', () => {
    expect(findTokensInValue('8F3A1C9B2E7D4F6A0B5C8E1D3F7A9C2B', 'theme')).toEqual([]);
    expect(findTokensInValue('8F3A1C9B2E7D4F6A0B5C8E1D3F7A9C2B')).toEqual([]);
  });

  it('short or spaced values under a token-ish name are not tokens', () => {
    expect(findTokensInValue('1', 'session_count')).toEqual([]);
    expect(findTokensInValue('true', 'auth')).toEqual([]);
    expect(findTokensInValue('not logged in at the moment', 'auth_state')).toEqual([]);
  });

  it('anti-CSRF cookies are left to the CSRF rules, not called session ids', () => {
    expect(findTokensInValue('k3YtQnX8cD2mP0sL9vR4wZ7aQ2mP8rT5', 'csrftoken')).toEqual([]);
  });

  it('finds a JWT inside free text such as a Bearer header copy', () => {
    expect(findTokensInValue(`Bearer ${tokens.rs256}`)).toEqual([
      { value: tokens.rs256, encoding: 'plain' },
    ]);
  });
});

describe('findTokensInValue: hostile input', () => {
  it('security: JSON nested 10,000 deep does not throw and still finds a JWT in it', () => {
    const deep = '['.repeat(10_000) + JSON.stringify(tokens.hs256) + ']'.repeat(10_000);
    expect(findTokensInValue(deep)).toEqual([{ value: tokens.hs256, encoding: 'plain' }]);
  });

  it('security: __proto__ keys are walked as data, nothing is polluted', () => {
    const found = findTokensInValue(
      `{"__proto__":{"polluted":"yes","access_token":"${tokens.hs256}"},"constructor":{"prototype":{"polluted":1}}}`,
    );
    expect(found).toEqual([
      { value: tokens.hs256, path: '$.__proto__.access_token', encoding: 'json' },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('security: a 1 MB value of JWT-like junk is scanned once (no backtracking) and yields nothing', () => {
    const junk = 'eyJ'.repeat(350_000);
    expect(findTokensInValue(junk, 'token')).toEqual([]);
    expect(findJwtsInText(junk)).toEqual([]);
  });

  it('security: caps how many tokens one value can produce', () => {
    const many = JSON.stringify(
      Array.from({ length: 5000 }, () => ({ token: 'abcdefgh12345678' })),
    );
    expect(findTokensInValue(many).length).toBeLessThanOrEqual(100);
  });

  it('never throws on a broken URL escape', () => {
    expect(() => findTokensInValue('%E0%A4%A', 'session')).not.toThrow();
  });
});

describe('findTokensInUrl', () => {
  it.each([
    [
      'OAuth implicit flow fragment',
      `https://app.test/callback#access_token=${tokens.rs256}&token_type=Bearer&id_token=${tokens.hs256}&state=xyz`,
      [
        { param: 'access_token', where: 'fragment', value: tokens.rs256 },
        { param: 'id_token', where: 'fragment', value: tokens.hs256 },
      ],
    ],
    [
      'a JWT in any query parameter',
      `https://api.test/download?file=a.pdf&sig=${tokens.hs256}`,
      [{ param: 'sig', where: 'query', value: tokens.hs256 }],
    ],
    [
      'an opaque ?token=',
      'https://app.test/reset?token=9f8e7d6c5b4a39281706f5e4d3c2b1a0',
      [{ param: 'token', where: 'query', value: '9f8e7d6c5b4a39281706f5e4d3c2b1a0' }],
    ],
    [
      'an authorization code with its state',
      'https://app.test/cb?code=SplxlOBeZQQYbYS6WxSbIA&state=af0ifjsldkj',
      [
        {
          param: 'code',
          where: 'query',
          value: 'SplxlOBeZQQYbYS6WxSbIA',
          purpose: 'authorization-code',
        },
      ],
    ],
    [
      'an authorization code in the fragment (response_mode=fragment), JWT-shaped or not',
      `https://app.test/cb#state=af0ifjsldkj&code=${tokens.hs256}`,
      [{ param: 'code', where: 'fragment', value: tokens.hs256, purpose: 'authorization-code' }],
    ],
    [
      'a hash-routed SPA callback',
      `https://app.test/#/callback?access_token=${tokens.es256}`,
      [{ param: 'access_token', where: 'fragment', value: tokens.es256 }],
    ],
    ['a promo code alone is not a credential', 'https://shop.test/?code=SUMMER2026', []],
    ['an ordinary URL', 'https://example.test/search?q=jwt+token&page=2#results', []],
    ['not a URL at all', '%%%', []],
  ])('%s', (_name, url, wanted) => {
    expect(findTokensInUrl(url)).toEqual(wanted);
  });
});

describe('findTokensInValue: key hints', () => {
  it.each([
    [
      'authorization',
      'Bearer 9f8e7d6c5b4a39281706f5e4d3c2b1a0',
      '9f8e7d6c5b4a39281706f5e4d3c2b1a0',
    ],
    ['PHPSESSID', 'k3ytqnx8cd2mp0sl9vr4wz7aq2', 'k3ytqnx8cd2mp0sl9vr4wz7aq2'],
    ['ASP.NET_SessionId', 'x3kq2l0fj1t4mz5vn0dwq2ab', 'x3kq2l0fj1t4mz5vn0dwq2ab'],
    ['token', '"9f8e7d6c5b4a39281706f5e4d3c2b1a0"', '9f8e7d6c5b4a39281706f5e4d3c2b1a0'],
  ])('a plain value under %s is returned as the credential', (key, raw, value) => {
    expect(findTokensInValue(raw, key)).toEqual([expect.objectContaining({ value })]);
  });

  it.each(['author', 'token_expires_at', 'XSRF-TOKEN', 'cookie_consent', 'theme'])(
    'a plain value under %s is not',
    (key) => {
      expect(findTokensInValue('9f8e7d6c5b4a39281706f5e4d3c2b1a0', key)).toEqual([]);
    },
  );
});

describe('findUserinfo', () => {
  it.each([
    ['http://demo:demo@example.com/app/login', { user: 'demo', password: 'demo' }],
    ['https://a%40b.c:p%3Ass@example.com', { user: 'a@b.c', password: 'p:ss' }],
    ['http://alice@example.com/', { user: 'alice', password: '' }],
  ])('reads the credentials in %s', (url, want) => {
    expect(findUserinfo(url)).toEqual(want);
  });

  it.each([
    'https://example.com/path?email=a@b.c',
    'https://example.com/#/user@host',
    'mailto:someone@example.com',
    'https://@example.com/',
  ])('finds none in %s', (url) => {
    expect(findUserinfo(url)).toBeUndefined();
  });
});
