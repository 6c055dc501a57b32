/** plain.localhost: no login, only a consent cookie from the server (analytics come from script). */
import { sendHtml, serializeCookie } from '../http-util.mjs';
import { plainHome } from '../pages/plain-page.mjs';

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {import('./context.mjs').RouteContext} ctx
 * @returns {Promise<boolean>}
 */
export async function plainRoutes(req, res, ctx) {
  if (req.method !== 'GET' || ctx.path !== '/') return false;
  const consent = serializeCookie('cookie_consent', 'accepted', {
    sameSite: 'Lax',
    path: '/',
    maxAge: 365 * 24 * 3600,
  });
  sendHtml(res, 200, plainHome(), [consent]);
  return true;
}
