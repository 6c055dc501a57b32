/**
 * One realistic snapshot per auth stack: the knowledge tables and format readers must make the
 * engine name each credential's kind, say which cookies and keys are not credentials, and show
 * the stack by name. Values made by real libraries come from test/fixtures/frameworks.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/engine/analyze/analyze';
import type { Report, TokenReport } from '@/lib/engine/model/report';
import type { IndexedDbEntry, Snapshot } from '@/lib/engine/model/snapshot';
import django from '../../../fixtures/frameworks/django-values.json';
import flask from '../../../fixtures/frameworks/flask-values.json';
import node from '../../../fixtures/frameworks/node-values.json';
import php from '../../../fixtures/frameworks/php-values.json';
import rails from '../../../fixtures/frameworks/rails-values.json';
import replicas from '../../../fixtures/frameworks/replica-values.json';
import { cookie, goodClaims, jwt, NOW, request, SEC, SITE, snap, stored } from '../analyze/helpers';

const valueOf = (list: { name: string; value: string }[], name: string) =>
  list.find((c) => c.name === name)!.value;

/** The page sends its cookies with one request, as a browser would. */
function withCookies(parts: Partial<Snapshot>): Snapshot {
  const cookies = parts.cookies ?? [];
  const header = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const requests = [
    ...(header
      ? [request({ url: `${SITE}/api/me`, requestHeaders: [{ name: 'Cookie', value: header }] })]
      : []),
    ...(parts.requests ?? []),
  ];
  return snap({ ...parts, requests });
}

function cookieOf(report: Report, name: string) {
  const found = report.cookies.find((c) => c.name === name);
  if (!found) throw new Error(`no cookie ${name}`);
  return found;
}

function tokenOfCookie(report: Report, name: string): TokenReport {
  const id = cookieOf(report, name).tokenId;
  const token = report.tokens.find((t) => t.id === id);
  if (!token) throw new Error(`cookie ${name} has no token`);
  return token;
}

/** The token found at a storage key (and JSON path ending, if given). */
function tokenAt(report: Report, key: string, pathEnd?: string): TokenReport {
  const artifact = report.artifacts.find(
    (a) => a.name === key && (pathEnd === undefined || (a.path ?? '').endsWith(pathEnd)),
  );
  const token = report.tokens.find((t) => t.id === artifact?.tokenId);
  if (!token) throw new Error(`no token at ${key} ${pathEnd ?? ''}`);
  return token;
}

const reasonsText = (t: TokenReport) => JSON.stringify(t.kindReasons);

function expectNotCredential(report: Report, name: string, knownAs?: string) {
  const c = cookieOf(report, name);
  expect(c.credential.is, name).toBe(false);
  expect(c.tokenId, name).toBeUndefined();
  if (knownAs) expect(c.credential.knownAs).toContain(knownAs);
}

function expectCredential(
  report: Report,
  name: string,
  kind: TokenReport['kind'],
  knownAs: string,
): TokenReport {
  const c = cookieOf(report, name);
  expect(c.credential, name).toMatchObject({ is: true, kind });
  expect(c.credential.knownAs).toContain(knownAs);
  return tokenOfCookie(report, name);
}

