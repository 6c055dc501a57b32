/**
 * An OpenID issuer on the loopback host (http://localhost:PORT/issuer): its discovery document
 * names its JWKS, as OpenID Connect Discovery 1.0 §4 has it. Tokki fetches both on a click, from
 * an extension page, so both answer any origin (as real issuers' key endpoints do).
 */
import { sendJson } from '../http-util.mjs';

const ANY_ORIGIN = { 'access-control-allow-origin': '*' };

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {import('./context.mjs').RouteContext} ctx
 * @returns {Promise<boolean>}
 */
export async function issuerRoutes(req, res, ctx) {
  if (req.method !== 'GET') return false;
  const { issuer, configuration, jwks } = ctx.urls.verify;
  if (ctx.path === new URL(configuration).pathname) {
    sendJson(
      res,
      200,
      { issuer, jwks_uri: jwks, id_token_signing_alg_values_supported: ['ES256'] },
      [],
      ANY_ORIGIN,
    );
    return true;
  }
  if (ctx.path === new URL(jwks).pathname) {
    sendJson(res, 200, ctx.keys.jwks, [], ANY_ORIGIN);
    return true;
  }
  return false;
}
