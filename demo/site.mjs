/**
 * The Tokki demo site: one node:http server on 127.0.0.1 that answers several *.localhost hosts,
 * each a separate site with its own cookies (Chromium resolves *.localhost to loopback and treats
 * it as a secure context, so `Secure` cookies work over plain http).
 */
import { createServer } from 'node:http';
import { createJwtKeys } from './jwt-keys.mjs';
import { escapeHtml, sendHtml } from './http-util.mjs';
import { indexPage } from './pages/index-page.mjs';
import { bearerRoutes, REFRESH_TTL_SECONDS } from './routes/bearer-routes.mjs';
import { jwtCookieRoutes } from './routes/jwt-cookie-routes.mjs';
import { issuerRoutes } from './routes/issuer-routes.mjs';
import { plainRoutes } from './routes/plain-routes.mjs';
import { sessionRoutes } from './routes/session-routes.mjs';
import { sharedRoutes } from './routes/shared-routes.mjs';
import { verifyRoutes } from './routes/verify-routes.mjs';
import { createRefreshStore, createSessionStore } from './stores.mjs';
import { DEMO_HOSTS, demoUrls } from './urls.mjs';

export const DEFAULT_ACCESS_TTL_SECONDS = 120;

const indexRoutes = async (req, res, ctx) => {
  if (await issuerRoutes(req, res, ctx)) return true;
  if (req.method !== 'GET' || ctx.path !== '/') return false;
  sendHtml(res, 200, indexPage(ctx.urls));
  return true;
};

const routesByHost = new Map([
  [DEMO_HOSTS.index, indexRoutes],
  ['127.0.0.1', indexRoutes],
  [DEMO_HOSTS.session, sessionRoutes],
  [DEMO_HOSTS.bearer, bearerRoutes],
  [DEMO_HOSTS.jwtCookie, jwtCookieRoutes],
  [DEMO_HOSTS.plain, plainRoutes],
  [DEMO_HOSTS.verify, verifyRoutes],
]);

/** @param {string | undefined} value */
function positiveNumber(value) {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/**
 * Starts the demo site.
 * @param {{ port?: number, accessTtlSeconds?: number }} [options] port 0 or unset: env
 *   TOKKI_DEMO_PORT, else a free port; accessTtlSeconds unset: env TOKKI_DEMO_ACCESS_TTL, else 120.
 */
export async function startDemo(options = {}) {
  const accessTtlSeconds =
    options.accessTtlSeconds ??
    positiveNumber(process.env.TOKKI_DEMO_ACCESS_TTL) ??
    DEFAULT_ACCESS_TTL_SECONDS;
  const wantedPort = options.port ?? positiveNumber(process.env.TOKKI_DEMO_PORT) ?? 0;
  const keys = await createJwtKeys();
  const sessions = createSessionStore();
  const refreshTokens = createRefreshStore({ ttlSeconds: REFRESH_TTL_SECONDS });
  let urls = demoUrls(wantedPort);

  const server = createServer(async (req, res) => {
    try {
      const host = String(req.headers.host ?? '')
        .toLowerCase()
        .replace(/:\d+$/, '');
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const ctx = { path, urls, keys, sessions, refreshTokens, accessTtlSeconds };
      const siteRoutes = routesByHost.get(host);
      if ((await sharedRoutes(req, res, ctx)) || (siteRoutes && (await siteRoutes(req, res, ctx))))
        return;
      sendHtml(res, 404, `<!doctype html><title>404</title><p>Not found: ${escapeHtml(path)}</p>`);
    } catch (error) {
      console.error('[tokki demo]', error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('internal error');
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(wantedPort, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : wantedPort;
  urls = demoUrls(port);

  return {
    port,
    urls,
    accessTtlSeconds,
    /** Counts of the server-side state, so tests can see sessions and refreshes happen. */
    stats: () => ({
      sessions: sessions.size,
      refreshTokens: refreshTokens.size,
      refreshes: refreshTokens.rotations,
    }),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}