describe('Auth.js / NextAuth.js', () => {
  const real = node.authjs.jwt;

  it('JWT strategy: the session-token is the session (JWE); callback-url and csrf-token are not credentials', () => {
    const report = analyze(
      withCookies({
        cookies: real.map((c) => cookie({ name: c.name, value: c.value })),
      }),
      NOW,
    );
    const token = expectCredential(report, 'authjs.session-token', 'session-data', 'Auth.js');
    expect(token.format).toBe('jwe');
    expect(token.framework).toMatchObject({ framework: 'Auth.js', holds: 'session-data' });
    expectNotCredential(report, 'authjs.callback-url', 'Auth.js');
    expectNotCredential(report, 'authjs.csrf-token', 'Auth.js');
    expect(report.verdict.kind).toBe('token-in-cookie');
  });

  it('chunked .0/.1 under the __Secure- prefix make one session token', () => {
    const chunks = node.authjs.chunked.filter((c) => c.name.startsWith('authjs.session-token.'));
    expect(chunks).toHaveLength(2);
    const report = analyze(
      withCookies({
        cookies: chunks.map((c) => cookie({ name: `__Secure-${c.name}`, value: c.value })),
      }),
      NOW,
    );
    expect(report.tokens).toHaveLength(1);
    expect(report.tokens[0]).toMatchObject({ format: 'jwe', kind: 'session-data' });
    expect(report.problems).toEqual([]);
  });

  it('database strategy: an opaque session-token is a session id', () => {
    const report = analyze(
      withCookies({
        cookies: [cookie({ name: 'next-auth.session-token', value: crypto.randomUUID() })],
      }),
      NOW,
    );
    expectCredential(report, 'next-auth.session-token', 'session-id', 'Auth.js');
    expect(report.verdict.kind).toBe('session');
  });
});

