import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/engine/analyze/analyze';
import { decodeToken } from '@/lib/engine/decode/decode-token';
import { guessTokenKind } from '@/lib/engine/analyze/token-kind';
import type { Sighting } from '@/lib/engine/analyze/types';
import type { TokenKind } from '@/lib/engine/model/report';
import { bearer, cookie, goodClaims, jwt, NOW, request, SITE, snap, stored } from './helpers';

const at = (o: Partial<Sighting> = {}): Sighting => ({
  artifactId: 'a1',
  location: 'localStorage',
  name: 'auth',
  firstParty: true,
  ...o,
});
const OPAQUE = 'Zx8f2Qp9LmN4vR7tY1wK3eH6uJ0aS5dF';

describe('token kind', () => {
  it.each<[string, string, Sighting[], TokenKind]>([
    ['Cognito token_use=id', jwt(goodClaims({ token_use: 'id' })), [at({ name: 'x' })], 'id'],
    [
      'RFC 9068 typ at+jwt',
      jwt({ sub: 'a' }, { alg: 'ES256', typ: 'at+jwt' }),
      [at({ name: 'x' })],
      'access',
    ],
    [
      'Keycloak payload typ Refresh',
      jwt({ typ: 'Refresh', sub: 'a' }),
      [at({ name: 'x' })],
      'refresh',
    ],
    ['OIDC nonce', jwt({ sub: 'a', nonce: 'n1' }), [at({ name: 'access_token' })], 'id'],
    ['at_hash', jwt({ sub: 'a', at_hash: 'h' }), [at()], 'id'],
    ['a refresh_token key', OPAQUE, [at({ name: 'refresh_token' })], 'refresh'],
    [
      'a JSON path ending in idToken',
      jwt({ sub: 'a' }),
      [at({ name: 'auth', path: '$.user.idToken' })],
      'id',
    ],
    ['an XSRF name', OPAQUE, [at({ name: 'XSRF-TOKEN' })], 'csrf'],
    ['scope claim', jwt({ sub: 'a', scope: 'read write' }), [at()], 'access'],
    [
      'sent as bearer',
      OPAQUE,
      [at({ location: 'header', name: 'Authorization', bearer: true, header: true })],
      'access',
    ],
    [
      'opaque value in a cookie',
      OPAQUE,
      [at({ location: 'cookie-httponly', name: 'sid_x' })],
      'session-id',
    ],
    [
      'JWT in a cookie',
      jwt({ sub: 'a' }),
      [at({ location: 'cookie-httponly', name: 'auth' })],
      'access',
    ],
    ['nothing to go on', OPAQUE, [at({ name: 'blob' })], 'unknown'],
  ])('%s', (_what, value, sightings, kind) => {
    const guess = guessTokenKind(decodeToken(value), sightings);
    expect(guess.kind).toBe(kind);
    expect(guess.reasons.length).toBeGreaterThan(0);
  });

  it('lets what the issuer wrote beat the name the app chose', () => {
    const idToken = jwt({ sub: 'a', nonce: 'n' });
    expect(guessTokenKind(decodeToken(idToken), [at({ name: 'access_token' })]).kind).toBe('id');
  });

  it('uses the knowledge table for SDK keys', () => {
    const report = analyze(
      snap({ storage: [stored('CognitoIdentityServiceProvider.cid.alice.refreshToken', OPAQUE)] }),
      NOW,
    );
    expect(report.tokens[0]?.kind).toBe('refresh');
    expect(report.tokens[0]?.kindReasons[0]?.params).toMatchObject({
      sdk: 'Amazon Cognito / Amplify',
    });
  });
});

