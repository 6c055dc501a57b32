import { describe, expect, it } from 'vitest';
import { authSdks, findAuthSdk } from '@/lib/engine/knowledge/auth-sdks';
import { findIssuer, issuers } from '@/lib/engine/knowledge/issuers';
import {
  findNonCredentialCookie,
  nonCredentialCookies,
} from '@/lib/engine/knowledge/non-credential-cookies';
import { cookieFormats } from '@/lib/engine/knowledge/cookie-formats';
import { headerSchemes } from '@/lib/engine/knowledge/header-schemes';
import {
  findPublicApiKey,
  findPublicKeyValue,
  publicApiKeys,
} from '@/lib/engine/knowledge/public-keys';
import { findSessionCookie, sessionCookies } from '@/lib/engine/knowledge/session-cookies';

const tables = {
  sessionCookies,
  authSdks,
  issuers,
  nonCredentialCookies,
  cookieFormats: Object.values(cookieFormats),
  publicApiKeys,
  headerSchemes,
};

describe('knowledge tables', () => {
  it.each(Object.entries(tables))('%s: every row cites an https source', (_name, rows) => {
    for (const row of rows) expect(row.source).toMatch(/^https:\/\/\S+$/);
  });

  it.each([
    ['JSESSIONID', 'Java Servlet'],
    ['PHPSESSID', 'PHP'],
    ['connect.sid', 'Express'],
    ['sessionid', 'Django'],
    ['laravel_session', 'Laravel'],
    ['ASP.NET_SessionId', 'ASP.NET'],
    ['.AspNetCore.Cookies', 'ASP.NET Core'],
    ['.AspNetCore.Session', 'ASP.NET Core'],
    ['_session_id', 'Rails'],
    ['rack.session', 'Rack'],
    ['express:sess', 'cookie-session'],
    ['ci_session', 'CodeIgniter'],
  ])('knows the session cookie %s (%s)', (name, framework) => {
    expect(findSessionCookie(name)?.framework).toContain(framework);
  });

  it.each([
    ['authjs.session-token', 'cookie', 'Auth.js'],
    ['__Secure-next-auth.session-token.1', 'cookie', 'Auth.js'],
    ['firebaseLocalStorageDb', 'indexedDB', 'Firebase'],
    ['CognitoIdentityServiceProvider.abc.alice.accessToken', 'localStorage', 'Cognito'],
    ['uid.tid-login.windows.net-accesstoken-cid-tid-user.read', 'sessionStorage', 'MSAL'],
    ['@@auth0spajs@@::cid::aud::openid', 'localStorage', 'Auth0'],
    ['sb-abcdefgh-auth-token', 'localStorage', 'Supabase'],
    ['__session', 'cookie', 'Clerk'],
    ['__client', 'cookie', 'Clerk'],
  ] as const)('knows the SDK store %s in %s', (name, where, sdk) => {
    expect(findAuthSdk(name, where)?.sdk).toContain(sdk);
  });

  it('does not match an SDK store in the wrong place', () => {
    expect(findAuthSdk('firebaseLocalStorageDb', 'cookie')).toBeUndefined();
  });

  it.each([
    ['https://accounts.google.com', 'Google'],
    ['https://login.microsoftonline.com/9188040d-6c67-4c5b-b112-36a304b66dad/v2.0', 'Entra'],
    ['https://dev-abc.eu.auth0.com/', 'Auth0'],
    ['https://dev-123.okta.com/oauth2/default', 'Okta'],
    ['https://cognito-idp.ap-northeast-2.amazonaws.com/ap-northeast-2_AbC', 'Cognito'],
    ['https://sso.example.com/realms/master', 'Keycloak'],
    ['https://securetoken.google.com/my-project', 'Firebase'],
  ])('recognises the issuer %s', (iss, provider) => {
    expect(findIssuer(iss)?.provider).toContain(provider);
  });

  it('does not invent an issuer', () => {
    expect(findIssuer('https://id.example.com')).toBeUndefined();
    expect(findIssuer(42)).toBeUndefined();
  });

  it.each([
    ['_ga', 'analytics'],
    ['_ga_ABC123', 'analytics'],
    ['_gid', 'analytics'],
    ['_fbp', 'advertising'],
    ['_hjSessionUser_123', 'analytics'],
    ['cookie_consent', 'consent'],
    ['OptanonConsent', 'consent'],
    ['CookieConsent', 'consent'],
    ['AWSALB', 'load-balancer'],
    ['__cf_bm', 'cdn'],
    ['csrftoken', 'csrf'],
    ['XSRF-TOKEN', 'csrf'],
    ['_csrf', 'csrf'],
  ])('knows %s is not a credential (%s)', (name, purpose) => {
    expect(findNonCredentialCookie(name)?.purpose).toBe(purpose);
  });

  it.each([
    ['SESSION', 'Spring Session'],
    ['session', 'Flask'],
    ['remember-me', 'Spring Security'],
    ['remember_web_59ba36addc2b2f9401580f014c7f58ea4e30989d', 'Laravel'],
    ['AWSELBAuthSessionCookie-0', 'Application Load Balancer'],
    ['ESTSAUTHPERSISTENT', 'Microsoft Entra ID'],
    ['auth0', 'Auth0'],
    ['_oauth2_proxy', 'oauth2-proxy'],
    ['_oauth2_proxy_1', 'oauth2-proxy'],
  ])('knows the session cookie %s (%s)', (name, framework) => {
    expect(findSessionCookie(name)?.framework).toContain(framework);
  });

  it.each([
    ['authjs.callback-url', 'redirect'],
    ['__Secure-next-auth.callback-url', 'redirect'],
    ['authjs.pkce.code_verifier', 'oauth-state'],
    ['auth0.Cl1ent.is.authenticated', 'flag'],
    ['_legacy_auth0.Cl1ent.is.authenticated', 'flag'],
    ['auth0.is.authenticated', 'flag'],
    ['__client_uat', 'flag'],
    ['__client_uat_6IcnwJD4', 'flag'],
    ['okta-oauth-nonce', 'oauth-state'],
    ['esctx', 'csrf'],
    ['did', 'cdn'],
    ['_oauth2_proxy_csrf', 'csrf'],
  ])('knows %s is not a credential (%s)', (name, purpose) => {
    expect(findNonCredentialCookie(name)?.purpose).toBe(purpose);
  });

  it.each([
    ['kc-callback-0c4e6f2a', 'sessionStorage', 'oauth-state'],
    ['oidc.4f0c1a2b', 'sessionStorage', 'oauth-state'],
    ['msal.3.token.keys.cid', 'sessionStorage', 'user-hint'],
    ['CognitoIdentityServiceProvider.cid.LastAuthUser', 'localStorage', 'user-hint'],
    ['okta-transaction-storage', 'localStorage', 'oauth-state'],
  ] as const)('knows the SDK entry %s in %s is no credential', (name, where, purpose) => {
    expect(findAuthSdk(name, where)?.notCredential).toBe(purpose);
  });

  it('knows MSAL credential keys of the v3 schema and of the older one', () => {
    const v3 = 'msal.3|uid.tid|login.microsoftonline.com|AccessToken|cid|tid|user.read|';
    expect(findAuthSdk(v3, 'sessionStorage')?.holds).toBe('access');
    expect(findAuthSdk('uid.tid-login.windows.net-refreshtoken-cid--', 'localStorage')?.holds).toBe(
      'refresh',
    );
  });

  it("recognises Supabase's anon key, and not a user's token, as a public key", () => {
    expect(findPublicApiKey({ iss: 'supabase', ref: 'abcd', role: 'anon' })?.vendor).toContain(
      'Supabase',
    );
    expect(
      findPublicApiKey({ iss: 'supabase', ref: 'abcd', role: 'authenticated' }),
    ).toBeUndefined();
    expect(findPublicApiKey({ role: 'anon' })).toBeUndefined();
  });

  it.each([
    ['sb_publishable_q0R3mYkDzC4pJ1x8sGf2hA_cWbTvL9n', 'Supabase'],
    ['AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY', 'Firebase'],
  ])('knows %s is a public key (%s)', (value, vendor) => {
    expect(findPublicKeyValue(value)?.vendor).toContain(vendor);
  });

  it('does not take a secret key or a random token for a public key', () => {
    expect(findPublicKeyValue('sb_secret_q0R3mYkDzC4pJ1x8sGf2hA_cWbTvL9n')).toBeUndefined();
    expect(findPublicKeyValue('9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b')).toBeUndefined();
  });

  it('does not mistake a session cookie for noise', () => {
    for (const name of ['sessionid', 'JSESSIONID', 'auth_token', '__session']) {
      expect(findNonCredentialCookie(name)).toBeUndefined();
    }
  });
});
