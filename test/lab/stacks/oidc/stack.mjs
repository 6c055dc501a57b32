/**
 * OpenID Connect: the real oidc-client-ts (UserManager, authorization code + PKCE) against a real
 * OpenID provider, panva's oidc-provider, on its own origin with one public client. The provider's
 * interaction API drives the login page (a form filled with demo/demo and submitted by script) and
 * grants consent for the first-party client by itself.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';
import { packageVersion } from '../../kit.mjs';
import {
  bearerApi,
  loginFormPage,
  readBody,
  sendHtml,
  sendJson,
  startSdkSite,
} from '../../sdk-kit.mjs';

const CLIENT_ID = 'tokki-lab-spa';
const ACCOUNT = { id: 'demo', email: 'demo@example.com', password: 'demo' };
const SCOPE = 'openid email offline_access';

/**
 * @param {string} issuer
 * @param {string} redirectUri
 */
async function createProvider(issuer, redirectUri) {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingKey = {
    ...(await exportJWK(privateKey)),
    kid: randomBytes(8).toString('hex'),
    use: 'sig',
    alg: 'RS256',
  };
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        application_type: 'web',
        token_endpoint_auth_method: 'none',
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [signingKey] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    scopes: ['openid', 'email', 'offline_access'],
    features: { devInteractions: { enabled: false } },
    // Set explicitly: the defaults are fine here, but the provider asks about each one it uses.
    ttl: {
      AccessToken: 3600,
      IdToken: 3600,
      RefreshToken: 14 * 86_400,
      Interaction: 600,
      Session: 86_400,
      Grant: 14 * 86_400,
    },
    clientBasedCORS: (_ctx, origin, client) =>
      client.redirectUris.some((uri) => new URL(uri).origin === origin),
    async findAccount(_ctx, sub) {
      return {
        accountId: sub,
        claims: async () => ({ sub, email: ACCOUNT.email, email_verified: true }),
      };
    },
  });
  // A failing login would otherwise show only as the provider's error page in the browser.
  provider.on('server_error', (_ctx, error) => console.error('oidc-provider:', error));
  return provider;
}

/** @type {import('../../types').LabStack} */
export default {
  id: 'oidc',
  title: 'OpenID Connect code + PKCE (oidc-client-ts, oidc-provider)',
  library: `oidc-client-ts ${packageVersion('oidc-client-ts')} with oidc-provider ${packageVersion('oidc-provider')}`,
  async start() {
    /** @type {Provider} */
    let provider;
    /** @type {ReturnType<Provider['callback']>} */
    let providerHandler;

    /** @type {Parameters<typeof startSdkSite>[0]['handle']} */
    async function interaction({ req, res, url }) {
      const details = await provider.interactionDetails(req, res);
      const { uid, prompt, params, session } = details;
      if (prompt.name === 'login' && req.method === 'GET') {
        return sendHtml(
          res,
          loginFormPage(`/interaction/${uid}/login`, { login: 'demo', password: 'demo' }),
        );
      }
      if (prompt.name === 'login' && url.pathname.endsWith('/login')) {
        const body = await readBody(req);
        if (body.login !== ACCOUNT.id || body.password !== ACCOUNT.password) {
          return provider.interactionFinished(req, res, { error: 'access_denied' });
        }
        return provider.interactionFinished(req, res, { login: { accountId: ACCOUNT.id } });
      }
      if (prompt.name === 'consent' && session) {
        // A first-party client: the user is not asked, every requested scope is granted.
        const grant = details.grantId
          ? await provider.Grant.find(details.grantId)
          : new provider.Grant({
              accountId: session.accountId,
              clientId: String(params.client_id),
            });
        if (!grant) throw new Error('grant not found');
        grant.addOIDCScope(SCOPE);
        const grantId = await grant.save();
        return provider.interactionFinished(req, res, { consent: { grantId } });
      }
      return sendJson(req, res, 400, { error: `unexpected prompt ${prompt.name}` });
    }

    /** The API takes the provider's own (opaque) access tokens. */
    const me = bearerApi(
      (token) => provider.AccessToken.find(token),
      (accessToken) => ({ sub: accessToken.accountId, email: ACCOUNT.email }),
    );

    const site = await startSdkSite({
      id: 'oidc',
      title: this.title,
      entry: join(import.meta.dirname, 'client.js'),
      handle(request) {
        const { req, res, host, url } = request;
        if (host === 'id' && url.pathname.startsWith('/interaction/')) return interaction(request);
        if (host === 'id') return providerHandler(req, res);
        if (host === 'api' && url.pathname === '/me') return me(request);
        return false;
      },
    });
    provider = await createProvider(site.origin('id'), `${site.origin()}/`);
    providerHandler = provider.callback();
    return site;
  },
  expect: {
    verdict: 'token',
    tokens: [
      // oidc-client-ts keeps the user (all three tokens in one JSON) in sessionStorage.
      { kind: 'access', location: 'sessionStorage', name: /^oidc\.user:/ },
      { kind: 'id', location: 'sessionStorage', name: /^oidc\.user:/ },
      { kind: 'refresh', location: 'sessionStorage', name: /^oidc\.user:/ },
    ],
    // The explanation names the library it recognised (by its storage key).
    explains: ['oidc-client-ts'],
  },
};