describe('client-side SDKs in storage', () => {
  it('Firebase Auth (IndexedDB firebaseLocalStorageDb): the ID token and refresh token', () => {
    const idToken = jwt({
      ...goodClaims(),
      iss: 'https://securetoken.google.com/demo-project',
      aud: 'demo-project',
      firebase: { sign_in_provider: 'password' },
    });
    const key = 'firebase:authUser:AIzaSyDemoKey:[DEFAULT]';
    const record: IndexedDbEntry = {
      origin: SITE,
      database: 'firebaseLocalStorageDb',
      store: 'firebaseLocalStorage',
      key: JSON.stringify(key),
      value: JSON.stringify({
        fbase_key: key,
        value: {
          uid: 'u1',
          email: 'demo@example.com',
          stsTokenManager: {
            refreshToken: 'AMf-vBx3_Zq9demoRefreshTokenValue0123456789abcdef',
            accessToken: idToken,
            expirationTime: (SEC + 3600) * 1000,
          },
        },
      }),
    };
    const report = analyze(snap({ indexedDB: [record] }), NOW);
    const name = `firebaseLocalStorageDb/firebaseLocalStorage/${record.key}`;
    const id = tokenAt(report, name, 'stsTokenManager.accessToken');
    expect(id.kind).toBe('id');
    expect(reasonsText(id)).toContain('Firebase Auth');
    expect(tokenAt(report, name, 'stsTokenManager.refreshToken').kind).toBe('refresh');
  });

  it('Supabase: the session in storage and in chunked base64- cookies; the anon key is no credential', () => {
    const access = jwt({
      ...goodClaims(),
      iss: 'https://abcd.supabase.co/auth/v1',
      role: 'authenticated',
    });
    const session = JSON.stringify({
      access_token: access,
      token_type: 'bearer',
      expires_at: SEC + 3600,
      refresh_token: 'v1.MTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1u',
      user: { id: 'u1', email: 'demo@example.com' },
    });
    const cookieValue = `base64-${Buffer.from(session).toString('base64url')}`;
    const half = Math.ceil(cookieValue.length / 2);
    const anon = jwt({
      iss: 'supabase',
      ref: 'abcd',
      role: 'anon',
      iat: SEC - 100,
      exp: SEC + 1e8,
    });
    const report = analyze(
      withCookies({
        storage: [stored('sb-abcd-auth-token', session)],
        cookies: [
          cookie({
            name: 'sb-abcd-auth-token.0',
            value: cookieValue.slice(0, half),
            httpOnly: false,
          }),
          cookie({ name: 'sb-abcd-auth-token.1', value: cookieValue.slice(half), httpOnly: false }),
          cookie({
            name: 'sb-abcd-auth-token-code-verifier',
            value: 'dGhpc2lzYXZlcmlmaWVyMTIzNDU2Nzg5MA',
            httpOnly: false,
          }),
        ],
        requests: [
          request({
            url: `${SITE}/rest/v1/notes`,
            requestHeaders: [
              { name: 'apikey', value: anon },
              { name: 'Authorization', value: `Bearer ${anon}` },
            ],
          }),
        ],
      }),
      NOW,
    );
    const token = tokenAt(report, 'sb-abcd-auth-token', 'access_token');
    expect(token.kind).toBe('access');
    expect(reasonsText(token)).toContain('Supabase');
    // The same access token, found again in the joined cookie chunks.
    expect(token.artifactIds.length).toBeGreaterThan(1);
    expect(report.tokens.some((t) => t.value === anon)).toBe(false);
    expectNotCredential(report, 'sb-abcd-auth-token-code-verifier', 'Supabase');
  });

  it("Firebase: the Web API key and an App Check token are not the user's credentials", () => {
    const appCheck = jwt({
      iss: 'https://firebaseappcheck.googleapis.com/123456789',
      sub: '1:123456789:web:abc',
      aud: ['projects/123456789'],
      exp: SEC + 3600,
    });
    const report = analyze(
      snap({
        requests: [
          request({
            url: `${SITE}/v1/projects/demo/documents`,
            requestHeaders: [
              { name: 'X-Goog-Api-Key', value: 'AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY' },
              { name: 'X-Firebase-AppCheck', value: appCheck },
            ],
          }),
        ],
      }),
      NOW,
    );
    expect(report.tokens).toEqual([]);
    expect(report.verdict.kind).toBe('none');
  });

  it('Amazon Cognito / Amplify: access, ID and refresh keys; LastAuthUser is a name', () => {
    const prefix = 'CognitoIdentityServiceProvider.5abc123clientid';
    const report = analyze(
      snap({
        storage: [
          stored(`${prefix}.alice.accessToken`, jwt(goodClaims({ token_use: 'access' }))),
          stored(`${prefix}.alice.idToken`, jwt(goodClaims({ token_use: 'id' }))),
          stored(
            `${prefix}.alice.refreshToken`,
            'eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIn0.cutshort',
          ),
          stored(`${prefix}.LastAuthUser`, 'alice-with-a-long-user-name-0001'),
        ],
      }),
      NOW,
    );
    expect(tokenAt(report, `${prefix}.alice.accessToken`).kind).toBe('access');
    expect(tokenAt(report, `${prefix}.alice.idToken`).kind).toBe('id');
    expect(reasonsText(tokenAt(report, `${prefix}.alice.idToken`))).toContain('Cognito');
    expect(report.artifacts.some((a) => a.name === `${prefix}.LastAuthUser`)).toBe(false);
  });

  it('Auth0 SPA SDK: tokens in @@auth0spajs@@; auth0.<client>.is.authenticated is a flag', () => {
    const key = '@@auth0spajs@@::Cl1ent1d::https://api.example.com::openid profile offline_access';
    const report = analyze(
      withCookies({
        storage: [
          stored(
            key,
            JSON.stringify({
              body: {
                access_token: jwt(goodClaims()),
                id_token: jwt(goodClaims({ nonce: 'n-0S6_WzA2Mj' })),
                token_type: 'Bearer',
                expires_in: 86400,
              },
              expiresAt: SEC + 86400,
            }),
          ),
        ],
        cookies: [
          cookie({ name: 'auth0.Cl1ent1d.is.authenticated', value: 'true', httpOnly: false }),
        ],
      }),
      NOW,
    );
    expect(tokenAt(report, key, 'access_token').kind).toBe('access');
    expect(tokenAt(report, key, 'id_token').kind).toBe('id');
    expect(reasonsText(tokenAt(report, key, 'access_token'))).toContain('Auth0 SPA SDK');
    expectNotCredential(report, 'auth0.Cl1ent1d.is.authenticated', 'Auth0');
    expect(report.tokens.some((t) => t.value === 'true')).toBe(false);
  });

  it('MSAL.js: credential entries by their key; the token.keys index is not a token', () => {
    const base = 'msal.3|uid.tid|login.microsoftonline.com';
    const atKey = `${base}|AccessToken|cid|tid|user.read openid profile|`;
    const idKey = `${base}|IdToken|cid|tid||`;
    const report = analyze(
      snap({
        storage: [
          stored(
            atKey,
            JSON.stringify({ credentialType: 'AccessToken', secret: jwt(goodClaims()) }),
            'sessionStorage',
          ),
          stored(
            idKey,
            JSON.stringify({ credentialType: 'IdToken', secret: jwt(goodClaims({ aud: 'cid' })) }),
            'sessionStorage',
          ),
          stored(
            'msal.3.token.keys.cid',
            JSON.stringify({ idToken: [idKey], accessToken: [atKey], refreshToken: [] }),
            'sessionStorage',
          ),
        ],
      }),
      NOW,
    );
    expect(tokenAt(report, atKey).kind).toBe('access');
    expect(tokenAt(report, idKey).kind).toBe('id');
    expect(reasonsText(tokenAt(report, atKey))).toContain('MSAL');
    expect(report.artifacts.some((a) => a.name === 'msal.3.token.keys.cid')).toBe(false);
  });

  it('oidc-client-ts: the user entry holds the tokens; a sign-in state entry does not', () => {
    const userKey = 'oidc.user:https://id.example.com/realms/demo:spa';
    const report = analyze(
      snap({
        storage: [
          stored(
            userKey,
            JSON.stringify({
              id_token: jwt(goodClaims({ nonce: 'abc' })),
              access_token: jwt(goodClaims()),
              refresh_token: jwt({ typ: 'Refresh', exp: SEC + 1800 }),
              token_type: 'Bearer',
              expires_at: SEC + 300,
            }),
            'sessionStorage',
          ),
          stored(
            'oidc.4f0c1a2b3c4d5e6f',
            JSON.stringify({
              id: '4f0c',
              code_verifier: 'x'.repeat(43),
              authority: 'https://id.example.com',
              token: 'not-a-token-but-named-so',
            }),
            'sessionStorage',
          ),
        ],
      }),
      NOW,
    );
    expect(tokenAt(report, userKey, 'access_token').kind).toBe('access');
    expect(tokenAt(report, userKey, 'refresh_token').kind).toBe('refresh');
    expect(reasonsText(tokenAt(report, userKey, 'access_token'))).toContain('oidc-client-ts');
    expect(report.artifacts.some((a) => a.name === 'oidc.4f0c1a2b3c4d5e6f')).toBe(false);
  });

  it('Okta Auth JS: okta-token-storage; the OAuth state cookie is not a credential', () => {
    const report = analyze(
      withCookies({
        storage: [
          stored(
            'okta-token-storage',
            JSON.stringify({
              accessToken: { accessToken: jwt(goodClaims()), tokenType: 'Bearer' },
              idToken: { idToken: jwt(goodClaims({ nonce: 'n' })) },
            }),
          ),
          stored('okta-cache-storage', JSON.stringify({ token: 'cached-discovery-document-xyz' })),
        ],
        cookies: [
          cookie({
            name: 'okta-oauth-state',
            value: 'c3RhdGUtdmFsdWUtMTIzNDU2Nzg5MA',
            httpOnly: false,
          }),
        ],
      }),
      NOW,
    );
    const access = tokenAt(report, 'okta-token-storage', 'accessToken.accessToken');
    expect(access.kind).toBe('access');
    expect(reasonsText(access)).toContain('Okta');
    expect(report.artifacts.some((a) => a.name === 'okta-cache-storage')).toBe(false);
    expectNotCredential(report, 'okta-oauth-state', 'Okta');
  });

  it('Keycloak JS: tokens only in memory (Bearer); kc-callback- state is not a credential', () => {
    const access = jwt(goodClaims({ iss: 'https://sso.example.com/realms/demo', typ: 'Bearer' }));
    const report = analyze(
      snap({
        storage: [
          stored(
            'kc-callback-0c4e6f2a',
            JSON.stringify({
              state: '0c4e6f2a',
              nonce: 'n',
              pkceCodeVerifier: 'v'.repeat(96),
              token: 'x'.repeat(20),
            }),
          ),
        ],
        requests: [
          request({
            url: `${SITE}/api`,
            requestHeaders: [{ name: 'Authorization', value: `Bearer ${access}` }],
          }),
        ],
      }),
      NOW,
    );
    expect(report.tokens).toHaveLength(1);
    expect(report.tokens[0]!.kind).toBe('access');
    expect(reasonsText(report.tokens[0]!)).toContain('Keycloak');
  });

  it("Keycloak on its own host: its sign-in session is named, and not this site's login", () => {
    const access = jwt(goodClaims({ iss: 'https://sso.example.com/realms/demo', typ: 'Bearer' }));
    const sso = { domain: 'sso.example.com', scope: 'domain' as const };
    const report = analyze(
      snap({
        cookies: [
          cookie({
            name: 'KEYCLOAK_IDENTITY',
            value: jwt({ sub: 'u1', typ: 'Serialized-ID' }),
            ...sso,
          }),
          cookie({
            name: 'KEYCLOAK_SESSION',
            value: 'demo/4f1c2d3e-5a6b-7c8d-9e0f-1a2b3c4d5e6f',
            ...sso,
          }),
        ],
        requests: [
          request({
            url: `${SITE}/api`,
            requestHeaders: [{ name: 'Authorization', value: `Bearer ${access}` }],
          }),
        ],
      }),
      NOW,
    );
    for (const name of ['KEYCLOAK_IDENTITY', 'KEYCLOAK_SESSION']) {
      const c = cookieOf(report, name);
      expect(c.credential).toMatchObject({ is: true, knownAs: 'Keycloak (sign-in session)' });
      expect(c.credential.reasons[0]?.key).toBe('analysis.cookie.reason.sign-in-service');
      expect(c.tokenId).toBeUndefined();
    }
    expect(report.verdict.kind).toBe('token');
  });

  it('Keycloak on the page itself: its session cookies are the session', () => {
    const report = analyze(
      withCookies({
        cookies: [
          cookie({ name: 'KEYCLOAK_SESSION', value: 'demo/4f1c2d3e-5a6b-7c8d-9e0f-1a2b3c4d5e6f' }),
        ],
      }),
      NOW,
    );
    expectCredential(report, 'KEYCLOAK_SESSION', 'session-id', 'Keycloak');
    expect(report.verdict.kind).toBe('session');
  });

  it('Clerk: __session is the short-lived token; __client_uat is a flag', () => {
    const report = analyze(
      withCookies({
        cookies: [
          cookie({ name: '__session', value: jwt(goodClaims({ sid: 'sess_1' })), httpOnly: false }),
          cookie({ name: '__client_uat', value: String(SEC - 60), httpOnly: false }),
        ],
      }),
      NOW,
    );
    expectCredential(report, '__session', 'access', 'Clerk');
    expectNotCredential(report, '__client_uat', 'Clerk');
  });
});

