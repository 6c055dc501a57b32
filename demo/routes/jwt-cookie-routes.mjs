/** jwtcookie.localhost: a signed JWT in an HttpOnly cookie; the server keeps no session. */
import {
  parseCookies,
  readBody,
  redirect,
  sendHtml,
  sendJson,
  serializeCookie,
  wantsJson,
} from '../http-util.mjs';
import {
  jwtCookieAuto,
  jwtCookieHome,
  jwtCookieLogin,
  jwtCookieMe,
} from '../pages/jwt-cookie-pages.mjs';
import { checkCredentials } from './credentials.mjs';

export const AUTH_COOKIE = 'auth_token';
export const AUTH_COOKIE_TTL_SECONDS = 3600;

const cookieOptions = { httpOnly: true, secure: true, sameSite: 'Lax', path: '/' };

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {import('./context.mjs').RouteContext} ctx
 * @returns {Promise<boolean>}
 */
export async function jwtCookieRoutes(req, res, ctx) {
  const { keys } = ctx;
  const issuer = ctx.urls.jwtCookie.origin;
  const claims = await keys.verify(parseCookies(req.headers.cookie)[AUTH_COOKIE], issuer);
  const route = `${req.method} ${ctx.path}`;

  switch (route) {
    case 'GET /':
      sendHtml(res, 200, jwtCookieHome(claims));
      return true;
    case 'GET /login':
      sendHtml(res, 200, jwtCookieLogin());
      return true;
    case 'GET /auto':
      sendHtml(res, 200, jwtCookieAuto());
      return true;
    case 'POST /login': {
      const user = checkCredentials(await readBody(req));
      if (!user) {
        if (wantsJson(req)) sendJson(res, 401, { error: 'invalid_credentials' });
        else sendHtml(res, 401, jwtCookieLogin(true));
        return true;
      }
      const token = await keys.sign({ issuer, sub: user, ttlSeconds: AUTH_COOKIE_TTL_SECONDS });
      const cookie = serializeCookie(AUTH_COOKIE, token, {
        ...cookieOptions,
        maxAge: AUTH_COOKIE_TTL_SECONDS,
      });
      if (wantsJson(req)) sendJson(res, 200, { user }, [cookie]);
      else redirect(res, '/me', [cookie]);
      return true;
    }
    case 'GET /me':
      if (wantsJson(req)) {
        if (claims) sendJson(res, 200, claims);
        else sendJson(res, 401, { error: 'not_logged_in' });
      } else {
        sendHtml(res, claims ? 200 : 401, jwtCookieMe(claims));
      }
      return true;
    case 'GET /api/me':
      if (claims) sendJson(res, 200, claims);
      else sendJson(res, 401, { error: 'not_logged_in' });
      return true;
    case 'POST /logout': {
      // Only the browser's copy goes away: a copied token stays valid until its exp.
      const clear = serializeCookie(AUTH_COOKIE, '', { ...cookieOptions, maxAge: 0 });
      if (wantsJson(req)) sendJson(res, 200, { loggedOut: true }, [clear]);
      else redirect(res, '/', [clear]);
      return true;
    }
    default:
      return false;
  }
}
