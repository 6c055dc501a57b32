/**
 * A loopback site shaped like a logged-in web app, for the capture.realistic-page row. HTTP/1.1
 * (Node's http server; Chromium opens at most six connections per host, as on a real site).
 * `/app` sets a session, CSRF and preference cookies and loads 112 subresources:
 * 2 blocking scripts, 16 async ones, 8 stylesheets, 40 images, and 46 API calls made by the page's
 * script (a POST that renews the session cookie and hands back a bearer token, then three waves of
 * 15 fetches with `Authorization: Bearer …`; every fifth answer sets a cookie). Each answer comes
 * after a delay of 20–80 ms, seeded per resource, so every load of the page waits the same.
 * The page records `performance.now()` (navigation start → load event and every API call
 * answered) in `data-bench-done`. Nothing is cached (`no-store`): each load fetches everything.
 */
import { createServer } from 'node:http';
import { benchJwt } from '../lib/server.mjs';

export const REALISTIC_RESOURCES = { scripts: 18, styles: 8, images: 40, fetches: 46 };
const WAVES = 3;
const WAVE_SIZE = 15;

/** mulberry32: a small seeded PRNG, so delays are the same on every load and every run. */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The delay of one resource: 20–80 ms, fixed by its path. */
function delayOf(path) {
  let h = 2166136261;
  for (let i = 0; i < path.length; i++) h = Math.imul(h ^ path.charCodeAt(i), 16777619);
  return 20 + Math.floor(seeded(h)() * 61);
}

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

function appPage() {
  const { scripts, styles, images } = REALISTIC_RESOURCES;
  const head = [
    ...Array.from({ length: styles }, (_, i) => `<link rel="stylesheet" href="/static/s${i}.css">`),
    '<script src="/static/vendor.js"></script><script src="/static/app.js"></script>',
    ...Array.from(
      { length: scripts - 2 },
      (_, i) => `<script async src="/static/m${i}.js"></script>`,
    ),
  ].join('');
  const imgs = Array.from({ length: images }, (_, i) => `<img src="/img/p${i}.png" alt="">`).join(
    '',
  );
  const script = `(async () => {
    const loaded = new Promise((r) => (document.readyState === 'complete' ? r() : addEventListener('load', r)));
    const csrf = document.cookie.match(/csrf=([^;]+)/)?.[1] ?? '';
    const login = await fetch('/api/session', { method: 'POST', headers: { 'X-CSRF-Token': csrf } });
    const { token } = await login.json();
    const auth = { headers: { Authorization: 'Bearer ' + token } };
    let ok = login.ok ? 1 : 0;
    for (let w = 0; w < ${WAVES}; w++) {
      const wave = [];
      for (let i = 0; i < ${WAVE_SIZE}; i++) wave.push(fetch('/api/items/' + w + '-' + i, auth).then((r) => r.json()));
      ok += (await Promise.all(wave)).filter((b) => b.ok).length;
    }
    await loaded;
    document.documentElement.dataset.benchOk = String(ok);
    document.documentElement.dataset.benchDone = String(performance.now());
  })().catch((e) => { document.documentElement.dataset.benchError = String(e); });`;
  return (
    `<!doctype html><html><head><meta charset="utf-8"><title>bench: realistic app</title>${head}` +
    `</head><body><h1>bench: realistic app</h1>${imgs}<script>${script}</script></body></html>`
  );
}

/**
 * Starts the site on a free loopback port.
 * @returns {Promise<{ url: string, expectedOk: number, hits: () => number, close: () => Promise<void> }>}
 */
export async function startRealisticSite() {
  const token = benchJwt(7);
  let hits = 0;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = url.pathname;
    const send = (status, type, body, extra = {}) => {
      hits++;
      setTimeout(() => {
        res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...extra });
        res.end(body);
      }, delayOf(path));
    };
    if (path === '/app') {
      return send(200, 'text/html; charset=utf-8', appPage(), {
        'set-cookie': [
          `sid=s-${hits}-${'a'.repeat(24)}; Path=/; HttpOnly; SameSite=Lax`,
          `csrf=c${hits}x; Path=/; SameSite=Strict`,
          'theme=dark; Path=/; Max-Age=31536000; SameSite=Lax',
        ],
      });
    }
    if (path.startsWith('/static/')) {
      const css = path.endsWith('.css');
      return send(
        200,
        css ? 'text/css' : 'text/javascript',
        css ? `.c${path.length}{color:#123}` : `window.__m=(window.__m||0)+1;`,
      );
    }
    if (path.startsWith('/img/')) return send(200, 'image/png', PNG);
    if (path === '/api/session' && req.method === 'POST') {
      return send(200, 'application/json', JSON.stringify({ token }), {
        'set-cookie': `sid=s-${hits}-${'b'.repeat(24)}; Path=/; HttpOnly; SameSite=Lax`,
      });
    }
    if (path.startsWith('/api/items/')) {
      const n = Number(path.split('-').pop());
      const extra = n % 5 === 0 ? { 'set-cookie': `seen_${n}=${hits}; Path=/; SameSite=Lax` } : {};
      return send(200, 'application/json', '{"ok":true}', extra);
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  server.keepAliveTimeout = 5000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://app.realistic.localhost:${port}/app`,
    expectedOk: 1 + WAVES * WAVE_SIZE,
    hits: () => hits,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
