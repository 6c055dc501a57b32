// @vitest-environment happy-dom
/**
 * Framework cookie values, made by the real libraries (test/fixtures/frameworks), pasted into the
 * panel's Decoder the ways a user copies them: the bare value, `name=value`, a Cookie header or a
 * Set-Cookie line. Each must be named (which framework, signed or encrypted, session data or a
 * session id), never shown as a broken JWT or an opaque string.
 */
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeInput } from '@/lib/engine/decoder/decode-input';
import { cookiePairs } from '@/lib/engine/decoder/pasted-cookies';
import { FIXTURE_NOW, noneReport } from '@/test/fixtures/engine-reports';
import django from '../../../fixtures/frameworks/django-values.json';
import flask from '../../../fixtures/frameworks/flask-values.json';
import node from '../../../fixtures/frameworks/node-values.json';
import php from '../../../fixtures/frameworks/php-values.json';
import rails from '../../../fixtures/frameworks/rails-values.json';
import replicas from '../../../fixtures/frameworks/replica-values.json';
import { renderPanel } from './helpers';

const byName = (list: { name: string; value: string; line?: string }[], name: string) =>
  list.find((c) => c.name === name)!;
const cookieSession = node['cookie-session'];
const expressSid = byName(node['express-session'], 'connect.sid');
const ironSeal = byName(node['iron-session'], 'iron_app');
const authJwe = byName(node.authjs.jwt, 'authjs.session-token');

function paste(value: string) {
  act(() => fireEvent.change(screen.getByTestId('decoder-input'), { target: { value } }));
  return screen.getByTestId('decoder-result');
}

interface Case {
  pasted: string;
  framework: string;
  format: string;
  holds: 'session-data' | 'session-id' | 'signature';
  protection: 'signed' | 'encrypted';
  /** The sentence the card says about it (English). */
  says: string;
  /** A value of the session's data, shown only once revealed. */
  data?: string;
  /** The name the reading assumed, for a bare value of a format known by its name. */
  assumed?: string;
}

const CASES: [string, Case][] = [
  [
    'Flask, the bare value',
    {
      pasted: flask.plain.value,
      framework: 'Flask',
      format: 'itsdangerous',
      holds: 'session-data',
      protection: 'signed',
      says: 'Flask: signed session data',
      data: '"role": "admin"',
    },
  ],
  [
    'Flask, zlib-compressed, as session=…',
    {
      pasted: `session=${flask.compressed.value}`,
      framework: 'Flask',
      format: 'itsdangerous',
      holds: 'session-data',
      protection: 'signed',
      says: 'zlib-compressed',
      data: '"cart": [',
    },
  ],
  [
    'Django cookie-based session',
    {
      pasted: django.plain,
      framework: 'Django (cookie-based sessions)',
      format: 'django-signing',
      holds: 'session-data',
      protection: 'signed',
      says: 'signed session data',
      data: '"_auth_user_id": "1"',
    },
  ],
  [
    'cookie-session, the bare value',
    {
      pasted: byName(cookieSession, 'session').value,
      framework: 'cookie-session',
      format: 'cookie-session',
      holds: 'session-data',
      protection: 'signed',
      says: 'cookie-session: signed session data',
      data: '"role": "admin"',
      assumed: 'read as the cookie cookie-session keeps its session in (session)',
    },
  ],
  [
    'express-session, as a Set-Cookie line',
    {
      pasted: `Set-Cookie: ${expressSid.line}`,
      framework: 'express-session',
      format: 'express-session',
      holds: 'session-id',
      protection: 'signed',
      says: 'A session ID signed by express-session. The session lives on the server.',
    },
  ],
  [
    'express-session, the bare s%3A… value',
    {
      pasted: expressSid.value,
      framework: 'express-session',
      format: 'express-session',
      holds: 'session-id',
      protection: 'signed',
      says: 'A session ID signed by express-session',
    },
  ],
  [
    'iron-session seal',
    {
      pasted: ironSeal.value,
      framework: 'iron-session',
      format: 'iron',
      holds: 'session-data',
      protection: 'encrypted',
      says: "Session data encrypted by iron-session, unreadable without the server's secret",
    },
  ],
  [
    'Rails encrypted cookie store, the bare value',
    {
      pasted: rails.encrypted,
      framework: 'Ruby on Rails',
      format: 'rails',
      holds: 'session-data',
      protection: 'encrypted',
      says: 'Session data encrypted by Ruby on Rails',
      assumed: 'read as the cookie Ruby on Rails keeps its session in (_session_id)',
    },
  ],
  [
    'Rails signed cookie, by its name',
    {
      pasted: `${rails.name}=${rails.signed}`,
      framework: 'Ruby on Rails',
      format: 'rails',
      holds: 'session-data',
      protection: 'signed',
      says: 'Ruby on Rails: signed session data',
      data: '"user_id": 1',
    },
  ],
  [
    'Laravel session, as a Cookie header',
    {
      pasted: `Cookie: XSRF-TOKEN=${php['XSRF-TOKEN']}; laravel_session=${php.laravel_session}`,
      framework: 'Laravel',
      format: 'laravel',
      holds: 'session-id',
      protection: 'encrypted',
      says: 'A session ID encrypted by Laravel',
    },
  ],
  [
    'ASP.NET Core authentication cookie',
    {
      pasted: `${replicas.aspnetCoreCookies.name}=${replicas.aspnetCoreCookies.value}`,
      framework: 'ASP.NET Core',
      format: 'aspnet-data-protection',
      holds: 'session-data',
      protection: 'encrypted',
      says: 'Session data encrypted by ASP.NET Core',
    },
  ],
  [
    'Auth.js session token (JWE)',
    {
      pasted: `${authJwe.name}=${authJwe.value}`,
      framework: 'Auth.js',
      format: 'authjs-jwe',
      holds: 'session-data',
      protection: 'encrypted',
      says: 'Session data encrypted by Auth.js',
    },
  ],
];

