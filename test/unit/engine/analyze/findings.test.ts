import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/engine/analyze/analyze';
import { FINDING_CATALOGUE, FINDING_IDS, type FindingId } from '@/lib/engine/findings/catalogue';
import { suspiciousKid } from '@/lib/engine/findings/jwt-checks';
import { catalogue } from '@/lib/engine/i18n/catalogue';
import type { Snapshot } from '@/lib/engine/model/snapshot';
import { bearer, cookie, goodClaims, jwt, NOW, SEC, SITE, snap, stored } from './helpers';

/** A JWT in localStorage, sent as a bearer token: the usual way a JWT check gets to see a token. */
function jwtSite(token: string, sentAt = NOW - 1000): Snapshot {
  return snap({
    storage: [stored('access_token', token)],
    requests: [bearer(`${SITE}/api/me`, token, { time: sentAt })],
  });
}

const good = () => jwtSite(jwt(goodClaims()));
const credCookie = (o: Parameters<typeof cookie>[0]) => snap({ cookies: [cookie(o)] });
const SID = 'Zx8f2Qp9LmN4vR7tY1wK3eH6uJ0aS5dF';

/**
 * One case per catalogue id: `hit` must raise it, `miss` (the same setup done right) must not.
 * Typed as a full Record so a new catalogue id without a test does not compile.
 */
