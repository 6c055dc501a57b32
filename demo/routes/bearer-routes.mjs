/** bearer.localhost: short-lived access JWT in a Bearer header + rotating refresh token cookie. */
import { parseCookies, readBody, sendHtml, sendJson, serializeCookie } from '../http-util.mjs';
import { bearerAuto, bearerHome } from '../pages/bearer-pages.mjs';
import { checkCredentials } from './credentials.mjs';

export const REFRESH_COOKIE = 'refresh_token';
export const REFRESH_TTL_SECONDS = 14 * 24 * 3600;

// Strict: the refresh endpoint is only ever called by the site's own page.
const refreshCookie = { httpOnly: true, secure: true, sameSite: 'Strict', path: '/' };

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {import('./context.mjs').RouteContext} ctx
 * @returns {Promise<boolean>}
 */
export async function bearerRoutes(req, res, ctx) {
  const { keys, refreshTokens, accessTtlSeconds } = ctx;
  const issuer = ctx.urls.bearer.origin;
  const route = `${req.method} ${ctx.path}`;

  /** @param {string} user @param {string} refreshToken */
  async function sendTokens(user, refreshToken) {
    const accessToken = await keys.sign({
      issuer,
      sub: user,
      ttlSeconds: accessTtlSeconds,
      typ: 'at+jwt',
    });
    const cookie = serializeCookie(REFRESH_COOKIE, refreshToken, {
      ...refreshCookie,
      maxAge: REFRESH_TTL_SECONDS,
    });
    sendJson(
      res,
      200,
      { access_token: accessToken, token_type: 'Bearer', expires_in: accessTtlSeconds },
      [cookie],
    );
  }

  const clearRefresh = () => serializeCookie(REFRESH_COOKIE, '', { ...refreshCookie, maxAge: 0 });

  switch (route) {
    case 'GET /':
    case 'GET /login':
      sendHtml(res, 200, bearerHome());
      return true;
    case 'GET /auto':
      sendHtml(res, 200, bearerAuto());
      return true;
    case 'POST /login': {
      const user = checkCredentials(await readBody(req));
      if (!user) {
        sendJson(res, 401, { error: 'invalid_credentials' });
        return true;
      }
      await sendTokens(user, refreshTokens.issue(user));
      return true;
    }
    case 'POST /refresh': {
      const body = await readBody(req);
      if (body.grant_type !== 'refresh_token') {
        sendJson(res, 400, { error: 'unsupported_grant_type' });
        return true;
      }
      const rotated = refreshTokens.rotate(parseCookies(req.headers.cookie)[REFRESH_COOKIE]);
      if (!rotated) {
        sendJson(res, 401, { error: 'invalid_grant' }, [clearRefresh()]);
        return true;
      }
      await sendTokens(rotated.user, rotated.token);
      return true;
    }
    case 'GET /api/me': {
      const match = /^Bearer\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''));
      const claims = await keys.verify(match?.[1], issuer);
      if (!claims) {
        sendJson(res, 401, { error: 'invalid_token' }, [], {
          'www-authenticate': 'Bearer realm="tokki-demo", error="invalid_token"',
        });
        return true;
      }
      sendJson(res, 200, { sub: claims.sub, scope: claims.scope, exp: claims.exp });
      return true;
    }
    case 'POST /logout':
      refreshTokens.revoke(parseCookies(req.headers.cookie)[REFRESH_COOKIE]);
      sendJson(res, 200, { loggedOut: true }, [clearRefresh()]);
      return true;
    default:
      return false;
  }
}
