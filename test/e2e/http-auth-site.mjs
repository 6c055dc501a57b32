/**
 * A loopback site behind HTTP Basic authentication (RFC 7617), for the http-auth end-to-end test.
 * Every path but `/public` answers 401 with `WWW-Authenticate: Basic` until the request carries
 * the user's name and password; the page then loads a stylesheet and calls an API, which the
 * browser sends the cached credentials with by itself. The page's script stores nothing.
 * `/public` is an open page whose script signs in to the API with XMLHttpRequest.
 *
 * `startHttpAuthSite({ user, password })` → `{ port, url(host), seen, close() }`; `seen` lists the
 * requests that arrived with credentials (method, path, user), so a test can tell what the
 * browser really sent.
 */
import { createServer } from 'node:http';

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Staff area (HTTP Basic)</title>
<link rel="stylesheet" href="/site.css"></head>
<body>
<h1>Staff area</h1>
<p id="result">Loading…</p>
<script>
fetch('/api/me')
  .then((r) => r.json())
  .then((me) => {
    document.getElementById('result').textContent = 'Signed in as ' + me.user;
    document.documentElement.dataset.httpAuth = 'done';
  })
  .catch((e) => {
    document.getElementById('result').textContent = String(e);
    document.documentElement.dataset.httpAuth = 'failed';
  });
</script>
</body>
</html>`;

/**
 * A public page whose script signs in to the API: XMLHttpRequest is the one page API that hands a
 * user name and password to the browser's own HTTP authentication, which answers the API's 401.
 */
const PUBLIC_PAGE = (user, password) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Public page, private API (HTTP Basic)</title></head>
<body>
<p id="result">Loading…</p>
<script>
const xhr = new XMLHttpRequest();
xhr.open('GET', '/api/me', true, ${JSON.stringify(user)}, ${JSON.stringify(password)});
xhr.onload = () => {
  document.getElementById('result').textContent = xhr.status + ' ' + xhr.responseText;
  document.documentElement.dataset.httpAuth = xhr.status === 200 ? 'done' : 'failed';
};
xhr.onerror = () => (document.documentElement.dataset.httpAuth = 'failed');
xhr.send();
</script>
</body>
</html>`;

/** The user of an `Authorization: Basic` header, when its password is right. */
function basicUser(header, user, password) {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (!match) return undefined;
  const text = Buffer.from(match[1], 'base64').toString('utf8');
  return text === `${user}:${password}` ? user : undefined;
}

/**
 * Starts the site on 127.0.0.1 (any `*.localhost` host reaches it).
 *
 * @param {{ user?: string; password?: string; port?: number }} [options]
 */
export async function startHttpAuthSite({
  user = 'alice',
  password = 'wonderland',
  port = 0,
} = {}) {
  /** @type {{ method: string; path: string; user: string }[]} */
  const seen = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/public') {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
      });
      return res.end(PUBLIC_PAGE(user, password));
    }
    const who = basicUser(req.headers.authorization, user, password);
    if (!who) {
      res.writeHead(401, {
        'www-authenticate': 'Basic realm="Tokki staff", charset="UTF-8"',
        'content-type': 'text/plain; charset=utf-8',
      });
      return res.end('Authentication required');
    }
    seen.push({ method: req.method ?? 'GET', path, user: who });
    if (path === '/') {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
      });
      return res.end(PAGE);
    }
    if (path === '/site.css') {
      res.writeHead(200, { 'content-type': 'text/css', 'cache-control': 'no-store' });
      return res.end('body { font-family: sans-serif; }');
    }
    if (path === '/api/me') {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      return res.end(JSON.stringify({ user: who }));
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  return {
    port: bound,
    user,
    password,
    /** The site's address on `host` (a `*.localhost` name), credentials not included. */
    url: (host = 'basic.localhost') => `http://${host}:${bound}/`,
    seen,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const site = await startHttpAuthSite({ port: Number(process.env.PORT ?? 0) });
  console.log(`HTTP Basic site: ${site.url()} (user ${site.user}, password ${site.password})`);
}