describe('HTTP authentication', () => {
  it('security: credentials a page writes into a URL are Basic credentials, the password never in the report', () => {
    const report = analyze(
      snap({
        requests: [request({ url: 'http://demo:s3cret@app.example.com/app/login', status: 200 })],
      }),
      NOW,
    );
    expect(report.tokens).toHaveLength(1);
    const token = report.tokens[0]!;
    expect(token).toMatchObject({
      format: 'basic',
      kind: 'unknown',
      basic: { user: 'demo' },
    });
    const artifact = report.artifacts.find((a) => a.id === token.artifactIds[0])!;
    expect(artifact.location).toBe('url');
    expect(artifact.label).toContain('demo');
    expect(JSON.stringify([report.tokens, report.artifacts])).not.toContain('s3cret');
    expect(report.counts.requests.withCredentials).toBe(1);
  });

  it('the user name alone (capture drops the password from URLs) still names the credential', () => {
    const report = analyze(
      snap({ requests: [request({ url: 'http://demo@app.example.com/app/login', status: 200 })] }),
      NOW,
    );
    expect(report.tokens.map((t) => [t.format, t.kind, t.basic?.user])).toEqual([
      ['basic', 'unknown', 'demo'],
    ]);
  });
});

describe('server frameworks', () => {
  it('Django: sessionid is a session id, csrftoken is not a credential', () => {
    const report = analyze(
      withCookies({
        cookies: [
          cookie({ name: 'sessionid', value: 'k3j9x0q2m8v7b6n5c4x3z2l1p0o9i8u7' }),
          cookie({ name: 'csrftoken', value: 'Zk8cN2pQ4rT6vX8zA1bC3dE5fG7hJ9kL', httpOnly: false }),
        ],
      }),
      NOW,
    );
    expectCredential(report, 'sessionid', 'session-id', 'Django');
    expect(cookieOf(report, 'csrftoken').credential).toMatchObject({ is: false, kind: 'csrf' });
    expect(report.verdict.kind).toBe('session');
  });

  it('Django (cookie-based sessions): sessionid holds the signed session itself', () => {
    const report = analyze(
      withCookies({ cookies: [cookie({ name: 'sessionid', value: django.compressed })] }),
      NOW,
    );
    const token = expectCredential(report, 'sessionid', 'session-data', 'Django');
    expect(token.framework).toMatchObject({ format: 'django-signing', compressed: true });
    expect(report.verdict.kind).toBe('session');
  });

  it('Django REST framework: the Token scheme carries an access token, named', () => {
    const key = '9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b';
    const report = analyze(
      snap({
        storage: [stored('drf_token', key)],
        requests: [
          request({
            url: `${SITE}/api/me`,
            requestHeaders: [{ name: 'Authorization', value: `Token ${key}` }],
          }),
        ],
      }),
      NOW,
    );
    const token = report.tokens.find((t) => t.value === key)!;
    expect(token.kind).toBe('access');
    expect(reasonsText(token)).toContain('Django REST framework');
  });

  it('Flask: the signed session cookie is session data, read without a problem', () => {
    for (const value of [flask.plain.value, flask.compressed.value]) {
      const report = analyze(withCookies({ cookies: [cookie({ name: 'session', value })] }), NOW);
      const token = expectCredential(report, 'session', 'session-data', 'Flask');
      expect(token.framework).toMatchObject({ format: 'itsdangerous', protection: 'signed' });
      expect((token.framework?.data as { user: string }).user).toBe('demo');
      expect(token.error).toBeUndefined();
      expect(report.problems).toEqual([]);
      expect(report.verdict.kind).toBe('session');
    }
  });

  it('Express (express-session): connect.sid is a signed session id', () => {
    const value = valueOf(node['express-session'], 'connect.sid');
    const report = analyze(withCookies({ cookies: [cookie({ name: 'connect.sid', value })] }), NOW);
    const token = expectCredential(report, 'connect.sid', 'session-id', 'express-session');
    expect(token.framework).toMatchObject({ holds: 'session-id', protection: 'signed' });
  });

  it('cookie-session: session is the session data, session.sig only its signature', () => {
    const report = analyze(
      withCookies({
        cookies: node['cookie-session'].map((c) => cookie({ name: c.name, value: c.value })),
      }),
      NOW,
    );
    const token = expectCredential(report, 'session', 'session-data', 'cookie-session');
    expect(token.framework?.data).toEqual({ user: 'demo', role: 'admin' });
    expectNotCredential(report, 'session.sig', 'cookie-session');
    expect(report.tokens).toHaveLength(1);
  });

  it('iron-session: a seal under any cookie name is encrypted session data', () => {
    const value = valueOf(node['iron-session'], 'iron_app');
    const report = analyze(withCookies({ cookies: [cookie({ name: 'iron_app', value })] }), NOW);
    const token = expectCredential(report, 'iron_app', 'session-data', 'iron-session');
    expect(token.framework).toMatchObject({ protection: 'encrypted' });
    expect(token.framework?.data).toBeUndefined();
  });

  it('Ruby on Rails: the encrypted cookie store is session data', () => {
    const report = analyze(
      withCookies({ cookies: [cookie({ name: rails.name, value: rails.encrypted })] }),
      NOW,
    );
    expectCredential(report, rails.name, 'session-data', 'Ruby on Rails');
  });

  it('Laravel: laravel_session is an encrypted session id, XSRF-TOKEN is not a credential', () => {
    const report = analyze(
      withCookies({
        cookies: [
          cookie({ name: 'laravel_session', value: php.laravel_session }),
          cookie({ name: 'XSRF-TOKEN', value: php['XSRF-TOKEN'], httpOnly: false }),
        ],
      }),
      NOW,
    );
    const token = expectCredential(report, 'laravel_session', 'session-id', 'Laravel');
    expect(token.framework).toMatchObject({ protection: 'encrypted' });
    expect(cookieOf(report, 'XSRF-TOKEN').credential).toMatchObject({ is: false, kind: 'csrf' });
  });

  it('PHP: PHPSESSID is a session id', () => {
    const report = analyze(
      withCookies({ cookies: [cookie({ name: 'PHPSESSID', value: php.PHPSESSID })] }),
      NOW,
    );
    expectCredential(report, 'PHPSESSID', 'session-id', 'PHP');
    expect(report.verdict.kind).toBe('session');
  });

  it('Spring: JSESSIONID, Spring Session SESSION and remember-me are credentials', () => {
    const report = analyze(
      withCookies({
        cookies: [
          cookie({ name: 'JSESSIONID', value: '9A5D0E6C1B7F3E2D4C8B0A1F2E3D4C5B' }),
          cookie({ name: 'SESSION', value: Buffer.from(crypto.randomUUID()).toString('base64') }),
          cookie({
            name: 'remember-me',
            value: Buffer.from(
              `demo:${(SEC + 1209600) * 1000}:SHA256:0f1e2d3c4b5a69788796a5b4c3d2e1f0`,
            ).toString('base64'),
          }),
        ],
      }),
      NOW,
    );
    expectCredential(report, 'JSESSIONID', 'session-id', 'Java Servlet');
    expectCredential(report, 'SESSION', 'session-id', 'Spring Session');
    expect(cookieOf(report, 'remember-me').credential).toMatchObject({ is: true });
    expect(cookieOf(report, 'remember-me').credential.knownAs).toContain('Spring Security');
  });

  it('ASP.NET Core: a chunked authentication cookie (chunks-2, C1, C2) is one ticket', () => {
    const { name, value } = replicas.aspnetCoreCookies;
    const half = Math.ceil(value.length / 2);
    const report = analyze(
      withCookies({
        cookies: [
          cookie({ name, value: 'chunks-2' }),
          cookie({ name: `${name}C1`, value: value.slice(0, half) }),
          cookie({ name: `${name}C2`, value: value.slice(half) }),
        ],
      }),
      NOW,
    );
    expect(report.tokens).toHaveLength(1);
    expect(report.tokens[0]).toMatchObject({ kind: 'session-data', value });
    expect(report.tokens[0]!.framework?.framework).toBe('ASP.NET Core');
  });

  it('ASP.NET Core and classic: auth tickets are session data, session cookies session ids', () => {
    const core = replicas.aspnetCoreCookies;
    const session = replicas.aspnetCoreSession;
    const forms = replicas.aspxauth;
    const report = analyze(
      withCookies({
        cookies: [
          cookie({ name: core.name, value: core.value }),
          cookie({ name: session.name, value: session.value }),
          cookie({ name: forms.name, value: forms.value }),
          cookie({ name: 'ASP.NET_SessionId', value: 'q2w3e4r5t6y7u8i9o0p1a2s3' }),
          cookie({
            name: '.AspNetCore.Antiforgery.9TtSrW0hzOs',
            value: session.value,
            httpOnly: true,
          }),
        ],
      }),
      NOW,
    );
    expectCredential(report, core.name, 'session-data', 'ASP.NET Core');
    expectCredential(report, session.name, 'session-id', 'ASP.NET Core');
    expectCredential(report, forms.name, 'session-data', 'ASP.NET Forms Authentication');
    expectCredential(report, 'ASP.NET_SessionId', 'session-id', 'ASP.NET');
    expect(cookieOf(report, '.AspNetCore.Antiforgery.9TtSrW0hzOs').credential).toMatchObject({
      is: false,
      kind: 'csrf',
    });
  });
});
