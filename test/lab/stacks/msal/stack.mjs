/**
 * MSAL.js: the real @azure/msal-browser (PublicClientApplication, sessionStorage cache, code +
 * PKCE by redirect) against a stand-in of an OpenID authority (`protocolMode: 'OIDC'`, the
 * authority in `knownAuthorities`): its discovery document, `/authorize` with a login form, and
 * `/token` for the code and the refresh token. The page calls an API on another origin.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
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

const TENANT = 'tokki-lab';
const CLIENT_ID = '7d9c6b2e-4f1a-4c3b-9e8d-2a1b0c9d8e7f';
const API_SCOPE = 'api://tokki-lab/read';
const USER = { oid: randomUUID(), username: 'demo@example.com', password: 'demo' };
/** The authority's login session cookie, on its own host (Microsoft's login service calls it so). */
const AUTHORITY_SESSION = 'ESTSAUTH';

/** @type {import('../../types').LabStack} */
export default {
  id: 'msal',
  title: 'MSAL.js PublicClientApplication, sessionStorage cache',
  library: `@azure/msal-browser ${packageVersion('@azure/msal-browser')} (protocolMode OIDC; stand-in authority)`,
  async start() {
    /** @type {Awaited<ReturnType<typeof createIssuer>>} */
    let issuer;
    const sessions = new Set();
    /** code → the authorization request it answers */
    const codes = new Map();
    /** refresh token → scopes; rotated on every use */
    const refreshTokens = new Map();

    /** @param {string} scope @param {string | null | undefined} nonce */
    async function tokenResponse(scope, nonce) {
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

    const site = await startSdkSite({
      id: 'msal',
      title: this.title,
      entry: join(import.meta.dirname, 'client.js'),
      async handle({ req, res, url, host, credential }) {
        const path = url.pathname;
        const base = `/${TENANT}`;
        if (host === 'login' && path === `${base}/v2.0/.well-known/openid-configuration`) {
          const endpoint = `${site.origin('login')}${base}/oauth2/v2.0`;
          return sendJson(req, res, 200, {
            issuer: issuer.issuer,
            authorization_endpoint: `${endpoint}/authorize`,
            token_endpoint: `${endpoint}/token`,
            end_session_endpoint: `${endpoint}/logout`,
            jwks_uri: `${site.origin('login')}${base}/discovery/v2.0/keys`,
            response_types_supported: ['code'],
            response_modes_supported: ['query', 'fragment'],
            subject_types_supported: ['pairwise'],
            id_token_signing_alg_values_supported: ['RS256'],
            scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
            code_challenge_methods_supported: ['S256'],
          });
        }
        if (host === 'login' && path === `${base}/discovery/v2.0/keys`) {
          return sendJson(req, res, 200, issuer.jwks);
        }
        if (host === 'login' && path === `${base}/oauth2/v2.0/authorize`) {
          const params = url.searchParams;
          if (
            params.get('client_id') !== CLIENT_ID ||
            params.get('code_challenge_method') !== 'S256'
          ) {
            return sendJson(req, res, 400, { error: 'invalid_request' });
          }
          if (!sessions.has(cookieValue(req, AUTHORITY_SESSION))) {
            return sendHtml(
              res,
              loginFormPage(`${base}/login?${params}`, {
                username: USER.username,
                password: 'demo',
              }),
            );
          }
          const code = opaque(32);
          codes.set(code, {
            redirectUri: params.get('redirect_uri'),
            challenge: params.get('code_challenge'),
            nonce: params.get('nonce'),
            scope: String(params.get('scope')),
          });
          const answer = new URLSearchParams({ code, state: String(params.get('state')) });
          // MSAL asks for the answer in the fragment by default, or in the query.
          const separator = params.get('response_mode') === 'query' ? '?' : '#';
          return redirect(res, `${params.get('redirect_uri')}${separator}${answer}`);
        }
        if (host === 'login' && path === `${base}/login` && req.method === 'POST') {
          const body = await readBody(req);
          if (body.username !== USER.username || body.password !== USER.password) {
            return sendJson(req, res, 401, { error: 'access_denied' });
          }
          const session = opaque(24);
          sessions.add(session);
          return redirect(res, `${base}/oauth2/v2.0/authorize?${url.searchParams}`, {
            'set-cookie': `${AUTHORITY_SESSION}=${session}; Path=/; HttpOnly; SameSite=Lax`,
          });
        }
        if (host === 'login' && path === `${base}/oauth2/v2.0/token` && req.method === 'POST') {
          const body = await readBody(req);
          if (body.client_id !== CLIENT_ID)
            return sendJson(req, res, 400, { error: 'invalid_client' });
          if (body.grant_type === 'authorization_code') {
            const grant = codes.get(String(body.code));
            codes.delete(String(body.code));
            if (
              !grant ||
              grant.redirectUri !== body.redirect_uri ||
              grant.challenge !== s256(String(body.code_verifier))
            ) {
              return sendJson(req, res, 400, { error: 'invalid_grant' });
            }
            return sendJson(req, res, 200, await tokenResponse(grant.scope, grant.nonce));
          }
          if (body.grant_type === 'refresh_token') {
            const scope = refreshTokens.get(String(body.refresh_token));
            if (!scope) return sendJson(req, res, 400, { error: 'invalid_grant' });
            refreshTokens.delete(String(body.refresh_token));
            return sendJson(req, res, 200, await tokenResponse(scope, undefined));
          }
          return sendJson(req, res, 400, { error: 'unsupported_grant_type' });
        }
        if (host === 'api' && path === '/me') {
          const token = bearerOf(req);
          if (token) credential();
          const claims = token ? await issuer.verify(token) : undefined;
          if (!claims || claims.aud !== 'api://tokki-lab') {
            return sendJson(req, res, 401, { error: 'invalid_token' });
          }
          return sendJson(req, res, 200, { oid: claims.oid, email: USER.username });
        }
        return false;
      },
    });
    // MSAL's authority is named with https (see client.js); the tokens' issuer says the same.
    issuer = await createIssuer(`https://${new URL(site.origin('login')).host}/${TENANT}/v2.0`);
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
  },
};
