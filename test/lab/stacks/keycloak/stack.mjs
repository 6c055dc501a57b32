/**
 * Keycloak: the real keycloak-js adapter (login-required, code + PKCE, tokens in memory) against a
 * stand-in of a Keycloak realm's OpenID Connect endpoints (`/protocol/openid-connect/auth` with a
 * login form, `/token` for the code and the refresh token), on its own origin. Like Keycloak, the
 * access and ID tokens are RS256 JWTs with Keycloak's `typ` claim (`Bearer`, `ID`), the refresh
 * token an HS512 JWT (`Refresh`), and the realm keeps its SSO session in `KEYCLOAK_IDENTITY` /
 * `KEYCLOAK_SESSION` cookies on its own host.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { SignJWT, jwtVerify } from 'jose';
import { cookieValue, packageVersion } from '../../kit.mjs';
import {
  authorizationCodes,
  authorizationResponse,
  bearerApi,
  byRoute,
  createIssuer,
  loginFormPage,
  readBody,
  redirect,
  sendHtml,
  sendJson,
  startSdkSite,
} from '../../sdk-kit.mjs';

const REALM = 'tokki-lab';
const CLIENT_ID = 'tokki-lab-spa';
const SCOPE = 'openid email profile';
const USER = { sub: randomUUID(), username: 'demo', email: 'demo@example.com', password: 'demo' };
const OIDC = `/realms/${REALM}/protocol/openid-connect`;
const AUTHENTICATE = `/realms/${REALM}/login-actions/authenticate`;

/**
 * @typedef {object} Realm the stand-in realm, while the stack runs
 * @property {Awaited<ReturnType<typeof createIssuer>>} issuer signs the access and ID tokens
 * @property {Uint8Array} refreshSecret the realm's HMAC key: Keycloak signs refresh tokens with
 *   it, so only the realm reads them
 * @property {Set<string>} sessions the realm's SSO sessions, by id (there is one user)
 * @property {ReturnType<typeof authorizationCodes>} codes
 */

/** @type {import('../../types').LabStack} */
export default {
  id: 'keycloak',
  title: 'Keycloak JS adapter, tokens in memory',
  library: `keycloak-js ${packageVersion('keycloak-js')} (login-required, PKCE; stand-in realm)`,
  async start() {
    /** @type {Realm} */
    const realm = {
      issuer: /** @type {any} */ (undefined),
      refreshSecret: randomBytes(64),
      sessions: new Set(),
      codes: authorizationCodes(CLIENT_ID),
    };
    const site = await startSdkSite({
      id: 'keycloak',
      title: this.title,
      entry: join(import.meta.dirname, 'client.js'),
      handle: byRoute({
        [`GET sso ${OIDC}/auth`]: (r) => authorize(realm, r),
        [`POST sso ${AUTHENTICATE}`]: (r) => logIn(realm, r),
        [`POST sso ${OIDC}/token`]: (r) => token(realm, r),
        'GET api /me': bearerApi(
          async (accessToken) => {
            const claims = await realm.issuer.verify(accessToken);
            return claims?.typ === 'Bearer' ? claims : undefined;
          },
          (claims) => ({ sub: claims.sub, email: claims.email }),
        ),
      }),
    });
    // The realm's URL, and so the tokens' issuer, is known once the site listens.
    realm.issuer = await createIssuer(`${site.origin('sso')}/realms/${REALM}`);
    return site;
  },
  expect: {
    verdict: 'token',
    tokens: [
      // keycloak-js keeps its tokens in memory: the Authorization header is the one place to see.
      { kind: 'access', location: 'header', name: 'Authorization' },
    ],
    // The explanation names the provider it recognised (by the tokens' issuer, …/realms/<realm>).
    explains: ['Keycloak'],
  },
};

/**
 * The realm's authorization endpoint: the login form, or a code for a browser with an SSO session.
 * @param {Realm} realm @param {import('../../sdk-kit.mjs').SdkRequest} r
 */
function authorize(realm, { req, res, url }) {
  const params = url.searchParams;
  if (!realm.codes.accepts(params)) return sendJson(req, res, 400, { error: 'invalid_request' });
  // KEYCLOAK_SESSION is <realm>/<user id>/<session id>.
  const sid = cookieValue(req, 'KEYCLOAK_SESSION')?.split('/').pop();
  if (!sid || !realm.sessions.has(sid)) {
    const form = { username: USER.username, password: 'demo' };
    return sendHtml(res, loginFormPage(`${AUTHENTICATE}?${params}`, form));
  }
  return authorizationResponse(res, params, {
    state: String(params.get('state')),
    session_state: sid,
    iss: realm.issuer.issuer,
    code: realm.codes.issue(params, { sid }),
  });
}

/**
 * The login form's handler: starts an SSO session in the realm's cookies and goes back to
 * authorize.
 * @param {Realm} realm @param {import('../../sdk-kit.mjs').SdkRequest} r
 */
