/**
 * MSAL.js: the real @azure/msal-browser (PublicClientApplication, sessionStorage cache, code +
 * PKCE by redirect) against a stand-in of an OpenID authority (`protocolMode: 'OIDC'`, the
 * authority in `knownAuthorities`): its discovery document, `/authorize` with a login form, and
 * `/token` for the code and the refresh token. The page calls an API on another origin.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { packageVersion } from '../../kit.mjs';
import {
  authorizationCodes,
  authorizationResponse,
  bearerApi,
  byRoute,
  createIssuer,
  opaque,
  readBody,
  sendJson,
  startSdkSite,
  vendorLogin,
} from '../../sdk-kit.mjs';

const TENANT = 'tokki-lab';
const CLIENT_ID = '7d9c6b2e-4f1a-4c3b-9e8d-2a1b0c9d8e7f';
const API_SCOPE = 'api://tokki-lab/read';
const USER = { oid: randomUUID(), username: 'demo@example.com', password: 'demo' };

/**
 * @typedef {object} Authority the stand-in authority, while the stack runs
 * @property {Awaited<ReturnType<typeof createIssuer>>} issuer signs the access and ID tokens
 * @property {string} origin where it answers, `http://login.msal.localhost:<port>`
 * @property {ReturnType<typeof authorizationCodes>} codes
 * @property {ReturnType<typeof vendorLogin>} login
 * @property {Map<string, string>} refreshTokens refresh token → scopes; rotated on every use
 */

/** @type {import('../../types').LabStack} */
export default {
  id: 'msal',
  title: 'MSAL.js PublicClientApplication, sessionStorage cache',
  library: `@azure/msal-browser ${packageVersion('@azure/msal-browser')} (protocolMode OIDC; stand-in authority)`,
  async start() {
    /** @type {Authority} */
    const authority = {
      issuer: /** @type {any} */ (undefined),
      origin: '',
      codes: authorizationCodes(CLIENT_ID),
      // The authority's login session cookie, on its own host, named as Microsoft's login
      // service names it.
      login: vendorLogin({
        cookie: 'ESTSAUTH',
        user: { username: USER.username, password: USER.password },
        authorizePath: `/${TENANT}/oauth2/v2.0/authorize`,
      }),
      refreshTokens: new Map(),
    };
    const site = await startSdkSite({
      id: 'msal',
      title: this.title,
      entry: join(import.meta.dirname, 'client.js'),
      handle: byRoute({
        [`GET login /${TENANT}/v2.0/.well-known/openid-configuration`]: (r) =>
          discovery(authority, r),
        [`GET login /${TENANT}/discovery/v2.0/keys`]: ({ req, res }) =>
          sendJson(req, res, 200, authority.issuer.jwks),
        [`GET login /${TENANT}/oauth2/v2.0/authorize`]: (r) => authorize(authority, r),
        [`POST login /${TENANT}/login`]: authority.login.submit,
        [`POST login /${TENANT}/oauth2/v2.0/token`]: (r) => token(authority, r),
        'GET api /me': bearerApi(
          async (accessToken) => {
            const claims = await authority.issuer.verify(accessToken);
            return claims?.aud === 'api://tokki-lab' ? claims : undefined;
          },
          (claims) => ({ oid: claims.oid, email: USER.username }),
        ),
      }),
    });
    authority.origin = site.origin('login');
    // MSAL's authority is named with https (see client.js); the tokens' issuer says the same.
    authority.issuer = await createIssuer(
      `https://${new URL(authority.origin).host}/${TENANT}/v2.0`,
    );
    return site;
  },
  expect: {
    verdict: 'token',
    tokens: [
      // MSAL's cache (v5): one sessionStorage entry per credential, keyed
      // msal.3|<homeAccountId>|<environment>|<credentialType>|<clientId>|<realm>|<target>|,
      // the token itself in the entry's `secret`.
      { kind: 'access', location: 'sessionStorage', name: /^msal\.3\|.*\|accesstoken\|/ },
      { kind: 'id', location: 'sessionStorage', name: /^msal\.3\|.*\|idtoken\|/ },
      { kind: 'refresh', location: 'sessionStorage', name: /^msal\.3\|.*\|refreshtoken\|/ },
    ],
    // MSAL's indexes of its own cache keys, and its version: no credential in them.
    notCredentials: [`msal.3.token.keys.${CLIENT_ID}`, 'msal.3.account.keys', 'msal.version'],
    // The explanation names the library it recognised (by its cache keys).
    explains: ['MSAL'],
  },
};

