/**
 * HTTP Basic authentication (RFC 7617), checked with the `basic-auth` parser on node:http: the
 * server answers 401 with `WWW-Authenticate: Basic`, and from then on the browser itself sends
 * the user's name and password with every request to the protected space. The page stores
 * nothing.
 */
import { timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import { parse } from 'basic-auth';
import { autoLoginPage, credentialLog, listenOnLoopback, packageVersion } from '../../kit.mjs';

const TITLE = 'HTTP Basic authentication (basic-auth)';

// XMLHttpRequest is the one page API that hands a user name and password to the browser's own
// HTTP authentication (fetch() refuses credentials in the URL): after the 401 the browser answers
// the challenge and caches the credentials, so the later fetch() carries them without being told.
const LOGIN_SCRIPT = `
const status = await new Promise((resolve, reject) => {
  const xhr = new XMLHttpRequest();
  xhr.open('GET', '/app/login', true, 'demo', 'demo');
  xhr.onload = () => resolve(xhr.status);
  xhr.onerror = () => reject(new Error('network error'));
  xhr.send();
});
if (status !== 200) throw new Error('login answered ' + status);
const me = await (await fetch('/app/me')).json();
if (me.user !== 'demo') throw new Error('the browser did not send the credentials again');
log('logged in as ' + me.user);
done();
`;

/** True when the header carries demo/demo (compared in constant time, as a real server would). */
function isDemo(authorization) {
  const user = parse(authorization ?? '');
  if (!user) return false;
  const given = Buffer.from(`${user.name}:${user.pass}`);
  const wanted = Buffer.from('demo:demo');
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/** @type {import('../../types').LabStack} */
export default {
  id: 'http-basic',
  title: TITLE,
  library: `basic-auth ${packageVersion('basic-auth')} (node:http)`,
  firefox: true,
  expect: {
    verdict: 'http-auth',
    tokens: [{ kind: 'unknown', location: 'header', name: 'Authorization' }],
    // The user's name may be shown, never the password.
    explains: ['Basic', 'demo'],
  },
  browserLimits: {
    chrome: {
      why:
        'Chromium never shows extensions the Authorization header its network stack adds for HTTP ' +
        'authentication (https://developer.chrome.com/docs/extensions/reference/api/webRequest' +
        '#life_cycle_of_requests): only the 401 challenge and the URL the page gave the ' +
        'credentials in (http://demo:demo@…/app/login) are visible; a request sent with cached ' +
        'credentials shows no sign of them.',
      // The user's name and password are in the login request's URL, so the token is there.
      expect: { tokens: [{ kind: 'unknown', location: 'url' }] },
      unseenRequests: /\/app\/me$/,
    },
  },
  async start() {
    const credentials = credentialLog();
    const server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      if (req.headers.authorization) credentials.addRequest(req);
      if (url.pathname === '/') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return res.end(autoLoginPage({ title: TITLE, script: LOGIN_SCRIPT }));
      }
      if (!url.pathname.startsWith('/app/')) {
        res.writeHead(404);
        return res.end();
      }
      if (!isDemo(req.headers.authorization)) {
        res.writeHead(401, { 'www-authenticate': 'Basic realm="tokki lab", charset="UTF-8"' });
        return res.end('Authentication required');
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ user: 'demo' }));
    });
    const { port, close } = await listenOnLoopback(server);
    return {
      url: `http://http-basic.localhost:${port}/`,
      close,
      credentialRequests: credentials.all,
    };
  },
};
