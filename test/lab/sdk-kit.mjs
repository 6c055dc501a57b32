/**
 * What the client-SDK stacks of the lab share: one loopback server that answers the stack's site
 * (`<id>.localhost`) and the stand-in vendor APIs on other hosts (`auth.<id>.localhost`,
 * `api.<id>.localhost`, so each is its own origin), a signer for real JWTs, and JSON/CORS replies.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { SignJWT, exportJWK, generateKeyPair, jwtVerify, createLocalJWKSet } from 'jose';
import { bundleForBrowser } from './bundle.mjs';
import { autoLoginPage, cookieValue, credentialLog, listenOnLoopback } from './kit.mjs';

// --- The stack's server -------------------------------------------------------------------------

/**
 * @typedef {object} SdkRequest
 * @property {import('node:http').IncomingMessage} req
 * @property {import('node:http').ServerResponse} res
 * @property {URL} url the full URL as the browser sent it
 * @property {string} host the part of the host before `<id>.localhost`: '' for the site, 'api',
 *   'auth', …
 * @property {() => void} credential notes this request as one that carried a credential
 */

/**
 * Starts a client-SDK stack: bundles `entry` (which exports `login()`), serves the auto-login page
 * that calls it at `http://<id>.localhost:<port>/`, and hands every other request to `handle`
 * (`return false` for 404). OPTIONS preflights are answered for every host.
 * @param {{ id: string, title: string, entry: string, handle(r: SdkRequest): unknown }} site
 */
export async function startSdkSite({ id, title, entry, handle }) {
  const bundlePath = await bundleForBrowser(entry, `${id}/app.js`);
  const bundle = readFileSync(bundlePath);
  const log = credentialLog();
  const page = autoLoginPage({
    title,
    head: '<script src="/app.js"></script>',
    script: 'const outcome = await tokkiLab.login();\nlog(outcome);\ndone();',
  });
  const server = createServer((req, res) => {
    const hostName = String(req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const suffix = `${id}.localhost`;
    const host = hostName === suffix ? '' : hostName.slice(0, -suffix.length - 1);
    if (hostName !== suffix && !hostName.endsWith(`.${suffix}`)) {
      return sendJson(req, res, 404, { error: 'unknown host' });
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204, corsHeaders(req));
      return res.end();
    }
    if (host === '' && url.pathname === '/') return sendHtml(res, page);
    if (host === '' && url.pathname === '/app.js') {
      res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
      return res.end(bundle);
    }
    const credential = () => log.add(req.method ?? 'GET', url.href);
    Promise.resolve(handle({ req, res, url, host, credential }))
      .then((handled) => {
        if (handled === false && !res.headersSent) sendJson(req, res, 404, { error: 'not_found' });
      })
      .catch((error) => {
        if (!res.headersSent) sendJson(req, res, 500, { error: String(error) });
      });
  });
  const { port, close } = await listenOnLoopback(server);
  /** @param {string} [sub] */
  const origin = (sub) => `http://${sub ? `${sub}.` : ''}${id}.localhost:${port}`;
  return { url: `${origin()}/`, origin, close, credentialRequests: log.all };
}

/**
 * A `handle` for {@link startSdkSite} that picks the handler of `<METHOD> <host> <path>`
 * (`'GET api /me'`); any other request is answered 404.
 * @param {Record<string, (r: SdkRequest) => unknown>} routes
 */
export function byRoute(routes) {
  return (/** @type {SdkRequest} */ r) => {
    const route = routes[`${r.req.method} ${r.host} ${r.url.pathname}`];
    return route ? route(r) : false;
  };
}

// --- Requests and answers -----------------------------------------------------------------------

/**
 * Reads a request body as JSON or form data (whatever the SDK sends), `{}` when empty or broken.
 * @param {import('node:http').IncomingMessage} req
 * @returns {Promise<Record<string, any>>}
 */
export async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  if (String(req.headers['content-type']).includes('json')) {
    try {
      return JSON.parse(text) ?? {};
    } catch {
      return {};
    }
  }
  return Object.fromEntries(new URLSearchParams(text));
}

/**
 * The bearer token of a request's `Authorization` header, if any.
 * @param {import('node:http').IncomingMessage} req
 */
