import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/engine/analyze/analyze';
import { cookieExpiry, tokenExpiry } from '@/lib/engine/analyze/expiry';
import { cookie, goodClaims, jwt, NOW, SEC, snap, stored } from './helpers';

const SOON = 5 * 60 * 1000;

describe('cookie expiry', () => {
  it.each([
    ['a session cookie dies with the browser', { session: true }, 'session'],
    [
      'a persistent cookie a day away is valid',
      { session: false, expirationDate: SEC + 86400 },
      'valid',
    ],
    [
      'four minutes left is expiring soon',
      { session: false, expirationDate: SEC + 240 },
      'expiring-soon',
    ],
    ['a past date is expired', { session: false, expirationDate: SEC - 1 }, 'expired'],
  ] as const)('%s', (_what, c, state) => {
    expect(cookieExpiry(c, NOW, SOON).state).toBe(state);
  });

  it('gives a persistent cookie its date in ms', () => {
    expect(cookieExpiry({ session: false, expirationDate: SEC + 60 }, NOW, SOON).expiresAt).toBe(
      (SEC + 60) * 1000,
    );
  });
});

describe('token expiry', () => {
  it.each([
    ['no exp never expires', {}, 'never-expires'],
    ['exp in an hour is valid', { expiresAt: NOW + 3_600_000 }, 'valid'],
    ['exp in two minutes is expiring soon', { expiresAt: NOW + 120_000 }, 'expiring-soon'],
    ['exp a second ago is expired', { expiresAt: NOW - 1000 }, 'expired'],
    [
      'nbf in an hour is not yet valid',
      { notBefore: NOW + 3_600_000, expiresAt: NOW + 7_200_000 },
      'not-yet-valid',
    ],
    [
      'nbf 30 s ahead is tolerated as clock skew',
      { notBefore: NOW + 30_000, expiresAt: NOW + 7_200_000 },
      'valid',
    ],
  ] as const)('%s', (_what, times, state) => {
    expect(tokenExpiry(times, NOW, SOON).state).toBe(state);
  });

  it('computes the lifetime as exp − iat', () => {
    expect(
      tokenExpiry({ issuedAt: NOW - 60_000, expiresAt: NOW + 60_000 }, NOW, SOON).lifetimeMs,
    ).toBe(120_000);
  });

  it('honours the expiring-soon setting', () => {
    expect(tokenExpiry({ expiresAt: NOW + 600_000 }, NOW, SOON).state).toBe('valid');
    expect(tokenExpiry({ expiresAt: NOW + 600_000 }, NOW, 15 * 60 * 1000).state).toBe(
      'expiring-soon',
    );
    const s = snap({ storage: [stored('access_token', jwt(goodClaims({ exp: SEC + 600 })))] });
    expect(analyze(s, NOW, { expiringSoonMs: 15 * 60 * 1000 }).tokens[0]?.expiry.state).toBe(
      'expiring-soon',
    );
    expect(analyze(s, NOW).tokens[0]?.expiry.state).toBe('valid');
  });
});

describe('expiry in the report', () => {
  it('gives an opaque cookie token the cookie expiry and names the soonest expiry', () => {
    const report = analyze(
      snap({
        cookies: [
          cookie({
            name: 'sessionid',
            value: 'Zx8f2Qp9LmN4vR7tY1wK3eH6uJ0aS5dF',
            session: false,
            expirationDate: SEC + 7200,
          }),
        ],
        storage: [stored('access_token', jwt(goodClaims({ exp: SEC + 300 })))],
      }),
      NOW,
    );
    const sid = report.tokens.find((t) => t.format === 'opaque');
    expect(sid?.expiry).toMatchObject({ state: 'valid', expiresAt: (SEC + 7200) * 1000 });
    const jws = report.tokens.find((t) => t.format === 'jws');
    expect(report.soonestExpiry).toEqual({ tokenId: jws?.id, expiresAt: (SEC + 300) * 1000 });
  });

  it('counts session and persistent cookies', () => {
    const report = analyze(
      snap({
        cookies: [
          cookie({ name: 'a', value: '1' }),
          cookie({ name: 'b', value: '2', session: false, expirationDate: SEC + 10 }),
          cookie({ name: 'c', value: '3', session: false, expirationDate: SEC + 99 }),
        ],
      }),
      NOW,
    );
    expect(report.counts.cookies).toEqual({ session: 1, persistent: 2, total: 3 });
  });
});
