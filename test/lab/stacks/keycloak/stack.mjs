/**
 * Keycloak: the real keycloak-js adapter (login-required, code + PKCE, tokens in memory) against a
 * stand-in of a Keycloak realm's OpenID Connect endpoints (`/protocol/openid-connect/auth` with a
 * login form, `/token` for the code and the refresh token), on its own origin. Like Keycloak, the
 * access and ID tokens are RS256 JWTs with Keycloak's `typ` claim (`Bearer`, `ID`), the refresh
 * token an HS512 JWT (`Refresh`), and the realm keeps its SSO session in `KEYCLOAK_IDENTITY` /
 * `KEYCLOAK_SESSION` cookies on its own host.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { SignJWT, jwtVerify } from 'jose';
import {
  bearerOf,
  cookieValue,
  createIssuer,
  loginFormPage,
  opaque,
  readBody,
  redirect,
  s256,
  sendHtml,
  sendJson,
  startSdkSite,
} from '../../sdk-kit.mjs';
import { packageVersion } from '../../kit.mjs';

const REALM = 'tokki-lab';
const CLIENT_ID = 'tokki-lab-spa';
const USER = { sub: randomUUID(), username: 'demo', email: 'demo@example.com', password: 'demo' };

/** @type {import('../../types').LabStack} */
export default {
  id: 'keycloak',
  title: 'Keycloak JS adapter, tokens in memory',
  library: `keycloak-js ${packageVersion('keycloak-js')} (login-required, PKCE; stand-in realm)`,
  async start() {
    /** @type {Awaited<ReturnType<typeof createIssuer>>} */
    let issuer;
    // Keycloak signs refresh tokens with the realm's HMAC key: only the realm reads them.
    const refreshSecret = randomBytes(64);
    const sessions = new Map(); // SSO session id → user
    const codes = new Map(); // code → { sid, redirectUri, challenge, nonce }

    /** @param {string} sid @param {string | undefined} nonce */
    async function tokens(sid, nonce) {
      const authTime = Math.floor(Date.now() / 1000);
      const common = {
        sub: USER.sub,
        azp: CLIENT_ID,
        sid,
        session_state: sid,
        ...(nonce ? { nonce } : {}),
        jti: randomUUID(),
      };
      const refreshToken = await new SignJWT({
        ...common,
        typ: 'Refresh',
        aud: issuer.issuer,
        scope: 'openid email profile',
        iss: issuer.issuer,
      })
        .setProtectedHeader({ alg: 'HS512', typ: 'JWT', kid: 'tokki-lab-hmac' })
        .setIssuedAt()
        .setExpirationTime('30m')
        .sign(refreshSecret);
      return {
        access_token: await issuer.sign(
          {
            ...common,
            typ: 'Bearer',
            aud: 'account',
            auth_time: authTime,
            acr: '1',
            'allowed-origins': ['*'],
            realm_access: { roles: ['default-roles-tokki-lab', 'offline_access'] },
            scope: 'openid email profile',
            email_verified: true,
            preferred_username: USER.username,
            email: USER.email,
          },
          { expiresIn: 300 },
        ),
        expires_in: 300,
        refresh_expires_in: 1800,
        refresh_token: refreshToken,
        token_type: 'Bearer',
        id_token: await issuer.sign(
          {
            ...common,
            typ: 'ID',
            aud: CLIENT_ID,
            auth_time: authTime,
            at_hash: opaque(16),
            acr: '1',
            email_verified: true,
            preferred_username: USER.username,
            email: USER.email,
          },
          { expiresIn: 300 },
        ),
        'not-before-policy': 0,
        session_state: sid,
        scope: 'openid email profile',
      };
    }

    const site = await startSdkSite({
      id: 'keycloak',
      title: this.title,
      entry: join(import.meta.dirname, 'client.js'),
      async handle({ req, res, url, host, credential }) {
        const oidc = `/realms/${REALM}/protocol/openid-connect`;
        const path = url.pathname;
        if (host === 'sso' && path === `${oidc}/auth`) {
          const params = url.searchParams;
          if (
            params.get('client_id') !== CLIENT_ID ||
            params.get('code_challenge_method') !== 'S256'
          ) {
            return sendJson(req, res, 400, { error: 'invalid_request' });
          }
          // KEYCLOAK_SESSION is <realm>/<user id>/<session id>.
          const sid = cookieValue(req, 'KEYCLOAK_SESSION')?.split('/').pop();
          if (!sid || !sessions.has(sid)) {
            return sendHtml(
              res,
              loginFormPage(`/realms/${REALM}/login-actions/authenticate?${params}`, {
                username: USER.username,
                password: 'demo',
              }),
            );
          }
          const code = `${opaque(24)}.${sid}`;
          codes.set(code, {
            sid,
            redirectUri: params.get('redirect_uri'),
            challenge: params.get('code_challenge'),
            nonce: params.get('nonce') ?? undefined,
          });
          const answer = new URLSearchParams({
            state: String(params.get('state')),
            session_state: sid,
            iss: issuer.issuer,
            code,
          });
          const separator = params.get('response_mode') === 'query' ? '?' : '#';
          return redirect(res, `${params.get('redirect_uri')}${separator}${answer}`);
        }
        if (
          host === 'sso' &&
          path === `/realms/${REALM}/login-actions/authenticate` &&
          req.method === 'POST'
        ) {
          const body = await readBody(req);
          if (body.username !== USER.username || body.password !== USER.password) {
            return sendJson(req, res, 401, { error: 'invalid_grant' });
          }
          const sid = randomUUID();
          sessions.set(sid, USER.sub);
          const realmPath = `Path=/realms/${REALM}/`;
          const identity = await issuer.sign(
            { sub: USER.sub, sid, typ: 'Serialized-ID' },
            { expiresIn: 36_000 },
          );
          return redirect(res, `${oidc}/auth?${url.searchParams}`, {
            'set-cookie': [
              `KEYCLOAK_IDENTITY=${identity}; ${realmPath}; HttpOnly; SameSite=None; Secure`,
              `KEYCLOAK_SESSION=${encodeURIComponent(`${REALM}/${USER.sub}/${sid}`)}; ${realmPath}; SameSite=None; Secure`,
            ],
          });
        }
        if (host === 'sso' && path === `${oidc}/token` && req.method === 'POST') {
          const body = await readBody(req);
          if (body.client_id !== CLIENT_ID)
            return sendJson(req, res, 401, { error: 'invalid_client' });
          if (body.grant_type === 'authorization_code') {
            const grant = codes.get(String(body.code));
            codes.delete(String(body.code));
            if (
              !grant ||
              grant.redirectUri !== body.redirect_uri ||
              grant.challenge !== s256(String(body.code_verifier))
            ) {
              return sendJson(req, res, 400, {
                error: 'invalid_grant',
                error_description: 'Code not valid',
              });
            }
            return sendJson(req, res, 200, await tokens(grant.sid, grant.nonce));
          }
          if (body.grant_type === 'refresh_token') {
            const verified = await jwtVerify(String(body.refresh_token), refreshSecret).catch(
              () => undefined,
            );
            const sid = verified?.payload.sid;
            if (typeof sid !== 'string' || !sessions.has(sid)) {
              return sendJson(req, res, 400, {
                error: 'invalid_grant',
                error_description: 'Invalid refresh token',
              });
            }
            const nonce = verified?.payload.nonce;
            return sendJson(
              req,
              res,
              200,
              await tokens(sid, typeof nonce === 'string' ? nonce : undefined),
            );
          }
          return sendJson(req, res, 400, { error: 'unsupported_grant_type' });
        }
        if (host === 'api' && path === '/me') {
          const token = bearerOf(req);
          if (token) credential();
          const claims = token ? await issuer.verify(token) : undefined;
          if (!claims || claims.typ !== 'Bearer')
            return sendJson(req, res, 401, { error: 'invalid_token' });
          return sendJson(req, res, 200, { sub: claims.sub, email: claims.email });
        }
        return false;
      },
    });
    issuer = await createIssuer(`${site.origin('sso')}/realms/${REALM}`);
    return site;
  },
  expect: {
    verdict: 'token',
    tokens: [
      // keycloak-js keeps its tokens in memory: the Authorization header is the one place to see.
      { kind: 'access', location: 'header', name: 'Authorization' },
    ],
  },
};
