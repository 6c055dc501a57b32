/** Small HTTP helpers for the demo site (node:http only, no framework). */

const MAX_BODY_BYTES = 16 * 1024;

/** Escapes text for HTML so nothing the user typed is ever markup. @param {unknown} value */
export function escapeHtml(value) {
  return String(value).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );
}

/**
 * Parses a Cookie request header into a null-prototype record (first value of a name wins,
 * as in browsers' ordering the most specific cookie comes first).
 * @param {string | undefined} header
 */
export function parseCookies(header) {
  const out = Object.create(null);
  if (!header) return out;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if (name && !(name in out)) out[name] = part.slice(eq + 1).trim();
  }
  return out;
}

/**
 * Reads a small request body as JSON or form data into a null-prototype record of strings.
 * Malformed or oversized bodies become an empty record: the route then answers 400/401.
 * @param {import('node:http').IncomingMessage} req
 */
export async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return Object.create(null);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  const type = String(req.headers['content-type'] ?? '');
  const out = Object.create(null);
  if (type.includes('application/json')) {
    try {
      const parsed = JSON.parse(text);
      if (parsed && typeof parsed === 'object') {
        for (const [k, v] of Object.entries(parsed)) if (typeof v === 'string') out[k] = v;
      }
    } catch {
      // A broken JSON body is treated like an empty one.
    }
    return out;
  }
  for (const [k, v] of new URLSearchParams(text)) out[k] = v;
  return out;
}

/**
 * Serialises one Set-Cookie value.
 * @param {string} name
 * @param {string} value
 * @param {{ httpOnly?: boolean, secure?: boolean, sameSite?: 'Strict'|'Lax'|'None', path?: string, maxAge?: number }} o
 */
export function serializeCookie(name, value, o = {}) {
  const parts = [`${name}=${value}`];
  if (o.httpOnly) parts.push('HttpOnly');
  if (o.secure) parts.push('Secure');
  if (o.sameSite) parts.push(`SameSite=${o.sameSite}`);
  parts.push(`Path=${o.path ?? '/'}`);
  if (o.maxAge !== undefined) parts.push(`Max-Age=${o.maxAge}`);
  return parts.join('; ');
}

const SECURITY_HEADERS = {
  // Scripts come only from the demo's own files, never inline, so a reflected value cannot run.
  'content-security-policy': "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} html
 * @param {string[]} [cookies]
 */
export function sendHtml(res, status, html, cookies = []) {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': 'text/html; charset=utf-8',
    ...(cookies.length ? { 'set-cookie': cookies } : {}),
  });
  res.end(html);
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {unknown} body
 * @param {string[]} [cookies]
 * @param {Record<string, string>} [headers]
 */
export function sendJson(res, status, body, cookies = [], headers = {}) {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    ...headers,
    ...(cookies.length ? { 'set-cookie': cookies } : {}),
  });
  res.end(JSON.stringify(body));
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {string} location
 * @param {string[]} [cookies]
 */
export function redirect(res, location, cookies = []) {
  res.writeHead(303, {
    ...SECURITY_HEADERS,
    location,
    ...(cookies.length ? { 'set-cookie': cookies } : {}),
  });
  res.end();
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {string} contentType
 * @param {string | Buffer} body
 */
export function sendAsset(res, contentType, body) {
  res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': contentType });
  res.end(body);
}

/** True when the client asked for JSON (fetch from the demo's own scripts). @param {import('node:http').IncomingMessage} req */
export function wantsJson(req) {
  return String(req.headers.accept ?? '').includes('application/json');
}
