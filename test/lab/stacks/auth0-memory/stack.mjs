/**
 * Auth0 SPA SDK with its default in-memory cache: the real @auth0/auth0-spa-js against a stand-in
 * of an Auth0 tenant's `/authorize` (redirect, and `response_mode=web_message` for the silent
 * iframe) and `/oauth/token` (code + PKCE), on its own origin. The page calls an API on a third
 * origin with `Authorization: Bearer`; the only thing the SDK writes to the site is the
 * `auth0.<clientId>.is.authenticated` flag cookie.
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

const CLIENT_ID = 'TokkiLabSpaClient';
const AUDIENCE = 'https://api.tokki-lab.example';
const USER = { sub: 'auth0|demo', email: 'demo@example.com', password: 'demo' };
/** The tenant's own login session cookie, on the tenant's host only. */
const TENANT_SESSION = 'auth0';

/**
 * What the tenant answers to `response_mode=web_message`: a page that posts the result to the
 * hidden iframe's parent (the redirect URI's origin), as Auth0's does.
 * @param {URLSearchParams} params the authorization request
 * @param {Record<string, string>} response
 */
function webMessagePage(params, response) {
  const origin = new URL(String(params.get('redirect_uri'))).origin;
  // `<` escaped, so nothing from the request can close the script element.
  const json = (/** @type {unknown} */ v) => JSON.stringify(v).replace(/</g, '\\u003c');
  const message = { type: 'authorization_response', response };
  return `<!doctype html>
<html><head><title>Authorization Response</title></head><body><script>
window.parent.postMessage(${json(message)}, ${json(origin)});
</script></body></html>`;
}

/** @type {import('../../types').LabStack} */
export default {
  id: 'auth0-memory',
  title: 'Auth0 SPA SDK, tokens in memory only, API on another origin',
  library: `@auth0/auth0-spa-js ${packageVersion('@auth0/auth0-spa-js')} (cacheLocation: memory; stand-in tenant)`,
  firefox: true,
  async start() {
    /** @type {Awaited<ReturnType<typeof createIssuer>>} */
    let issuer;
    /** The tenant's logged-in sessions (there is one user). */
    const sessions = new Set();
    /** code → what /oauth/token needs to check and answer */
    const codes = new Map();

    /**
     * Answers an authorization request for a logged-in user: a code, by redirect or web message.
     * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res
     * @param {URLSearchParams} params
     */
    function issueCode(req, res, params) {
      const code = opaque(24);
      codes.set(code, {
        clientId: params.get('client_id'),
        redirectUri: params.get('redirect_uri'),
        challenge: params.get('code_challenge'),
        nonce: params.get('nonce'),
        scope: params.get('scope') ?? 'openid',
        audience: params.get('audience') ?? AUDIENCE,
      });
      const response = { code, state: String(params.get('state')) };
      if (params.get('response_mode') === 'web_message') {
        return sendHtml(res, webMessagePage(params, response));
      }
      return redirect(res, `${params.get('redirect_uri')}?${new URLSearchParams(response)}`);
    }

    const site = await startSdkSite({
      id: 'auth0-memory',
      title: this.title,
      entry: join(import.meta.dirname, 'client.js'),
      async handle({ req, res, url, host, credential }) {
        const path = url.pathname;
        if (host === 'auth' && path === '/authorize') {
          const params = url.searchParams;
          if (
            params.get('client_id') !== CLIENT_ID ||
            params.get('code_challenge_method') !== 'S256'
          ) {
            return sendJson(req, res, 400, { error: 'invalid_request' });
          }
          if (sessions.has(cookieValue(req, TENANT_SESSION))) return issueCode(req, res, params);
          if (params.get('prompt') === 'none') {
            const response = { error: 'login_required', state: String(params.get('state')) };
            return sendHtml(res, webMessagePage(params, response));
          }
          return sendHtml(
            res,
            loginFormPage(`/u/login?${params}`, { username: USER.email, password: 'demo' }),
          );
        }
        if (host === 'auth' && path === '/u/login' && req.method === 'POST') {
          const body = await readBody(req);
          if (body.username !== USER.email || body.password !== USER.password) {
            return sendJson(req, res, 401, { error: 'access_denied' });
          }
          const session = opaque(24);
          sessions.add(session);
          return redirect(res, `/authorize?${url.searchParams}`, {
            'set-cookie': `${TENANT_SESSION}=${session}; Path=/; HttpOnly; SameSite=Lax`,
          });
        }
        if (host === 'auth' && path === '/oauth/token' && req.method === 'POST') {
          const body = await readBody(req);
          const grant = codes.get(String(body.code));
          codes.delete(String(body.code));
          if (
            body.grant_type !== 'authorization_code' ||
            !grant ||
            grant.clientId !== body.client_id ||
            grant.redirectUri !== body.redirect_uri ||
            grant.challenge !== s256(String(body.code_verifier))
          ) {
            return sendJson(req, res, 403, { error: 'invalid_grant' });
          }
          const common = { sub: USER.sub, sid: randomUUID() };
          return sendJson(req, res, 200, {
            access_token: await issuer.sign(
              {
                ...common,
                aud: [grant.audience, `${site.origin('auth')}/userinfo`],
                azp: CLIENT_ID,
                scope: grant.scope,
                jti: randomUUID(),
              },
              { expiresIn: 86_400 },
            ),
            id_token: await issuer.sign({
              ...common,
              aud: CLIENT_ID,
              nonce: grant.nonce,
              email: USER.email,
              email_verified: true,
              name: USER.email,
            }),
            scope: grant.scope,
            expires_in: 86_400,
            token_type: 'Bearer',
          });
        }
        if (host === 'api' && path === '/me') {
          const token = bearerOf(req);
          if (token) credential();
          const claims = token ? await issuer.verify(token) : undefined;
          if (!claims || !(/** @type {string[]} */ (claims.aud).includes(AUDIENCE))) {
            return sendJson(req, res, 401, { error: 'invalid_token' });
          }
          return sendJson(req, res, 200, { sub: claims.sub, email: USER.email });
        }
        return false;
      },
    });
    // The SDK expects `iss` to be the tenant's URL with a trailing slash.
    issuer = await createIssuer(`${site.origin('auth')}/`);
    return site;
  },
  expect: {
    verdict: 'token',
    tokens: [
      // Kept only in script memory: the Authorization header is the one place it shows.
      { kind: 'access', location: 'header', name: 'Authorization' },
    ],
    // A flag that says "log in silently on the next visit", not a credential.
    notCredentials: [
      'auth0.TokkiLabSpaClient.is.authenticated',
      '_legacy_auth0.TokkiLabSpaClient.is.authenticated',
    ],
  },
};
