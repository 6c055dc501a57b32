import { describe, expect, it } from 'vitest';
import { classifyCookie } from '@/lib/analyze/classify-cookie';
import { joinChunkedCookies } from '@/lib/analyze/join-chunked-cookies';
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