const CASES: Record<FindingId, { hit: () => Snapshot; miss: () => Snapshot }> = {
  'jwt.alg-none': {
    hit: () => jwtSite(jwt(goodClaims(), { alg: 'nOnE', typ: 'JWT' }, '')),
    miss: good,
  },
  'jwt.empty-signature': {
    hit: () => jwtSite(jwt(goodClaims(), { alg: 'RS256' }, '')),
    miss: good,
  },
  'jwt.ecdsa-zero-signature': {
    hit: () => jwtSite(jwt(goodClaims(), { alg: 'ES256' }, 'A'.repeat(86))),
    miss: good,
  },
  'jwt.hmac-alg': {
    hit: () => jwtSite(jwt(goodClaims(), { alg: 'HS256', typ: 'JWT' })),
    miss: good,
  },
  'jwt.embedded-jwk': {
    hit: () =>
      jwtSite(
        jwt(goodClaims(), { alg: 'ES256', jwk: { kty: 'EC', crv: 'P-256', x: 'x', y: 'y' } }),
      ),
    miss: good,
  },
  'jwt.jku-x5u': {
    hit: () =>
      jwtSite(jwt(goodClaims(), { alg: 'RS256', jku: 'https://attacker.example/jwks.json' })),
    miss: good,
  },
  'jwt.suspicious-kid': {
    hit: () => jwtSite(jwt(goodClaims(), { alg: 'HS256', kid: '../../../../dev/null' })),
    miss: () => jwtSite(jwt(goodClaims(), { alg: 'ES256', kid: '2026-11-key-1' })),
  },
  'jwt.missing-exp': {
    hit: () => jwtSite(jwt(goodClaims({ exp: undefined }))),
    miss: good,
  },
  'jwt.long-lifetime': {
    hit: () => jwtSite(jwt(goodClaims({ iat: SEC - 60, exp: SEC + 30 * 86400 }))),
    miss: good,
  },
  'jwt.expired-still-sent': {
    hit: () => jwtSite(jwt(goodClaims({ iat: SEC - 3600, exp: SEC - 600 })), NOW - 60_000),
    miss: () => jwtSite(jwt(goodClaims({ iat: SEC - 3600, exp: SEC - 600 })), NOW - 1_200_000),
  },
  'jwt.nbf-in-future': {
    hit: () => jwtSite(jwt(goodClaims({ nbf: SEC + 3600 }))),
    miss: () => jwtSite(jwt(goodClaims({ nbf: SEC + 30 }))),
  },
  'jwt.iat-in-future': {
    hit: () => jwtSite(jwt(goodClaims({ iat: SEC + 3600, exp: SEC + 7200 }))),
    miss: () => jwtSite(jwt(goodClaims({ iat: SEC + 20 }))),
  },
  'jwt.exp-in-milliseconds': {
    hit: () => jwtSite(jwt(goodClaims({ exp: (SEC + 3600) * 1000 }))),
    miss: good,
  },
  'jwt.missing-iss': {
    hit: () => jwtSite(jwt(goodClaims({ iss: undefined }))),
    miss: good,
  },
  'jwt.missing-aud': {
    hit: () => jwtSite(jwt(goodClaims({ aud: undefined }))),
    miss: good,
  },
  'jwt.id-token-as-bearer': {
    hit: () => jwtSite(jwt(goodClaims({ scope: undefined, nonce: 'n-0S6_WzA2Mj' }))),
    miss: () =>
      snap({
        storage: [stored('id_token', jwt(goodClaims({ scope: undefined, nonce: 'n-0S6_WzA2Mj' })))],
      }),
  },
  'jwt.sensitive-payload': {
    hit: () =>
      jwtSite(jwt(goodClaims({ email: 'alice@example.com', phone_number: '+82 10-1234-5678' }))),
    miss: good,
  },
  'cookie.credential-without-httponly': {
    hit: () => credCookie({ name: 'sessionid', value: SID, httpOnly: false }),
    miss: () => credCookie({ name: 'sessionid', value: SID }),
  },
  'cookie.credential-without-secure': {
    hit: () => credCookie({ name: 'sessionid', value: SID, secure: false }),
    miss: () => credCookie({ name: 'sessionid', value: SID }),
  },
  'cookie.samesite-missing': {
    hit: () => credCookie({ name: 'sessionid', value: SID, sameSite: 'unspecified' }),
    miss: () => credCookie({ name: 'sessionid', value: SID, sameSite: 'strict' }),
  },
  'cookie.samesite-none-without-secure': {
    hit: () =>
      credCookie({ name: 'sessionid', value: SID, sameSite: 'no_restriction', secure: false }),
    miss: () =>
      credCookie({ name: 'sessionid', value: SID, sameSite: 'no_restriction', secure: true }),
  },
  'cookie.loose-domain': {
    hit: () =>
      credCookie({ name: 'sessionid', value: SID, domain: '.example.com', hostOnly: false }),
    miss: () => credCookie({ name: 'sessionid', value: SID }),
  },
  'cookie.host-prefix-broken': {
    hit: () =>
      credCookie({ name: '__Host-sid', value: SID, domain: '.example.com', hostOnly: false }),
    miss: () => credCookie({ name: '__Host-sid', value: SID }),
  },
  'cookie.secure-prefix-broken': {
    hit: () => credCookie({ name: '__Secure-sid', value: SID, secure: false }),
    miss: () => credCookie({ name: '__Secure-sid', value: SID }),
  },
  'cookie.jwt-readable-by-scripts': {
    hit: () => credCookie({ name: 'auth', value: jwt(goodClaims()), httpOnly: false }),
    miss: () => credCookie({ name: 'auth', value: jwt(goodClaims()) }),
  },
  'storage.token-in-localstorage': {
    hit: () =>
      snap({
        storage: [stored('auth', JSON.stringify({ user: { accessToken: jwt(goodClaims()) } }))],
      }),
    miss: () =>
      snap({
        storage: [stored('theme', 'dark'), stored('auth', jwt(goodClaims()), 'sessionStorage')],
      }),
  },
  'storage.token-in-sessionstorage': {
    hit: () => snap({ storage: [stored('auth', jwt(goodClaims()), 'sessionStorage')] }),
    miss: () => snap({ storage: [stored('auth', jwt(goodClaims()))] }),
  },
  'storage.token-in-indexeddb': {
    hit: () =>
      snap({
        indexedDB: [
          {
            origin: SITE,
            database: 'firebaseLocalStorageDb',
            store: 'firebaseLocalStorage',
            key: 'firebase:authUser:AIza:[DEFAULT]',
            value: JSON.stringify({
              value: { stsTokenManager: { accessToken: jwt(goodClaims()) } },
            }),
          },
        ],
      }),
    miss: () =>
      snap({
        indexedDB: [
          { origin: SITE, database: 'app', store: 'prefs', key: 'k', value: '{"theme":"dark"}' },
        ],
      }),
  },
  'storage.refresh-token-readable': {
    hit: () => snap({ storage: [stored('refresh_token', 'rt_9f8e7d6c5b4a39281706f5e4d3c2b1a0')] }),
    miss: () =>
      snap({
        cookies: [cookie({ name: 'refresh_token', value: 'rt_9f8e7d6c5b4a39281706f5e4d3c2b1a0' })],
      }),
  },
  'url.token-in-url': {
    hit: () => snap({}, `${SITE}/callback#access_token=${jwt(goodClaims())}&token_type=Bearer`),
    miss: () => snap({}, `${SITE}/callback?page=2`),
  },
  'transport.credentials-over-http': {
    hit: () => snap({ requests: [bearer('http://api.example.com/v1/me', jwt(goodClaims()))] }),
    miss: () => snap({ requests: [bearer('http://api.localhost:8080/v1/me', jwt(goodClaims()))] }),
  },
};