describe('issuer', () => {
  it('names a known identity provider among the reasons', () => {
    const token = jwt(
      goodClaims({ iss: 'https://cognito-idp.ap-northeast-2.amazonaws.com/ap-northeast-2_AbC' }),
    );
    const reasons = analyze(snap({ storage: [stored('access_token', token)] }), NOW).tokens[0]
      ?.kindReasons;
    expect(reasons).toContainEqual({
      key: 'analysis.kind.reason.issuer',
      params: { provider: 'Amazon Cognito' },
    });
  });

  it('does not name a provider for an unknown issuer', () => {
    const reasons = analyze(snap({ storage: [stored('access_token', jwt(goodClaims()))] }), NOW)
      .tokens[0]?.kindReasons;
    expect(reasons?.map((r) => r.key)).not.toContain('analysis.kind.reason.issuer');
  });
});

describe('one token, many places', () => {
  it('dedupes a value found in storage, a header and a cookie into one TokenReport', () => {
    const token = jwt(goodClaims());
    const report = analyze(
      snap({
        cookies: [cookie({ name: 'auth', value: token })],
        storage: [
          stored('access_token', token),
          stored('backup', JSON.stringify({ access_token: token })),
        ],
        requests: [bearer(`${SITE}/api/a`, token), bearer(`${SITE}/api/b`, token)],
      }),
      NOW,
    );
    expect(report.tokens).toHaveLength(1);
    expect(report.tokens[0]?.artifactIds).toHaveLength(4);
    expect(report.tokens[0]?.sentIn).toHaveLength(2);
  });

  it('joins Auth.js chunked cookies into one token', () => {
    const token = jwt(goodClaims());
    const cut = Math.floor(token.length / 2);
    const report = analyze(
      snap({
        cookies: [
          cookie({ name: '__Secure-authjs.session-token.1', value: token.slice(cut) }),
          cookie({ name: '__Secure-authjs.session-token.0', value: token.slice(0, cut) }),
        ],
      }),
      NOW,
    );
    expect(report.tokens).toHaveLength(1);
    expect(report.tokens[0]?.value).toBe(token);
    expect(report.tokens[0]?.format).toBe('jws');
    expect(report.cookies.every((c) => c.tokenId === report.tokens[0]?.id)).toBe(true);
    expect(report.cookies[0]?.credential.knownAs).toBe('Auth.js / NextAuth.js');
  });
});

describe('an OAuth authorization code on a redirect URL', () => {
  const CODE = 'SplxlOBeZQQYbYS6WxSbIA';
  const byValue = (report: ReturnType<typeof analyze>, value: string) =>
    report.tokens.find((t) => t.value === value);

  it('on the page URL (?code= next to state) is named, not an unknown token, and logs no one in', () => {
    const report = analyze(snap({}, `${SITE}/callback?code=${CODE}&state=af0ifjsldkj`), NOW);
    const token = byValue(report, CODE);
    expect(token?.kind).toBe('authorization-code');
    expect(token?.kindReasons).toEqual([
      { key: 'analysis.kind.reason.authorization-code', params: { name: 'code' } },
    ]);
    expect(report.verdict.kind).toBe('none');
  });

  it('in the fragment (#code=), even when it looks like a JWT, is no token login', () => {
    const code = jwt(goodClaims());
    const report = analyze(snap({}, `${SITE}/callback#state=xyz&code=${code}`), NOW);
    expect(byValue(report, code)?.kind).toBe('authorization-code');
    expect(report.verdict.kind).toBe('none');
  });

  it('in the redirect the tab followed to its callback, next to a real login', () => {
    const access = jwt(goodClaims());
    const report = analyze(
      snap({
        requests: [
          request({ url: `${SITE}/callback?state=xyz&code=${CODE}`, type: 'main_frame' }),
          bearer(`${SITE}/api/me`, access),
        ],
      }),
      NOW,
    );
    const code = byValue(report, CODE);
    expect(code?.kind).toBe('authorization-code');
    expect(report.verdict.kind).toBe('token');
    expect(report.verdict.evidence.some((e) => e.tokenId === code?.id)).toBe(false);
    expect(byValue(report, access)?.kind).toBe('access');
  });
});
