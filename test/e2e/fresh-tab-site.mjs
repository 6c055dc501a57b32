/**
 * A loopback site for the fresh-tab tests: pages whose script logs in the moment they load, each
 * on a hostname of its own (`login-1.localhost`, `app-2.localhost`, …) so every run is a truly
 * first visit, with no cookie, cache or earlier log of that site. Two servers on 127.0.0.1: the
 * pages on one port, the cross-origin API of the single-page app on another.
 *
 * - `http://login-N.localhost:P/` — the document sets a CSRF cookie; its inline script runs
 *   `POST /login` (JSON; the answer sets an HttpOnly refresh cookie and returns an access JWT),
 *   `GET /api/me` (`Authorization: Bearer`), `POST /refresh` (`grant_type=refresh_token`, the
 *   cookie), `GET /api/me` with the new token: five requests that carry a credential.
 * - `http://app-N.localhost:P/` — a single-page app that keeps its token in memory only and calls
 *   `http://api-N.localhost:P2` (CORS): `POST /token`, `GET /me` (Bearer), `POST /token`
 *   (refresh grant in the body), `GET /me` (Bearer).
 *
 * Every page sets `<html data-fresh="done">` when its script finished, or `data-fresh="failed"`.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';

const SECRET = randomBytes(32);
const ACCESS_TTL_SECONDS = 600;

/** @param {Buffer | string} data */
const b64url = (data) => Buffer.from(data).toString('base64url');

