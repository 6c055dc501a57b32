/**
 * verify.localhost: a login that hands out three JWTs in HttpOnly cookies, for Tokki's Verify
 * block: `weak_token` (HS256, a guessable secret), `strong_token` (HS256, a strong secret) and
 * `id_token` (ES256, from the loopback issuer, verifiable with the keys its discovery names).
 */
import {
  parseCookies,
  readBody,
  redirect,
  sendHtml,
  sendJson,
  serializeCookie,
  wantsJson,
} from '../http-util.mjs';
import { verifyAuto, verifyHome } from '../pages/verify-pages.mjs';
import { createVerifyTokens } from '../verify-tokens.mjs';
import { checkCredentials } from './credentials.mjs';

export const VERIFY_COOKIE_TTL_SECONDS = 3600;
const cookieOptions = {
  httpOnly: true,
  secure: true,
  sameSite: 'Lax',
  path: '/',
  maxAge: VERIFY_COOKIE_TTL_SECONDS,
};
const tokens = createVerifyTokens();

/**
 * The three cookies of one login.
 * @param {import('./context.mjs').RouteContext} ctx
 * @param {string} user
 */
async function loginCookies(ctx, user) {
  const { origin, issuer } = ctx.urls.verify;
  const ttlSeconds = VERIFY_COOKIE_TTL_SECONDS;
  const weak = tokens.weak({ sub: `${user}-weak-secret`, iss: origin, ttlSeconds });
  const strong = tokens.strong({ sub: `${user}-strong-secret`, iss: origin, ttlSeconds });
  const id = await ctx.keys.sign({ issuer, sub: `${user}-issuer`, ttlSeconds, scope: 'openid' });
  return [
    serializeCookie('weak_token', weak, cookieOptions),
    serializeCookie('strong_token', strong, cookieOptions),
    serializeCookie('id_token', id, cookieOptions),
  ];
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {import('./context.mjs').RouteContext} ctx
 * @returns {Promise<boolean>}
 */
export async function verifyRoutes(req, res, ctx) {
  const route = `${req.method} ${ctx.path}`;
  switch (route) {
    case 'GET /':
      sendHtml(
        res,
        200,
        verifyHome(ctx.urls, Boolean(parseCookies(req.headers.cookie).weak_token)),
      );
      return true;
    case 'GET /auto':
      sendHtml(res, 200, verifyAuto(ctx.urls));
      return true;
    case 'POST /login': {
      const user = checkCredentials(await readBody(req));
      if (!user) {
        if (wantsJson(req)) sendJson(res, 401, { error: 'invalid_credentials' });
        else redirect(res, '/');
        return true;
      }
      const cookies = await loginCookies(ctx, user);
      if (wantsJson(req)) sendJson(res, 200, { user }, cookies);
      else redirect(res, '/', cookies);
      return true;
    }
    default:
      return false;
  }
}
