import { describe, expect, it } from 'vitest';
import { authorityEnd, pathOf } from '@/lib/engine/analyze/url-parts';

describe('url parts', () => {
  it.each([
    ['https://api.example.com/oauth/token?grant_type=refresh_token', '/oauth/token'],
    ['https://api.example.com/auth/refresh#x', '/auth/refresh'],
    ['HTTP://API.example.com:8080/Refresh-Token/', '/Refresh-Token/'],
    ['https://api.example.com?next=/token', ''],
    ['https://api.example.com#/token', ''],
    ['https://api.example.com', ''],
    ['/relative/token', ''],
    ['1http://x/token', ''],
    ['java script://x/token', ''],
  ])('the path of %s is "%s"', (url, path) => {
    expect(pathOf(url)).toBe(path);
  });

  it('the authority ends at the first /, ? or # after the scheme', () => {
    expect(authorityEnd('https://a.example/b')).toBe('https://a.example'.length);
    expect(authorityEnd('https://a.example?b/c')).toBe('https://a.example'.length);
    expect(authorityEnd('mailto:x@example.com')).toBe(-1);
  });
});
