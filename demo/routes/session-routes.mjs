/** session.localhost: a classic server-side session behind an HttpOnly session cookie. */
import {
  parseCookies,
  readBody,
  redirect,
  sendHtml,
  sendJson,
  serializeCookie,
  wantsJson,
} from '../http-util.mjs';
import { sessionAuto, sessionHome, sessionLogin, sessionMe } from '../pages/session-pages.mjs';
import { checkCredentials } from './credentials.mjs';

export const SESSION_COOKIE = 'sessionid';

// No Max-Age: a session cookie, gone when the browser closes.
const cookieOptions = { httpOnly: true, secure: true, sameSite: 'Lax', path: '/' };

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {import('./context.mjs').RouteContext} ctx
 * @returns {Promise<boolean>} whether the request was handled
 */
export async function sessionRoutes(req, res, ctx) {
  const { sessions } = ctx;
  const sid = parseCookies(req.headers.cookie)[SESSION_COOKIE];
  const user = sessions.get(sid)?.user;
  const route = `${req.method} ${ctx.path}`;

  switch (route) {
    case 'GET /':
      sendHtml(res, 200, sessionHome(user));
      return true;
    case 'GET /login':
      sendHtml(res, 200, sessionLogin());
      return true;
    case 'POST /login': {
      const who = checkCredentials(await readBody(req));
      if (!who) {
        if (wantsJson(req)) sendJson(res, 401, { error: 'invalid_credentials' });
        else sendHtml(res, 401, sessionLogin(true));
        return true;
      }
      // A new id on every login, so an id planted before login (session fixation) is worthless.
      sessions.destroy(sid);
      const cookie = serializeCookie(SESSION_COOKIE, sessions.create(who), cookieOptions);
      if (wantsJson(req)) sendJson(res, 200, { user: who }, [cookie]);
      else redirect(res, '/me', [cookie]);
      return true;
    }
    case 'GET /me':
      if (wantsJson(req)) {
        if (user) sendJson(res, 200, { user });
        else sendJson(res, 401, { error: 'not_logged_in' });
      } else {
        sendHtml(res, user ? 200 : 401, sessionMe(user));
      }
      return true;
    case 'POST /logout': {
      sessions.destroy(sid);
      const clear = serializeCookie(SESSION_COOKIE, '', { ...cookieOptions, maxAge: 0 });
      if (wantsJson(req)) sendJson(res, 200, { loggedOut: true }, [clear]);
      else redirect(res, '/', [clear]);
      return true;
    }
    case 'GET /auto':
      sendHtml(res, 200, sessionAuto());
      return true;
    default:
      return false;
  }
}
