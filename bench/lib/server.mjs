/**
 * The bench's own loopback site (127.0.0.1 only; Chromium resolves *.localhost there).
 * - `/fetches?n=N`: a page that fires N authenticated fetches at once and records when all answered.
 * - `/blank`: an empty page the bench drives with `page.evaluate` (request floods).
 * - `/many`: a site with about 300 cookies and 50 JWTs in web storage. Chrome keeps at most 180
 *   cookies per domain key (it trims to ~176 of the 300 first-party ones it is sent), so an
 *   embedded third party (`/partitioned`) adds 124 partitioned (CHIPS) cookies.
 * - `/api/ping`: the endpoint the fetches hit.
 */
import { createServer } from 'node:http';

/** A JWT-shaped bearer value; the server never checks it, the extension only has to see it. */
export function benchJwt(i, nowS = Math.floor(Date.now() / 1000)) {
  const enc = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const payload = { sub: `bench-user-${i}`, iat: nowS, exp: nowS + 900 + i * 60, scope: 'api' };
  return `${enc({ alg: 'HS256', typ: 'JWT' })}.${enc(payload)}.${Buffer.from(`sig-${i}`).toString('base64url')}`;
}

const page = (title, script) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head>` +
  `<body><h1>${title}</h1><script>${script}</script></body></html>`;

function fetchesPage(n, token) {
  return page(
    `bench: ${n} fetches`,
    `(async () => {
      const auth = { headers: { Authorization: 'Bearer ${token}' } };
      const all = [];
      for (let i = 0; i < ${n}; i++) all.push(fetch('/api/ping?i=' + i, auth).then((r) => r.status));
      const statuses = await Promise.all(all);
      document.documentElement.dataset.benchOk = String(statuses.filter((s) => s === 200).length);
      document.documentElement.dataset.benchDone = String(performance.now());
    })().catch((e) => { document.documentElement.dataset.benchError = String(e); });`,
  );
}

function manyPage(tokens, frameUrl) {
  return page(
    'bench: 300 cookies, 50 tokens',
    `const tokens = ${JSON.stringify(tokens)};
    tokens.forEach((t, i) => (i % 2 ? sessionStorage : localStorage).setItem(i === 0 ? 'access_token' : 'tok_' + i, t));
    const frame = document.createElement('iframe');
    const framed = new Promise((resolve) => (frame.onload = resolve));
    frame.src = ${JSON.stringify(frameUrl)};
    document.body.append(frame);
    Promise.all([framed, fetch('/api/ping', { headers: { Authorization: 'Bearer ' + tokens[0] } })])
      .then(() => { document.documentElement.dataset.benchDone = String(performance.now()); });`,
  );
}

/**
 * Partitioned (CHIPS) cookies an embedded third party sets: they count against their own
 * partition, so together with the 176 first-party ones the site shows about 300 cookies.
 */
function partitionedCookies(n) {
  return Array.from(
    { length: n },
    (_, i) => `pc_${i}=p${i}; Path=/; Secure; SameSite=None; Partitioned`,
  );
}

/** Cookie values in the mix of a busy site: ids, analytics, preferences, a few JWTs. */
function manyCookies(parentDomain, tokens) {
  const headers = [];
  for (let i = 0; i < 300; i++) {
    const hostOnly = i < 150;
    const name =
      i === 0 ? 'JSESSIONID' : i === 1 ? 'refresh_token' : i % 10 === 0 ? `_ga_${i}` : `pref_${i}`;
    const value = i < 5 ? tokens[i] : `v${i}-${'x'.repeat(i % 40)}`;
    const attrs = ['Path=/'];
    if (!hostOnly) attrs.push(`Domain=${parentDomain}`);
    if (i % 5 === 0) attrs.push('HttpOnly');
    if (i % 3 !== 0) attrs.push(`Max-Age=${86_400 * (1 + (i % 30))}`);
    attrs.push(['SameSite=Lax', 'SameSite=Strict', 'SameSite=None; Secure'][i % 3]);
    headers.push(`${name}=${value}; ${attrs.join('; ')}`);
  }
  return headers;
}

/**
 * Starts the server on a free loopback port.
 * @returns {Promise<{ port: number, url: (host: string, path: string) => string, hits: () => number, close: () => Promise<void> }>}
 */
export async function startBenchServer() {
  let hits = 0;
  const tokens = Array.from({ length: 50 }, (_, i) => benchJwt(i));
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const host = String(req.headers.host ?? '').split(':')[0];
    if (url.pathname === '/api/ping') {
      hits++;
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end('{"ok":true}');
      return;
    }
    const html = (body, extra = {}) => {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        ...extra,
      });
      res.end(body);
    };
    if (url.pathname === '/fetches') {
      const n = Math.min(Math.max(Number(url.searchParams.get('n')) || 1000, 1), 10_000);
      return html(fetchesPage(n, tokens[0]));
    }
    if (url.pathname === '/blank') return html(page('bench', ''));
    if (url.pathname === '/many') {
      const parent = host.split('.').slice(1).join('.');
      const port = server.address().port;
      const frameUrl = `http://embed.localhost:${port}/partitioned`;
      return html(manyPage(tokens, frameUrl), { 'set-cookie': manyCookies(parent, tokens) });
    }
    if (url.pathname === '/partitioned') {
      return html(page('bench: embedded', ''), { 'set-cookie': partitionedCookies(124) });
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  server.keepAliveTimeout = 5000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    port,
    url: (host, path) => `http://${host}:${port}${path}`,
    hits: () => hits,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
