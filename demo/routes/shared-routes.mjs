/** Routes every host answers: the JWKS (issuer keys) and the static client files. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { sendAsset, sendJson } from '../http-util.mjs';

const CLIENT_DIR = new URL('../client/', import.meta.url);
const TYPES = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

// Read once at start: a fixed allow-list, so no path ever reaches the file system.
const assets = new Map(
  readdirSync(CLIENT_DIR).map((name) => [
    name,
    {
      type: TYPES[name.slice(name.lastIndexOf('.'))] ?? 'text/plain',
      body: readFileSync(new URL(name, CLIENT_DIR)),
    },
  ]),
);

// The extension's own rabbit doubles as the demo's logo and favicon (emoji fonts are often missing).
const ICON = new URL('../../public/icon/32.png', import.meta.url);
const icon = existsSync(ICON) ? readFileSync(ICON) : null;

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {import('./context.mjs').RouteContext} ctx
 * @returns {Promise<boolean>}
 */
export async function sharedRoutes(req, res, ctx) {
  if (req.method !== 'GET') return false;
  if (ctx.path === '/.well-known/jwks.json') {
    sendJson(res, 200, ctx.keys.jwks);
    return true;
  }
  if (ctx.path === '/icon.png' && icon) {
    sendAsset(res, 'image/png', icon);
    return true;
  }
  if (ctx.path.startsWith('/assets/')) {
    const asset = assets.get(ctx.path.slice('/assets/'.length));
    if (!asset) return false;
    sendAsset(res, asset.type, asset.body);
    return true;
  }
  return false;
}