export function bearerOf(req) {
  const match = /^Bearer\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''));
  return match?.[1];
}

/**
 * An API endpoint that wants a Bearer token: a request carrying one is a credential request;
 * it is answered `answer(claims)` when `verify` accepts the token, else 401 `invalid_token`.
 * @template T
 * @param {(token: string) => Promise<T | undefined>} verify the token's claims, or undefined
 * @param {(claims: T) => unknown} answer
 */
export function bearerApi(verify, answer) {
  return async (/** @type {SdkRequest} */ { req, res, credential }) => {
    const token = bearerOf(req);
    if (token) credential();
    const claims = token ? await verify(token) : undefined;
    if (!claims) return sendJson(req, res, 401, { error: 'invalid_token' });
    return sendJson(req, res, 200, answer(claims));
  };
}
/**
 * Answers 200 with an HTML page.
 * @param {import('node:http').ServerResponse} res
 * @param {string} html
 */
export function sendHtml(res, html) {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(html);
}

/**
 * Answers with a JSON body, and the CORS headers a page on another origin needs to read it.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string | string[]>} [headers]
 */
export function sendJson(req, res, status, body, headers = {}) {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...corsHeaders(req),
    ...headers,
  });
  res.end(JSON.stringify(body));
}

/**
 * CORS headers that let the stack's page call a stand-in on another origin with whatever headers
 * the SDK sends. They echo the caller's origin: the lab's servers listen on loopback only.
 * @param {import('node:http').IncomingMessage} req
 */
function corsHeaders(req) {
  const origin = req.headers.origin;
  if (!origin) return {};
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    'access-control-allow-headers': String(
      req.headers['access-control-request-headers'] ?? 'authorization, content-type',
    ),
    vary: 'origin',
  };
}

/**
 * Answers 302 to `location`.
 * @param {import('node:http').ServerResponse} res
 * @param {string} location
 * @param {Record<string, string | string[]>} [headers]
 */
export function redirect(res, location, headers = {}) {
  res.writeHead(302, { location, 'cache-control': 'no-store', ...headers });
  res.end();
}

// --- A stand-in identity provider ---------------------------------------------------------------

/**
 * A fresh RS256 key per start (nothing secret is committed), with `kid` and a JWKS, as a real
 * issuer publishes it.
 * @param {string} issuer the `iss` of every token it signs
 */
export async function createIssuer(issuer) {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = randomBytes(8).toString('hex');
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' }] };
  const keySet = createLocalJWKSet(jwks);
  return {
    issuer,
    jwks,
    /**
     * @param {Record<string, unknown>} claims
     * @param {{ expiresIn?: number, typ?: string }} [options] lifetime in seconds (default 3600)
     */
    sign(claims, { expiresIn = 3600, typ = 'JWT' } = {}) {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ iat: now, exp: now + expiresIn, ...claims })
        .setProtectedHeader({ alg: 'RS256', kid, typ })
        .setIssuer(issuer)
        .sign(privateKey);
    },
    /** The token's payload when this issuer signed it and it is still valid, else undefined. */
    async verify(/** @type {string} */ token) {
      try {
        return (await jwtVerify(token, keySet, { issuer })).payload;
      } catch {
        return undefined;
      }
    },
  };
}

/** An opaque random value, as vendors hand out refresh tokens and codes. */
export const opaque = (bytes = 32) => randomBytes(bytes).toString('base64url');

/** The PKCE S256 challenge of a code verifier (RFC 7636 §4.2). @param {string} verifier */
const s256 = (verifier) => createHash('sha256').update(verifier).digest('base64url');

/**
 * @typedef {object} CodeGrant what an authorization code was issued for
 * @property {string | null} clientId
 * @property {string | null} redirectUri
 * @property {string | null} challenge the PKCE code challenge (S256)
 * @property {string | undefined} nonce
 * @property {string} scope
 */

/**
 * The authorization codes a stand-in OAuth server issues to its one client: issued for an
 * authorization request, redeemed once at the token endpoint by the same client, redirect URI and
 * PKCE verifier.
 * @param {string} clientId
 */