/** An HS256 access token, as a real API issues one (the tests only read it). */
function accessToken(issuer, sub) {
  const now = Math.floor(Date.now() / 1000);
  const head = b64url(JSON.stringify({ alg: 'HS256', typ: 'at+jwt' }));
  const body = b64url(
    JSON.stringify({
      iss: issuer,
      sub,
      iat: now,
      exp: now + ACCESS_TTL_SECONDS,
      jti: b64url(randomBytes(9)),
    }),
  );
  const signature = createHmac('sha256', SECRET).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${signature}`;
}

const refreshToken = () => b64url(randomBytes(24));

/** The login page's script: log in, call the API, refresh, call it again. */
const LOGIN_SCRIPT = `
(async () => {
  const html = document.documentElement;
  try {
    const login = await fetch('/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'demo', password: 'demo' }),
    });
    let { access_token } = await login.json();
    const me = () => fetch('/api/me', { headers: { authorization: 'Bearer ' + access_token } });
    if (!(await me()).ok) throw new Error('me');
    const refreshed = await fetch('/refresh', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=refresh_token',
    });
    ({ access_token } = await refreshed.json());
    if (!(await me()).ok) throw new Error('me again');
    html.dataset.fresh = 'done';
  } catch (error) {
    html.dataset.fresh = 'failed';
    html.dataset.error = String(error);
  }
})();
`;

/** The single-page app's script: the token lives in a variable, the API on another origin. */
const spaScript = (api) => `
(async () => {
  const html = document.documentElement;
  const api = ${JSON.stringify(api)};
  let token;
  const post = (body) =>
    fetch(api + '/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then((r) => r.json());
  const me = () => fetch(api + '/me', { headers: { authorization: 'Bearer ' + token.access_token } });
  try {
    token = await post({ grant_type: 'password', username: 'demo', password: 'demo' });
    if (!(await me()).ok) throw new Error('me');
    token = await post({ grant_type: 'refresh_token', refresh_token: token.refresh_token });
    if (!(await me()).ok) throw new Error('me again');
    html.dataset.fresh = 'done';
  } catch (error) {
    html.dataset.fresh = 'failed';
    html.dataset.error = String(error);
  }
})();
`;

const page = (title, script) =>
  `<!doctype html><html lang="en"><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title>` +
  `<p>${title}</p><script>${script}</script></html>`;

/** @param {import('node:http').IncomingMessage} req */
async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** @param {import('node:http').ServerResponse} res */
function send(res, status, type, body, headers = {}) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
  res.end(body);
}

const json = (res, status, body, headers = {}) =>
  send(res, status, 'application/json', JSON.stringify(body), headers);

const bearerOf = (req) => /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1];

function verify(token) {
  const [head, body, signature] = String(token).split('.');
  const expected = createHmac('sha256', SECRET).update(`${head}.${body}`).digest('base64url');
  return signature === expected;
}

/** The login-N.localhost pages and endpoints (same origin). */
async function loginRoutes(req, res, origin) {
  const route = `${req.method} ${new URL(req.url ?? '/', origin).pathname}`;
  const cookie = (name, value, extra = '') => `${name}=${value}; Path=/; SameSite=Lax${extra}`;
  switch (route) {
    case 'GET /':
      return send(res, 200, 'text/html; charset=utf-8', page('Fresh-tab login', LOGIN_SCRIPT), {
        'set-cookie': cookie('csrf_token', b64url(randomBytes(12))),
      });
    case 'POST /login':
    case 'POST /refresh': {
      await readBody(req);
      return json(
        res,
        200,
        { access_token: accessToken(origin, 'demo'), token_type: 'Bearer' },
        { 'set-cookie': cookie('refresh_token', refreshToken(), '; HttpOnly') },
      );
    }
    case 'GET /api/me':
      return verify(bearerOf(req)) ? json(res, 200, { sub: 'demo' }) : json(res, 401, {});
    default:
      return send(res, 404, 'text/plain', 'not found');
  }
}

/** The api-N.localhost endpoints, answering the app-N.localhost page with CORS. */
async function apiRoutes(req, res, origin, appOrigin) {
  const cors = {
    'access-control-allow-origin': appOrigin,
    'access-control-allow-headers': 'authorization, content-type',
    'access-control-allow-methods': 'GET, POST',
  };
  const route = `${req.method} ${new URL(req.url ?? '/', origin).pathname}`;
  if (req.method === 'OPTIONS') return send(res, 204, 'text/plain', '', cors);
  if (route === 'POST /token') {
    await readBody(req);
    const body = { access_token: accessToken(origin, 'demo'), refresh_token: refreshToken() };
    return json(res, 200, { ...body, token_type: 'Bearer', expires_in: ACCESS_TTL_SECONDS }, cors);
  }
  if (route === 'GET /me') {
    return verify(bearerOf(req)) ? json(res, 200, { sub: 'demo' }, cors) : json(res, 401, {}, cors);
  }
  return send(res, 404, 'text/plain', 'not found', cors);
}

/** @param {import('node:http').RequestListener} handler */
async function listen(handler) {
  const server = createServer((req, res) => {
    Promise.resolve(handler(req, res)).catch(() => {
      if (!res.headersSent) send(res, 500, 'text/plain', 'error');
      else res.end();
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { server, port };
}

/**
 * Starts the fresh-tab site on two free loopback ports and returns its URLs by run number.
 * @returns {Promise<import('./fresh-tab-site.d.mts').FreshTabSite>}
 */
export async function startFreshTabSite() {
  const pages = await listen(async (req, res) => {
    const host = String(req.headers.host ?? '').toLowerCase();
    const origin = `http://${host}`;
    if (/^login-\d+\.localhost:\d+$/.test(host)) return loginRoutes(req, res, origin);
    const app = /^app-(\d+)\.localhost:\d+$/.exec(host);
    if (app && req.method === 'GET' && req.url === '/') {
      return send(
        res,
        200,
        'text/html; charset=utf-8',
        page('Fresh-tab SPA', spaScript(apiOrigin(app[1]))),
      );
    }
    return send(res, 404, 'text/plain', 'not found');
  });
  const api = await listen(async (req, res) => {
    const host = String(req.headers.host ?? '').toLowerCase();
    const match = /^api-(\d+)\.localhost:\d+$/.exec(host);
    if (!match) return send(res, 404, 'text/plain', 'not found');
    return apiRoutes(req, res, `http://${host}`, appOrigin(match[1]));
  });
  const appOrigin = (n) => `http://app-${n}.localhost:${pages.port}`;
  const apiOrigin = (n) => `http://api-${n}.localhost:${api.port}`;
  const close = (server) => new Promise((resolve) => server.close(() => resolve(undefined)));
  return {
    port: pages.port,
    apiPort: api.port,
    loginUrl: (n) => `http://login-${n}.localhost:${pages.port}/`,
    appUrl: (n) => `${appOrigin(n)}/`,
    apiOrigin,
    close: async () => {
      pages.server.closeAllConnections();
      api.server.closeAllConnections();
      await Promise.all([close(pages.server), close(api.server)]);
    },
  };
}
