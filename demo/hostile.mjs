/**
 * hostile.localhost: a page built to attack whatever displays its cookies and storage. It sets
 * cookies and localStorage values holding markup, `javascript:` URLs, a right-to-left override,
 * zero-width look-alikes, a Hangul filler, a 4 KB cookie, a 1 MB stored value and a JWT whose
 * payload is not UTF-8, then sends a hostile JWT as a Bearer token. Tokki must show all of it as
 * text (test/e2e/hostile.e2e.ts). Served on its own, so the demo logins stay untouched:
 * `startHostileSite()` listens on a free port of 127.0.0.1 (Chromium resolves *.localhost there).
 */
import { createServer } from 'node:http';

const b64 = (text) => Buffer.from(text, 'utf8').toString('base64url');

/** The strings the page plants, for tests to look for on screen. */
export const HOSTILE = Object.freeze({
  markup: '<img src=x onerror=alert(1)>',
  script: '<script>alert(1)</script>',
  bold: '<b>bold</b>',
  jsUrl: 'javascript:alert(document.domain)',
  rlo: 'gpj.\u202Eexe.session',
  zeroWidthTwin: 's\u200Bid',
  plainTwin: 'sid',
  hangulFiller: '\u3164',
  bigCookie: `S${'x'.repeat(3900)}`,
  /** A claim long enough to be cut on screen (the token stays under the 64 KB decode limit). */
  longClaim: `${'long-claim-'.repeat(3000)}END`,
});

const HEADER = b64('{"alg":"HS256","typ":"JWT"}');

/** An access token whose claims hold every hostile string, plus a 30 KB claim. */
export const HOSTILE_JWT = `${HEADER}.${b64(
  JSON.stringify({
    sub: HOSTILE.markup,
    name: HOSTILE.rlo,
    website: HOSTILE.jsUrl,
    note: HOSTILE.script,
    nick: `a${HOSTILE.zeroWidthTwin}${HOSTILE.hangulFiller}`,
    big: HOSTILE.longClaim,
    scope: 'read',
    exp: 4102444800,
  }),
)}.c2lnbmF0dXJl`;

/** Payload bytes `{"s":"<FF FE>"}`: not UTF-8. */
export const BAD_UTF8_JWT = `${HEADER}.${Buffer.from([
  0x7b, 0x22, 0x73, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d,
]).toString('base64url')}.c2lnbmF0dXJl`;

/** JSON for an inline script: `<` escaped so no value can close the script element. */
const js = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

function page() {
  const cookies = [
    // A cookie name cannot hold '=' or ';': the markup with attributes goes in the value.
    [HOSTILE.script, HOSTILE.markup],
    [HOSTILE.plainTwin, 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6'],
    [HOSTILE.zeroWidthTwin, 'f6e5d4c3b2a1f6e5d4c3b2a1f6e5d4c3'],
    [HOSTILE.rlo, HOSTILE.jsUrl],
    ['bad_utf8', BAD_UTF8_JWT],
    ['big_session', HOSTILE.bigCookie],
  ];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>hostile.localhost</title></head>
<body><h1>Hostile values / 악성 값</h1><p id="result">setting values…</p>
<script>
const cookies = ${js(cookies)};
for (const [name, value] of cookies) document.cookie = name + '=' + value + '; path=/; SameSite=Lax';
localStorage.setItem(${js(HOSTILE.bold)}, JSON.stringify({ access_token: ${js(HOSTILE_JWT)} }));
localStorage.setItem(${js(`${HOSTILE.rlo}_token`)}, 'A'.repeat(1024 * 1024));
fetch('/api/' + encodeURIComponent(${js(HOSTILE.markup)}) + '?next=' + ${js(HOSTILE.jsUrl)}, {
  headers: { Authorization: 'Bearer ' + ${js(HOSTILE_JWT)} },
}).then(() => {
  document.getElementById('result').textContent = 'done: ' + document.cookie.split(';').length + ' cookies';
  document.documentElement.dataset.tokkiDemo = 'done';
}, (error) => {
  document.getElementById('result').textContent = String(error);
  document.documentElement.dataset.tokkiDemo = 'failed';
});
</script></body></html>`;
}

/**
 * Starts the hostile site on 127.0.0.1 (a free port unless given).
 * @param {{ port?: number }} [options]
 */
export async function startHostileSite(options = {}) {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/') {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
      });
      res.end(page());
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"ok":true}');
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 0);
  return {
    port,
    url: `http://hostile.localhost:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}
