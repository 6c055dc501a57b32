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
  authorizationCodes,
  bearerOf,
  cookieValue,
  createIssuer,
  loginFormPage,
  opaque,
  readBody,
  redirect,
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
    const codes = authorizationCodes();

    /** @param {import('../../sdk-kit.mjs').SdkRequest} r */
    function authorize({ req, res, url }) {
      const params = url.searchParams;
      if (params.get('client_id') !== CLIENT_ID || params.get('code_challenge_method') !== 'S256') {
        return sendJson(req, res, 400, { error: 'invalid_request' });
      }
      const webMessage = params.get('response_mode') === 'web_message';
      if (sessions.has(cookieValue(req, TENANT_SESSION))) {
        const answer = {
          code: codes.issue(params, { audience: params.get('audience') ?? AUDIENCE }),
          state: String(params.get('state')),
        };
        if (webMessage) return sendHtml(res, webMessagePage(params, answer));
        return redirect(res, `${params.get('redirect_uri')}?${new URLSearchParams(answer)}`);
      }
      if (params.get('prompt') === 'none') {
        const answer = { error: 'login_required', state: String(params.get('state')) };
        return sendHtml(res, webMessagePage(params, answer));
      }
      const form = { username: USER.email, password: 'demo' };
      return sendHtml(res, loginFormPage(`/u/login?${params}`, form));
    }

    /** @param {import('../../sdk-kit.mjs').SdkRequest} r */
    async function logIn({ req, res, url }) {
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

    /** @param {import('../../sdk-kit.mjs').SdkRequest} r */
    async function token({ req, res }) {
      const body = await readBody(req);
      const grant = body.grant_type === 'authorization_code' ? codes.redeem(body) : undefined;
      if (!grant) return sendJson(req, res, 403, { error: 'invalid_grant' });
      const common = { sub: USER.sub, sid: randomUUID() };
      const accessToken = await issuer.sign(
        {
          ...common,
          aud: [grant.audience, `${issuer.issuer}userinfo`],
          azp: CLIENT_ID,
          scope: grant.scope,
          jti: randomUUID(),
        },
        { expiresIn: 86_400 },
      );
      const idToken = await issuer.sign({
        ...common,
        aud: CLIENT_ID,
        nonce: grant.nonce,
        email: USER.email,
        email_verified: true,
        name: USER.email,
      });
      return sendJson(req, res, 200, {
        access_token: accessToken,
        id_token: idToken,
        scope: grant.scope,
        expires_in: 86_400,
        token_type: 'Bearer',
      });
    }

    /** @param {import('../../sdk-kit.mjs').SdkRequest} r */
    async function me({ req, res, credential }) {
      const bearer = bearerOf(req);
      if (bearer) credential();
      const claims = bearer ? await issuer.verify(bearer) : undefined;
      if (!claims || !(/** @type {string[]} */ (claims.aud).includes(AUDIENCE))) {
        return sendJson(req, res, 401, { error: 'invalid_token' });
      }
      return sendJson(req, res, 200, { sub: claims.sub, email: USER.email });
    }

    /** route → handler, for `<method> <host> <path>` */
    const routes = {
      'GET auth /authorize': authorize,
      'POST auth /u/login': logIn,
      'POST auth /oauth/token': token,
      'GET api /me': me,
    };
    const site = await startSdkSite({
      id: 'auth0-memory',
      title: this.title,
      entry: join(import.meta.dirname, 'client.js'),
      handle(r) {
        const route = routes[`${r.req.method} ${r.host} ${r.url.pathname}`];
        return route ? route(r) : false;
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
    // The explanation names the SDK it recognised (by its flag cookie).
    explains: ['Auth0'],
  },
};