/**
 * The authority's OpenID discovery document.
 * @param {Authority} authority @param {import('../../sdk-kit.mjs').SdkRequest} r
 */
function discovery({ issuer, origin }, { req, res }) {
  const endpoint = `${origin}/${TENANT}/oauth2/v2.0`;
  return sendJson(req, res, 200, {
    issuer: issuer.issuer,
    authorization_endpoint: `${endpoint}/authorize`,
    token_endpoint: `${endpoint}/token`,
    end_session_endpoint: `${endpoint}/logout`,
    jwks_uri: `${origin}/${TENANT}/discovery/v2.0/keys`,
    response_types_supported: ['code'],
    response_modes_supported: ['query', 'fragment'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    code_challenge_methods_supported: ['S256'],
  });
}

/**
 * The authorization endpoint: the login form, or a code for a browser logged in here.
 * @param {Authority} authority @param {import('../../sdk-kit.mjs').SdkRequest} r
 */
function authorize({ codes, login }, { req, res, url }) {
  const params = url.searchParams;
  if (!codes.accepts(params)) return sendJson(req, res, 400, { error: 'invalid_request' });
  if (!login.has(req)) return login.form(res, `/${TENANT}/login?${params}`);
  // MSAL asks for the answer in the fragment by default, or in the query.
  return authorizationResponse(res, params, {
    code: codes.issue(params),
    state: String(params.get('state')),
  });
}

/**
 * The token endpoint: tokens for an authorization code or for a refresh token (used once).
 * @param {Authority} authority @param {import('../../sdk-kit.mjs').SdkRequest} r
 */
async function token(authority, { req, res }) {
  const body = await readBody(req);
  if (body.client_id !== CLIENT_ID) return sendJson(req, res, 400, { error: 'invalid_client' });
  if (body.grant_type === 'authorization_code') {
    const grant = authority.codes.redeem(body);
    if (!grant) return sendJson(req, res, 400, { error: 'invalid_grant' });
    return sendJson(req, res, 200, await tokenResponse(authority, grant.scope, grant.nonce));
  }
  const scope = authority.refreshTokens.get(String(body.refresh_token));
  if (body.grant_type !== 'refresh_token' || !scope) {
    return sendJson(req, res, 400, { error: 'invalid_grant' });
  }
  authority.refreshTokens.delete(String(body.refresh_token));
  return sendJson(req, res, 200, await tokenResponse(authority, scope, undefined));
}

/**
 * A token response as Microsoft's identity platform (v2.0) gives it: access, refresh and ID token.
 * @param {Authority} authority @param {string} scope @param {string | undefined} nonce
 */
async function tokenResponse({ issuer, refreshTokens }, scope, nonce) {
  const scopes = scope.split(' ');
  const refreshToken = opaque(48);
  refreshTokens.set(refreshToken, scope);
  const common = { sub: USER.oid, oid: USER.oid, tid: TENANT };
  return {
    token_type: 'Bearer',
    scope: scopes.filter((s) => s === API_SCOPE).join(' '),
    expires_in: 3600,
    ext_expires_in: 3600,
    access_token: await issuer.sign({
      ...common,
      aud: 'api://tokki-lab',
      azp: CLIENT_ID,
      scp: 'read',
      ver: '2.0',
      jti: randomUUID(),
    }),
    refresh_token: refreshToken,
    id_token: await issuer.sign({
      ...common,
      aud: CLIENT_ID,
      ...(nonce ? { nonce } : {}),
      preferred_username: USER.username,
      name: 'Demo User',
      ver: '2.0',
    }),
  };
}