async function logIn(realm, { req, res, url }) {
  const body = await readBody(req);
  if (body.username !== USER.username || body.password !== USER.password) {
    return sendJson(req, res, 401, { error: 'invalid_grant' });
  }
  const sid = randomUUID();
  realm.sessions.add(sid);
  const identity = await realm.issuer.sign(
    { sub: USER.sub, sid, typ: 'Serialized-ID' },
    { expiresIn: 36_000 },
  );
  const session = encodeURIComponent(`${REALM}/${USER.sub}/${sid}`);
  const scope = `Path=/realms/${REALM}/; SameSite=None; Secure`;
  return redirect(res, `${OIDC}/auth?${url.searchParams}`, {
    'set-cookie': [
      `KEYCLOAK_IDENTITY=${identity}; ${scope}; HttpOnly`,
      `KEYCLOAK_SESSION=${session}; ${scope}`,
    ],
  });
}

/**
 * The token endpoint: tokens for an authorization code, or new ones for a refresh token of a live
 * session.
 * @param {Realm} realm @param {import('../../sdk-kit.mjs').SdkRequest} r
 */
async function token(realm, { req, res }) {
  const body = await readBody(req);
  if (body.client_id !== CLIENT_ID) return sendJson(req, res, 401, { error: 'invalid_client' });
  if (body.grant_type === 'authorization_code') {
    const grant = realm.codes.redeem(body);
    if (!grant) return sendJson(req, res, 400, { error: 'invalid_grant' });
    return sendJson(req, res, 200, await tokens(realm, String(grant.sid), grant.nonce));
  }
  const refresh = await jwtVerify(String(body.refresh_token), realm.refreshSecret).catch(
    () => null,
  );
  const { sid, nonce } = refresh?.payload ?? {};
  if (body.grant_type !== 'refresh_token' || typeof sid !== 'string' || !realm.sessions.has(sid)) {
    return sendJson(req, res, 400, { error: 'invalid_grant' });
  }
  const tokenNonce = typeof nonce === 'string' ? nonce : undefined;
  return sendJson(req, res, 200, await tokens(realm, sid, tokenNonce));
}

/**
 * Keycloak's claims on all three tokens of a session.
 * @param {string} sid @param {string | undefined} nonce
 */
const sessionClaims = (sid, nonce) => ({
  sub: USER.sub,
  azp: CLIENT_ID,
  sid,
  session_state: sid,
  ...(nonce ? { nonce } : {}),
  jti: randomUUID(),
});

/** Keycloak's claims about the user, on the access and ID tokens. */
const USER_CLAIMS = {
  acr: '1',
  email_verified: true,
  preferred_username: USER.username,
  email: USER.email,
};

/**
 * The token response of a session, as Keycloak's: access and ID token (5 minutes), refresh token
 * (30 minutes).
 * @param {Realm} realm @param {string} sid @param {string | undefined} nonce
 */
async function tokens(realm, sid, nonce) {
  const authTime = Math.floor(Date.now() / 1000);
  const accessToken = await realm.issuer.sign(
    {
      ...sessionClaims(sid, nonce),
      ...USER_CLAIMS,
      typ: 'Bearer',
      aud: 'account',
      auth_time: authTime,
      'allowed-origins': ['*'],
      realm_access: { roles: [`default-roles-${REALM}`, 'offline_access'] },
      scope: SCOPE,
    },
    { expiresIn: 300 },
  );
  const idToken = await realm.issuer.sign(
    {
      ...sessionClaims(sid, nonce),
      ...USER_CLAIMS,
      typ: 'ID',
      aud: CLIENT_ID,
      auth_time: authTime,
      at_hash: atHash(accessToken),
    },
    { expiresIn: 300 },
  );
  const refreshToken = await new SignJWT({
    ...sessionClaims(sid, nonce),
    typ: 'Refresh',
    aud: realm.issuer.issuer,
    iss: realm.issuer.issuer,
    scope: SCOPE,
  })
    .setProtectedHeader({ alg: 'HS512', typ: 'JWT', kid: `${REALM}-hmac` })
    .setIssuedAt()
    .setExpirationTime('30m')
    .sign(realm.refreshSecret);
  return {
    access_token: accessToken,
    expires_in: 300,
    refresh_expires_in: 1800,
    refresh_token: refreshToken,
    token_type: 'Bearer',
    id_token: idToken,
    'not-before-policy': 0,
    session_state: sid,
    scope: SCOPE,
  };
}

/**
 * The ID token's `at_hash`: the left half of the access token's SHA-256, base64url (OpenID Connect
 * Core §3.1.3.6).
 * @param {string} accessToken
 */
const atHash = (accessToken) =>
  createHash('sha256').update(accessToken).digest().subarray(0, 16).toString('base64url');
