import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readFrameworkValue } from '@/lib/engine/decode/frameworks';
import django from '../../../fixtures/frameworks/django-values.json';
import flask from '../../../fixtures/frameworks/flask-values.json';
import node from '../../../fixtures/frameworks/node-values.json';
import php from '../../../fixtures/frameworks/php-values.json';
import rails from '../../../fixtures/frameworks/rails-values.json';
import replicas from '../../../fixtures/frameworks/replica-values.json';

/** Values produced by the real libraries (see test/fixtures/frameworks/generate-*). */
const byName = (list: { name: string; value: string }[], name: string) =>
  list.find((c) => c.name === name)!.value;
const none = () => false;

describe('framework cookie formats, read from real values', () => {
  it('Flask (itsdangerous): reads the signed JSON payload', () => {
    expect(readFrameworkValue('session', flask.plain.value, none)).toEqual({
      format: 'itsdangerous',
      framework: 'Flask',
      holds: 'session-data',
      protection: 'signed',
      data: { role: 'admin', user: 'demo' },
    });
  });

  it('Flask (itsdangerous): inflates a zlib-compressed payload (leading ".")', () => {
    expect(flask.compressed.value.startsWith('.')).toBe(true);
    const value = readFrameworkValue('session', flask.compressed.value, none);
    expect(value).toMatchObject({ format: 'itsdangerous', compressed: true });
    const data = value?.data as { user: string; cart: unknown[] };
    expect(data.user).toBe('demo');
    expect(data.cart).toHaveLength(40);
  });

  it('Django (signed_cookies): reads the session, plain and zlib-compressed', () => {
    expect(readFrameworkValue('sessionid', django.plain, none)).toEqual({
      format: 'django-signing',
      framework: 'Django (cookie-based sessions)',
      holds: 'session-data',
      protection: 'signed',
      data: { _auth_user_id: '1' },
    });
    const compressed = readFrameworkValue('sessionid', django.compressed, none);
    expect(compressed).toMatchObject({ compressed: true, data: { _auth_user_id: '1' } });
    expect((compressed?.data as { cart: unknown[] }).cart).toHaveLength(30);
  });

  it('cookie-session: reads the base64 JSON session and names its .sig as a signature', () => {
    const cookies = node['cookie-session'];
    const names = new Set(cookies.map((c) => c.name));
    const has = (n: string) => names.has(n);
    expect(readFrameworkValue('session', byName(cookies, 'session'), has)).toMatchObject({
      framework: 'cookie-session',
      holds: 'session-data',
      protection: 'signed',
      data: { user: 'demo', role: 'admin' },
    });
    expect(readFrameworkValue('session.sig', byName(cookies, 'session.sig'), has)).toMatchObject({
      framework: 'cookie-session',
      holds: 'signature',
    });
  });

  it('cookie-session: base64 JSON without its .sig next to it is not claimed', () => {
    const value = byName(node['cookie-session'], 'session');
    expect(readFrameworkValue('session', value, none)).toBeUndefined();
  });

  it('express-session: a signed session id, URL-encoded (s%3A…)', () => {
    const value = byName(node['express-session'], 'connect.sid');
    expect(value.startsWith('s%3A')).toBe(true);
    expect(readFrameworkValue('connect.sid', value, none)).toEqual({
      format: 'express-session',
      framework: 'express-session',
      holds: 'session-id',
      protection: 'signed',
    });
  });

  it.each(node['iron-session'])('iron-session: the seal $name is encrypted session data', (c) => {
    expect(readFrameworkValue(c.name, c.value, none)).toEqual({
      format: 'iron',
      framework: 'iron-session',
      holds: 'session-data',
      protection: 'encrypted',
    });
  });

  it('Auth.js: the JWT-strategy session-token (a JWE) is encrypted session data', () => {
    const value = byName(node.authjs.jwt, 'authjs.session-token');
    expect(readFrameworkValue('authjs.session-token', value, none)).toMatchObject({
      format: 'authjs-jwe',
      framework: 'Auth.js',
      holds: 'session-data',
      protection: 'encrypted',
    });
    expect(readFrameworkValue('__Secure-authjs.session-token', value, none)?.format).toBe(
      'authjs-jwe',
    );
  });

  it('Auth.js: the callback-url and csrf-token cookies are no framework value', () => {
    for (const name of ['authjs.callback-url', 'authjs.csrf-token']) {
      expect(readFrameworkValue(name, byName(node.authjs.jwt, name), none)).toBeUndefined();
    }
  });

  it('Laravel: the encrypted session cookie holds the session id', () => {
    expect(readFrameworkValue('laravel_session', php.laravel_session, none)).toEqual({
      format: 'laravel',
      framework: 'Laravel',
      holds: 'session-id',
      protection: 'encrypted',
    });
  });

  it('Rails: the encrypted cookie store (AES-256-GCM) is named, not read', () => {
    expect(readFrameworkValue(rails.name, rails.encrypted, none)).toEqual({
      format: 'rails',
      framework: 'Ruby on Rails',
      holds: 'session-data',
      protection: 'encrypted',
    });
  });

  it("Rails: an app's own encrypted cookie (not the session) is not claimed", () => {
    expect(readFrameworkValue('cart', rails.encrypted, none)).toBeUndefined();
  });

  it('Rails: a signed cookie shows its data, out of the _rails envelope', () => {
    const value = readFrameworkValue(rails.name, rails.signed, none);
    expect(value).toMatchObject({ framework: 'Ruby on Rails', protection: 'signed' });
    expect(value?.data).toMatchObject({ user_id: 1 });
  });

  it('ASP.NET Core: the auth cookie is a ticket, the session cookie a session id', () => {
    const auth = replicas.aspnetCoreCookies;
    const session = replicas.aspnetCoreSession;
    expect(readFrameworkValue(auth.name, auth.value, none)).toMatchObject({
      framework: 'ASP.NET Core',
      holds: 'session-data',
      protection: 'encrypted',
    });
    expect(readFrameworkValue(session.name, session.value, none)?.holds).toBe('session-id');
  });

  it('ASP.NET Core: its TempData and OpenID Connect state cookies are not claimed', () => {
    const { value } = replicas.aspnetCoreSession;
    for (const name of ['.AspNetCore.Mvc.CookieTempDataProvider', '.AspNetCore.Correlation.x1']) {
      expect(readFrameworkValue(name, value, none)).toBeUndefined();
    }
    expect(readFrameworkValue('MyApp.Auth', value, none)?.holds).toBe('session-data');
  });

  it('ASP.NET: a forms authentication ticket (.ASPXAUTH) is encrypted', () => {
    const { name, value } = replicas.aspxauth;
    expect(readFrameworkValue(name, value, none)?.framework).toBe('ASP.NET Forms Authentication');
  });

  it.each([
    [
      'a signed JWT',
      'token',
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlLXNpZ25hdHVyZQ',
    ],
    ['a PHP session id', 'PHPSESSID', php.PHPSESSID],
    ['a Django database session key', 'sessionid', 'k3j9x0q2m8v7b6n5c4x3z2l1p0o9i8u7'],
    [
      'a colon-separated non-JSON value',
      'sessionid',
      'bm90LWpzb24:1xaH73:UMXV4cZv2IF1Q1fRfXjhjVoDBspglqjvNP',
    ],
    ['a random id', 'sid', 'f3a9c0d1e4b5a6f7c8d9e0f1a2b3c4d5'],
    ['a percent-encoded URL', 'authjs.callback-url', 'http%3A%2F%2Flocalhost%3A3000%2Fdashboard'],
    ['XSRF-TOKEN (not a session cookie)', 'XSRF-TOKEN', php['XSRF-TOKEN']],
    ['a truncated seal', 'iron', 'Fe26.2*1*77adb5fbc33a33a20c3d*tfjX'],
  ])('does not claim %s', (_what, name, value) => {
    expect(readFrameworkValue(name, value, none)).toBeUndefined();
  });

  it('security: a zlib bomb is not inflated past a bounded buffer', () => {
    // 5 MB of JSON squeezed into about 5 KB: far more than any cookie carries.
    const bomb = deflateSync(Buffer.from(`{"a":"${'a'.repeat(5_000_000)}"}`));
    const value = `.${bomb.toString('base64url')}.axWkhQ.FiYEVxz2TfYz406w0kls9WOeEos`;
    expect(value.length).toBeLessThan(10_000);
    expect(readFrameworkValue('session', value, none)).toBeUndefined();
  });

  it('security: an oversized value is not examined', () => {
    const huge = `${'eyJ'.repeat(20_000)}.axWkhQ.FiYEVxz2TfYz406w0kls9WOeEos`;
    expect(readFrameworkValue('session', huge, none)).toBeUndefined();
  });
});