const idsOf = (s: Snapshot) => analyze(s, NOW).findings.map((f) => f.id);

describe('findings catalogue', () => {
  it('has a test case for every id and no stray cases', () => {
    expect(Object.keys(CASES).sort()).toEqual([...FINDING_IDS].sort());
  });

  it.each(FINDING_IDS)('%s has text in ko and en', (id) => {
    const entry = catalogue[`finding.${id}`];
    expect(entry?.ko.trim()).toBeTruthy();
    expect(entry?.en.trim()).toBeTruthy();
  });

  it.each(FINDING_IDS)('%s has a severity and a basis', (id) => {
    expect(['high', 'medium', 'low', 'info']).toContain(FINDING_CATALOGUE[id].severity);
    expect(FINDING_CATALOGUE[id].basis).not.toBe('');
  });

  describe.each(FINDING_IDS)('%s', (id) => {
    it('is raised when the problem is there', () => {
      expect(idsOf(CASES[id].hit())).toContain(id);
    });
    it('stays quiet when it is not', () => {
      expect(idsOf(CASES[id].miss())).not.toContain(id);
    });
  });

  it('keeps finding ids free of "@", which separates id and target in a finding key', () => {
    for (const id of FINDING_IDS) expect(id).not.toContain('@');
  });

  it('reports a problem once per place, even when two tokens share that place', () => {
    // Express stores `res.cookie(name, object)` as `j:` + JSON: one cookie, two tokens.
    const value = `j:${JSON.stringify({
      access: jwt(goodClaims(), { alg: 'HS256' }),
      refresh: jwt(goodClaims({ sub: 'bob' }), { alg: 'HS256' }),
    })}`;
    const report = analyze(snap({ cookies: [cookie({ name: 'tokens', value })] }), NOW);
    expect(report.tokens).toHaveLength(2);
    const keys = report.findings.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(report.findings.filter((f) => f.id === 'jwt.hmac-alg')).toHaveLength(1);
  });

  it('points each finding at an artifact or token of the report', () => {
    const report = analyze(CASES['jwt.alg-none'].hit(), NOW);
    const finding = report.findings.find((f) => f.id === 'jwt.alg-none');
    expect(report.tokens.map((t) => t.id)).toContain(finding?.tokenId);
    expect(report.artifacts.map((a) => a.id)).toContain(finding?.artifactId);
    expect(report.tokens.find((t) => t.id === finding?.tokenId)?.findingIds).toContain(
      finding?.key,
    );
  });
});

describe('suspicious kid', () => {
  it.each([
    ['../../../../dev/null', true],
    ["x' UNION SELECT 'key", true],
    ['https://attacker.example/key.pem', true],
    ['key|whoami', true],
    ['2026-11-key-1', false],
    ['c3f2a1b0-0000-4000-8000-abcdefabcdef', false],
    [42, false],
  ])('security: %s → %s', (kid, flagged) => {
    expect(suspiciousKid(kid) !== undefined).toBe(flagged);
  });
});
