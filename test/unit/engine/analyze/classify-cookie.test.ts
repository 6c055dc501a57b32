import { describe, expect, it } from 'vitest';
import { classifyCookie } from '@/lib/engine/analyze/classify-cookie';
import { joinChunkedCookies } from '@/lib/engine/analyze/join-chunked-cookies';
import { describeOpaque } from '@/lib/engine/decode/opaque';
import { valueShape } from '@/lib/engine/decode/value-shape';
import node from '../../../fixtures/frameworks/node-values.json';
import { cookie } from './helpers';

const c = (name: string, value = 'v', httpOnly = true) => ({ name, value, httpOnly });

describe('classify cookie', () => {
  it.each([
    ['sessionid', true, 'Django'],
    ['__Host-JSESSIONID', true, 'Java Servlet (Tomcat, Jetty, Spring)'],
    ['__Secure-next-auth.session-token', true, 'Auth.js / NextAuth.js'],
    ['_ga', false, 'Google Analytics'],
    ['XSRF-TOKEN', false, 'Angular / Laravel / csurf / Tornado / ASP.NET'],
    ['__Host-authjs.csrf-token', false, 'Auth.js / NextAuth.js'],
  ])('%s → credential %s (%s)', (name, is, knownAs) => {
    const cls = classifyCookie(c(name), false, 0);
    expect(cls.is).toBe(is);
    expect(cls.knownAs).toBe(knownAs);
  });

  it('marks CSRF cookies as csrf, not credentials', () => {
    expect(classifyCookie(c('csrftoken'), false, 0)).toMatchObject({
      is: false,
      knownKind: 'csrf',
    });
  });

  it('takes any cookie holding a JWT as a credential', () => {
    expect(classifyCookie(c('whatever'), true, 0).is).toBe(true);
  });

  it('takes a credential-looking name as a credential', () => {
    expect(classifyCookie(c('remember_me', 'x'), false, 0).is).toBe(true);
  });

  it('takes a long random HttpOnly value as a likely session id, but not a script-readable one', () => {
    const value = 'Q2hhbmdlLW1lLXRvLWEtcmFuZG9tLXZhbHVl';
    expect(classifyCookie(c('xyz', value, true), false, 200).is).toBe(true);
    expect(classifyCookie(c('xyz', value, false), false, 200).is).toBe(false);
  });

  it('does not take a preference for a credential', () => {
    expect(classifyCookie(c('theme', 'dark', false), false, 20).is).toBe(false);
  });
});

describe('randomness is judged after decoding', () => {
  // Real Set-Cookie values of @auth/core (test/fixtures/frameworks/generate-node.mjs).
  const authjs = (name: string) => node.authjs.jwt.find((x) => x.name === name)!.value;

  it('an HttpOnly percent-encoded URL is not a random session id', () => {
    const value = authjs('authjs.callback-url');
    // Its characters do look random: the old rule took it for a session id.
    expect(describeOpaque(value).entropyBits).toBeGreaterThanOrEqual(96);
    const cls = classifyCookie(c('return_to', value), false, describeOpaque(value).entropyBits);
    expect(cls).toMatchObject({
      is: false,
      reasons: [{ key: 'analysis.cookie.reason.url-value' }],
    });
  });

  it("Auth.js' callback-url and csrf-token are named, and not credentials", () => {
    for (const name of ['authjs.callback-url', '__Secure-authjs.callback-url']) {
      expect(classifyCookie(c(name, authjs('authjs.callback-url')), false, 300)).toMatchObject({
        is: false,
        knownAs: 'Auth.js / NextAuth.js',
        reasons: [{ key: 'analysis.cookie.reason.purpose.redirect' }],
      });
    }
    expect(
      classifyCookie(c('authjs.csrf-token', authjs('authjs.csrf-token')), false, 300),
    ).toMatchObject({ is: false, knownKind: 'csrf' });
  });

  it('base64 JSON in an HttpOnly cookie is readable data, not a random id', () => {
    const value = Buffer.from(JSON.stringify({ theme: 'dark', lang: 'ko', seen: 12345 })).toString(
      'base64',
    );
    expect(valueShape(value)).toBe('base64-json');
    expect(classifyCookie(c('prefs_v2', value), false, 200).is).toBe(false);
  });

  it.each([
    ['http%3A%2F%2F127.0.0.1%3A3000%2Fdashboard%3Ftab%3D1', 'url'],
    ['%2Faccount%2Fsettings', 'url'],
    ['j%3A%7B%22a%22%3A1%7D', 'json'],
    ['eyJ0aGVtZSI6ImRhcmsifQ', 'base64-json'],
    ['3f2a9c0d1e4b5a6f7c8d9e0f1a2b3c4d', undefined],
    ['s%3Au25nJ5wcz_Eym15O8mKYGXage9AaSvpR.omIcLITezQ7JTT1E', undefined],
  ])('valueShape(%s) → %s', (value, shape) => {
    expect(valueShape(value)).toBe(shape);
  });
});

describe('join chunked cookies', () => {
  it('joins .0/.1/.2 in order whatever order they come in', () => {
    const groups = joinChunkedCookies([
      cookie({ name: 'authjs.session-token.2', value: 'C' }),
      cookie({ name: 'authjs.session-token.0', value: 'A' }),
      cookie({ name: 'other', value: 'x' }),
      cookie({ name: 'authjs.session-token.1', value: 'B' }),
    ]);
    expect(groups).toEqual([{ base: 'authjs.session-token', indexes: [1, 3, 0], value: 'ABC' }]);
  });

  it('joins ASP.NET Core chunks (chunks-N, then nameC1…CN) and ALB shards (-0, -1)', () => {
    const groups = joinChunkedCookies([
      cookie({ name: '.AspNetCore.Cookies', value: 'chunks-2' }),
      cookie({ name: '.AspNetCore.CookiesC2', value: 'DEF' }),
      cookie({ name: '.AspNetCore.CookiesC1', value: 'CfDJ8ABC' }),
      cookie({ name: 'AWSELBAuthSessionCookie-1', value: 'Y' }),
      cookie({ name: 'AWSELBAuthSessionCookie-0', value: 'X' }),
      cookie({ name: '_oauth2_proxy_0', value: 'P' }),
      cookie({ name: '_oauth2_proxy_1', value: 'Q' }),
    ]);
    expect(groups).toEqual([
      { base: 'AWSELBAuthSessionCookie', indexes: [4, 3], value: 'XY' },
      { base: '_oauth2_proxy', indexes: [5, 6], value: 'PQ' },
      { base: '.AspNetCore.Cookies', indexes: [0, 2, 1], value: 'CfDJ8ABCDEF' },
    ]);
    expect(
      joinChunkedCookies([
        cookie({ name: '.AspNetCore.Cookies', value: 'chunks-2' }),
        cookie({ name: '.AspNetCore.CookiesC1', value: 'CfDJ8ABC' }),
      ]),
    ).toEqual([]);
  });

  it('does not join a lone chunk, a gap, or chunks of different domains', () => {
    expect(joinChunkedCookies([cookie({ name: 'a.0', value: 'A' })])).toEqual([]);
    expect(
      joinChunkedCookies([
        cookie({ name: 'a.0', value: 'A' }),
        cookie({ name: 'a.2', value: 'C' }),
      ]),
    ).toEqual([]);
    expect(
      joinChunkedCookies([
        cookie({ name: 'a.0', value: 'A', domain: 'x.example.com' }),
        cookie({ name: 'a.1', value: 'B', domain: 'y.example.com' }),
      ]),
    ).toEqual([]);
  });
});
