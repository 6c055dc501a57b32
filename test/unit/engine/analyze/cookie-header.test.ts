import { describe, expect, it } from 'vitest';
import { parseCookieHeader, parseSetCookieHeader } from '@/lib/engine/analyze/cookie-header';

describe('parseSetCookieHeader: which cookies a response sets', () => {
  it('reads name and value, not the attributes', () => {
    expect(parseSetCookieHeader('sid=abc123; Path=/; HttpOnly; Secure; SameSite=Lax')).toEqual([
      ['sid', 'abc123'],
    ]);
  });

  it("reads each of Firefox's newline-joined headers, and a comma in Expires splits nothing", () => {
    const joined = [
      'sid=abc; Expires=Wed, 21 Oct 2026 07:28:00 GMT; HttpOnly',
      'refresh=r1; Max-Age=1209600',
    ].join('\n');
    expect(parseSetCookieHeader(joined)).toEqual([
      ['sid', 'abc'],
      ['refresh', 'r1'],
    ]);
  });

  it('keeps the value as sent (no URL decoding) and drops the quotes of a quoted value', () => {
    expect(parseSetCookieHeader('a=%7B%22x%22%7D')).toEqual([['a', '%7B%22x%22%7D']]);
    expect(parseSetCookieHeader('b="quoted value"; Path=/')).toEqual([['b', 'quoted value']]);
  });

  it('skips a line without a name, and a value with "=" in it stays whole', () => {
    expect(parseSetCookieHeader('novalue\n=anon\nt=a=b=')).toEqual([['t', 'a=b=']]);
  });
});

describe('parseCookieHeader: which cookies a request sends', () => {
  it('splits name=value pairs and keeps values as sent', () => {
    expect(parseCookieHeader('a=1; b="2"; junk; c=x=y')).toEqual([
      ['a', '1'],
      ['b', '"2"'],
      ['c', 'x=y'],
    ]);
  });
});