describe('Decoder: a framework’s own cookie format', () => {
  afterEach(cleanup);

  it.each(CASES)('%s: named, not a broken JWT or opaque', (_label, c) => {
    renderPanel(noneReport, 'decoder');
    const result = paste(c.pasted);
    expect(result.getAttribute('data-status')).toBe('ok');
    const card = within(result)
      .getAllByTestId('decoded-item')
      .find((el) => el.getAttribute('data-framework') === c.format);
    expect(card, 'a card for the framework value').toBeDefined();
    expect(card!.querySelector('[data-error-code]')).toBeNull();
    expect(card!.querySelector('h3')?.textContent).toContain(c.framework);
    const details = within(card!).getByTestId('token-framework');
    expect(details.getAttribute('data-holds')).toBe(c.holds);
    expect(details.getAttribute('data-protection')).toBe(c.protection);
    // Case aside: the catalogue's capitals (session ID) are its glossary's business.
    expect(details.textContent?.toLowerCase()).toContain(c.says.toLowerCase());
    // What the value is, by the engine's own rule.
    expect(within(card!).getByTestId('decoded-kind').getAttribute('data-token-kind')).toBe(c.holds);
    const assumed = within(card!).queryByTestId('decoded-assumed-name');
    if (c.assumed) expect(assumed?.textContent).toContain(c.assumed);
    else expect(assumed).toBeNull();
  });

  it.each(CASES.filter(([, c]) => c.data))(
    'security: %s — the session data is masked until revealed',
    (_label, c) => {
      renderPanel(noneReport, 'decoder');
      const details = within(paste(c.pasted)).getByTestId('token-framework');
      expect(details.textContent).not.toContain(c.data);
      fireEvent.click(within(details).getByRole('button', { name: /^Reveal the value/ }));
      expect(details.textContent).toContain(c.data);
    },
  );

  it('encrypted values show no data, only what encrypted them', () => {
    for (const [, c] of CASES.filter(([, c]) => c.protection === 'encrypted')) {
      const framework = decodeInput(c.pasted, FIXTURE_NOW).items.find(
        (i) => i.decoded.framework?.format === c.format,
      )?.decoded.framework;
      expect(framework?.data, c.format).toBeUndefined();
    }
  });

  it('cookie-session as a Cookie header: the session and its .sig, each named', () => {
    const header = `Cookie: ${cookieSession.map((c) => `${c.name}=${c.value}`).join('; ')}`;
    const { status, items } = decodeInput(header, FIXTURE_NOW);
    expect(status).toBe('ok');
    expect(items.map((i) => [i.source, i.decoded.framework?.holds, i.kind?.kind])).toEqual([
      ['session', 'session-data', 'session-data'],
      ['session.sig', 'signature', undefined],
    ]);
    expect(items[0]?.assumedName).toBeUndefined();
  });

  it('a Cookie header with a framework session and a JWT: both are read', () => {
    const jwt = `${Buffer.from('{"alg":"HS256"}').toString('base64url')}.${Buffer.from(
      '{"sub":"alice"}',
    ).toString('base64url')}.c2ln`;
    const { items } = decodeInput(
      `Cookie: theme=dark; session=${flask.plain.value}; access_token=${jwt}`,
      FIXTURE_NOW,
    );
    expect(
      items.map((i) => [i.source, i.decoded.framework?.framework ?? i.decoded.format]),
    ).toEqual([
      ['session', 'Flask'],
      ['access_token', 'jws'],
    ]);
  });

  it('Korean: says what the value is in Korean', () => {
    renderPanel(noneReport, 'decoder', 'ko');
    const result = paste(rails.encrypted);
    expect(within(result).getByTestId('token-framework').textContent).toContain(
      '암호화한 세션 데이터',
    );
    expect(within(result).getByTestId('decoded-assumed-name').textContent).toContain(
      '"이름=값" 형태로',
    );
  });

  it('a JWT, or a cut one, is still decoded as a JWT with its reasons', () => {
    const header = Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url');
    expect(decodeInput(header, FIXTURE_NOW)).toMatchObject({
      status: 'error',
      errorCode: 'ERR_TRUNCATED',
    });
    expect(decodeInput(`token=${header}.e30`, FIXTURE_NOW).items[0]?.decoded.framework).toBe(
      undefined,
    );
  });
});

describe('cookiePairs', () => {
  it.each([
    ['a=1', [{ name: 'a', value: '1' }]],
    [
      'Cookie: a=1; b="two"',
      [
        { name: 'a', value: '1' },
        { name: 'b', value: 'two' },
      ],
    ],
    ['Set-Cookie: sid=x=y; Path=/; HttpOnly; b=2', [{ name: 'sid', value: 'x=y' }]],
    ['sid=abc; Path=/; Secure; SameSite=Lax', [{ name: 'sid', value: 'abc' }]],
  ])('%s', (text, wanted) => {
    expect(cookiePairs(text)).toEqual(wanted);
  });

  it.each(['eyJhbGciOiJIUzI1NiJ9', '{"a":"b=c"}', 'https://x.test/?a=b c', 'a b=c'])(
    'not cookies: %s',
    (text) => {
      expect(cookiePairs(text)).toBeUndefined();
    },
  );
});