export function authorizationCodes(clientId) {
  /** @type {Map<string, CodeGrant & Record<string, unknown>>} */
  const codes = new Map();
  return {
    /**
     * True when an authorization request comes from the client and uses PKCE S256, as every SDK
     * in the lab does; anything else is answered `invalid_request`.
     * @param {URLSearchParams} params
     */
    accepts: (params) =>
      params.get('client_id') === clientId && params.get('code_challenge_method') === 'S256',
    /**
     * @param {URLSearchParams} params the authorization request
     * @param {Record<string, unknown>} [extra] more to remember with the code (a session id, …)
     */
    issue(params, extra = {}) {
      const code = opaque(32);
      codes.set(code, {
        clientId: params.get('client_id'),
        redirectUri: params.get('redirect_uri'),
        challenge: params.get('code_challenge'),
        nonce: params.get('nonce') ?? undefined,
        scope: params.get('scope') ?? 'openid',
        ...extra,
      });
      return code;
    },
    /**
     * The grant behind the token request's code when the request matches it, else undefined; a
     * code works once either way.
     * @param {Record<string, any>} body the token request
     */
    redeem(body) {
      const grant = codes.get(String(body.code));
      codes.delete(String(body.code));
      const matches =
        grant !== undefined &&
        grant.clientId === body.client_id &&
        grant.redirectUri === body.redirect_uri &&
        grant.challenge === s256(String(body.code_verifier));
      return matches ? grant : undefined;
    },
  };
}

/**
 * Sends the browser back to the client's redirect URI with the authorization response: in the
 * query when the request asked for `response_mode=query`, else in the fragment.
 * @param {import('node:http').ServerResponse} res
 * @param {URLSearchParams} params the authorization request
 * @param {Record<string, string>} answer
 */
export function authorizationResponse(res, params, answer) {
  const separator = params.get('response_mode') === 'query' ? '?' : '#';
  return redirect(res, `${params.get('redirect_uri')}${separator}${new URLSearchParams(answer)}`);
}

/**
 * A vendor's own login, as a stand-in tenant or authority keeps it: its login form (filled with
 * `user` and submitted by script), and a session cookie `cookie` on its own host once the form
 * is posted with the right user, so the next authorization request is answered at once.
 * @param {{ cookie: string, user: { username: string, password: string },
 *   authorizePath: string }} options `authorizePath`: where the form sends the logged-in browser
 *   back to, with the same authorization request
 */
export function vendorLogin({ cookie, user, authorizePath }) {
  const sessions = new Set();
  return {
    /**
     * True when the request comes from a browser logged in here.
     * @param {import('node:http').IncomingMessage} req
     */
    has: (req) => sessions.has(cookieValue(req, cookie)),
    /**
     * Answers with the login form, posting to `action`.
     * @param {import('node:http').ServerResponse} res @param {string} action
     */
    form: (res, action) => sendHtml(res, loginFormPage(action, user)),
    /**
     * The form's handler: logs the browser in and sends it back to authorize.
     * @param {SdkRequest} r
     */
    async submit({ req, res, url }) {
      const body = await readBody(req);
      if (body.username !== user.username || body.password !== user.password) {
        return sendJson(req, res, 401, { error: 'access_denied' });
      }
      const session = opaque(24);
      sessions.add(session);
      return redirect(res, `${authorizePath}?${url.searchParams}`, {
        'set-cookie': `${cookie}=${session}; Path=/; HttpOnly; SameSite=Lax`,
      });
    },
  };
}

/**
 * A vendor's login page: a real form, already filled with the demo user and submitted by script,
 * as the lab logs in without a person.
 * @param {string} action where the form posts
 * @param {Record<string, string>} fields name → value (a field called `password` is a password
 *   input)
 */
export function loginFormPage(action, fields) {
  const attr = (/** @type {string} */ v) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const inputs = Object.entries(fields)
    .map(([name, value]) => {
      const type = name === 'password' ? 'password' : 'text';
      return `<label>${name} <input name="${attr(name)}" type="${type}" value="${attr(value)}"></label>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Sign in</title><link rel="icon" href="data:,"></head>
<body><form method="post" action="${attr(action)}">
${inputs}
<button>Sign in</button></form>
<script>document.forms[0].submit();</script></body></html>`;
}
