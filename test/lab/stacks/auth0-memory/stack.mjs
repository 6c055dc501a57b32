/**
 * Auth0 SPA SDK with its default in-memory cache: the real @auth0/auth0-spa-js against a stand-in
 * of an Auth0 tenant's `/authorize` (redirect, and `response_mode=web_message` for the silent
 * iframe) and `/oauth/token` (code + PKCE), on its own origin. The page calls an API on a third
 * origin with `Authorization: Bearer`; the only thing the SDK writes to the site is the
 * `auth0.<clientId>.is.authenticated` flag cookie.
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
  readBody,
  sendHtml,
  sendJson,
  startSdkSite,
  vendorLogin,
} from '../../sdk-kit.mjs';

const CLIENT_ID = 'TokkiLabSpaClient';
const AUDIENCE = 'https://api.tokki-lab.example';
const USER = { sub: 'auth0|demo', email: 'demo@example.com', password: 'demo' };

/**
 * @typedef {object} Tenant the stand-in Auth0 tenant, while the stack runs
 * @property {Awaited<ReturnType<typeof createIssuer>>} issuer signs the access and ID tokens
 * @property {ReturnType<typeof authorizationCodes>} codes
 * @property {ReturnType<typeof vendorLogin>} login
 */

/** @type {import('../../types').LabStack} */
export default {
  id: 'auth0-memory',
  title: 'Auth0 SPA SDK, tokens in memory only, API on another origin',
  library: `@auth0/auth0-spa-js ${packageVersion('@auth0/auth0-spa-js')} (cacheLocation: memory; stand-in tenant)`,
  firefox: true,
  async start() {
    /** @type {Tenant} */
    const tenant = {
      issuer: /** @type {any} */ (undefined),
      codes: authorizationCodes(CLIENT_ID),
      // The tenant's own login session cookie, on the tenant's host only.
      login: vendorLogin({
        cookie: 'auth0',
        user: { username: USER.email, password: USER.password },
        authorizePath: '/authorize',
      }),
    };
    const site = await startSdkSite({
      id: 'auth0-memory',
      title: this.title,
      entry: join(import.meta.dirname, 'client.js'),
      handle: byRoute({
        'GET auth /authorize': (r) => authorize(tenant, r),
        'POST auth /u/login': tenant.login.submit,
        'POST auth /oauth/token': (r) => token(tenant, r),
        // The API takes access tokens for its audience only.
        'GET api /me': bearerApi(
          async (accessToken) => {
            const claims = await tenant.issuer.verify(accessToken);
            const audiences = /** @type {string[] | undefined} */ (claims?.aud);
            return audiences?.includes(AUDIENCE) ? claims : undefined;
          },
          (claims) => ({ sub: claims.sub, email: USER.email }),
        ),
      }),
    });
    // The SDK expects `iss` to be the tenant's URL with a trailing slash.
    tenant.issuer = await createIssuer(`${site.origin('auth')}/`);
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
    // The explanation names the SDK it recognised (by its flag cookie), and says the token is
    // held in script memory and renewed by a silent refresh (both languages name the term).
    explains: ['Auth0', 'silent refresh'],
  },
};

/**
 * The tenant's `/authorize`: a code for a browser logged in here (by redirect, or to the silent
 * iframe by `web_message`), `login_required` to the silent iframe otherwise, else the login form.
 * @param {Tenant} tenant @param {import('../../sdk-kit.mjs').SdkRequest} r
 */
function authorize({ codes, login }, { req, res, url }) {
  const params = url.searchParams;
  if (!codes.accepts(params)) return sendJson(req, res, 400, { error: 'invalid_request' });
  const webMessage = params.get('response_mode') === 'web_message';
  if (login.has(req)) {
    const answer = {
      code: codes.issue(params, { audience: params.get('audience') ?? AUDIENCE }),
      state: String(params.get('state')),
    };
    if (webMessage) return sendHtml(res, webMessagePage(params, answer));
    return authorizationResponse(res, params, answer);
  }
  if (params.get('prompt') === 'none') {
    const answer = { error: 'login_required', state: String(params.get('state')) };
    return sendHtml(res, webMessagePage(params, answer));
  }
  return login.form(res, `/u/login?${params}`);
}

/**
 * The tenant's `/oauth/token`: an access token for the API's audience and an ID token, for an
 * authorization code.
 * @param {Tenant} tenant @param {import('../../sdk-kit.mjs').SdkRequest} r
 */
async function token({ issuer, codes }, { req, res }) {
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
