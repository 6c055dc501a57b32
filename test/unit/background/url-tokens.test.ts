import { describe, expect, it } from 'vitest';
import { hasUrlToken, urlTokens } from '@/lib/background/url-tokens';

describe('urlTokens', () => {
  it('finds tokens in the fragment of an OAuth implicit redirect', () => {
    expect(
      urlTokens('https://app.example.com/cb#access_token=abc&token_type=Bearer&expires_in=3600'),
    ).toEqual([{ where: 'fragment', name: 'access_token', value: 'abc' }]);
  });

  it('finds an API key and an authorization code in the query', () => {
    expect(
      urlTokens('https://api.example.com/v1?api_key=k1&q=rabbit&code=c2').map((t) => t.name),
    ).toEqual(['api_key', 'code']);
  });

  it('finds a JWT under any parameter name', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig';
    expect(urlTokens(`https://x.example/?whatever=${jwt}`)).toEqual([
      { where: 'query', name: 'whatever', value: jwt },
    ]);
  });

  it('ignores ordinary parameters and empty values', () => {
    expect(urlTokens('https://shop.example/?page=2&sort=asc&token=')).toEqual([]);
    expect(hasUrlToken('https://shop.example/list')).toBe(false);
  });

  it('never throws on malformed input', () => {
    expect(() => urlTokens('%%%?token=%E0%A4%A#a=%')).not.toThrow();
    expect(urlTokens('')).toEqual([]);
  });
});
