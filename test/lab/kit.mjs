/**
 * What every lab stack needs, whatever runs its server: listen on a free loopback port, note the
 * requests that carried a credential, serve the auto-login page, and start the server itself (an
 * express app in this process, or Python and PHP as child processes). The client-SDK stacks'
 * stand-in vendors build on this in sdk-kit.mjs.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import express from 'express';

/** Debian's interpreters: not the pyenv python3 that may come first on PATH. */
const PYTHON = '/usr/bin/python3';
export const PHP = '/usr/bin/php';

/** Python modules the stacks' apps share (`lab_django`). */
const PYTHON_MODULES = join(import.meta.dirname, 'python');

/**
 * Listens on 127.0.0.1, port 0 (a free one), and returns the port and a close function.
 * @param {import('node:http').Server} server
 * @returns {Promise<{ port: number, close(): Promise<void> }>}
 */
export async function listenOnLoopback(server) {
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const close = () =>
    new Promise((resolve) => {
      server.closeAllConnections?.();
      server.close(() => resolve(undefined));
    });
  return { port, close };
}

/** A free TCP port on loopback, for servers that cannot be told "port 0" (php -S). */
export async function freePort() {
  const { port, close } = await listenOnLoopback(createServer());
  await close();
  return port;
}

/**
 * Keeps the requests a server received with a credential, as the contract's
 * `credentialRequests()` returns them.
 */
export function credentialLog() {
  /** @type {import('./types').CredentialRequest[]} */
  const seen = [];
  return {
    /** @param {string} method @param {string} url the full URL as the browser sent it */
    add(method, url) {
      seen.push({ method, url });
    },
    /** @param {import('node:http').IncomingMessage} req a request to this server */
    addRequest(req) {
      seen.push({ method: req.method ?? 'GET', url: `http://${req.headers.host}${req.url}` });
    },
    all: () => seen.slice(),
  };
}

/**
 * The value of the cookie `name` in a request's Cookie header, if it is there.
 * @param {import('node:http').IncomingMessage} req @param {string} name
 */
export function cookieValue(req, name) {
  for (const part of String(req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name)
      return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

/**
 * The auto-login page every stack serves: it runs `script` (a module script body that logs in
 * through the stack's library) and marks `<html data-tokki-lab>` done or failed, as the lab's
 * e2e test waits for.
 * @param {{ title: string, script: string, head?: string }} page
 */
export function autoLoginPage({ title, script, head = '' }) {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,">${head}</head>
<body>
<h1>${title}</h1>
<p>This page logs in as <code>demo</code> by itself, through the real library.</p>
<pre id="result"></pre>
<script type="module">
const result = document.getElementById('result');
const log = (line) => { result.textContent += line + '\\n'; };
const done = () => { document.documentElement.dataset.tokkiLab = 'done'; };
const fail = (reason) => {
  log('failed: ' + reason);
  document.documentElement.dataset.tokkiLab = 'failed: ' + reason;
};
try {
${script}
} catch (error) {
  fail(String(error && error.message ? error.message : error));
}
</script>
</body>
</html>
`;
}

/**
 * The login most server-side stacks share, as source text for {@link autoLoginPage}: POST
 * `/login` with demo/demo as JSON, then GET `/api/me`, which must answer `{ user: 'demo' }`.
 * With `csrf`, the page first reads the CSRF token from that cookie and sends it back in that
 * header, as a Django page does with `csrftoken` and `X-CSRFToken`.
 * @param {{ csrf?: { cookie: string, header: string } }} [options]
 */
export function jsonLoginScript({ csrf } = {}) {
  const readCsrf = csrf
    ? `const csrf = document.cookie.split('; ').find((c) => c.startsWith('${csrf.cookie}='))?.slice(${csrf.cookie.length + 1});
if (!csrf) throw new Error('no ${csrf.cookie} cookie');`
    : '';
  const csrfHeader = csrf ? `, '${csrf.header}': csrf` : '';
  return `${readCsrf}
const login = await fetch('/login', {
  method: 'POST',
  headers: { 'content-type': 'application/json'${csrfHeader} },
  body: JSON.stringify({ username: 'demo', password: 'demo' }),
});
if (!login.ok) throw new Error('login answered ' + login.status);
const me = await (await fetch('/api/me')).json();
if (me.user !== 'demo') throw new Error('the session does not know the user');
log('logged in as ' + me.user);
done();
`;
}

/**
 * True when a login's JSON or form body names the lab's user, demo / demo.
 * @param {{ username?: unknown, password?: unknown } | undefined} body
 */
export const isDemoLogin = (body) => body?.username === 'demo' && body?.password === 'demo';

/**
 * Starts an express stack at `http://<id>.localhost:<port>/`: every request that carries the
 * cookie `credentialCookie` is noted, `setUp(app)` adds the stack's middleware and routes, and
 * `/` serves the auto-login page that runs `script`.
 * @param {{ id: string, title: string, script: string, credentialCookie: string,
 *   setUp(app: import('express').Express): void }} site
 * @returns {Promise<import('./types').RunningStackServer>}
 */
export async function startExpressSite({ id, title, script, credentialCookie, setUp }) {
  const page = autoLoginPage({ title, script });
  const credentials = credentialLog();
  const app = express();
  app.use((req, _res, next) => {
    if (cookieValue(req, credentialCookie) !== undefined) credentials.addRequest(req);
    next();
  });
  setUp(app);
  app.get('/', (_req, res) => {
    res.type('html').send(page);
  });
  const { port, close } = await listenOnLoopback(createServer(app));
  return { url: `http://${id}.localhost:${port}/`, close, credentialRequests: credentials.all };
}

/**
 * Starts a stack's `app.py` (next to its stack.mjs, in `dir`) with Debian's Python; see
 * {@link startChildSite}.
 * @param {{ id: string, dir: string, title: string, script: string }} site
 */
export function startPythonSite({ id, dir, title, script }) {
  return startChildSite({
    id,
    command: PYTHON,
    args: ['-u', join(dir, 'app.py')],
    title,
    script,
    // No __pycache__ written next to the lab's shared modules.
    env: { PYTHONPATH: PYTHON_MODULES, PYTHONDONTWRITEBYTECODE: '1' },
  });
}

/**
 * Runs a stack's server as a child process that serves the auto-login page running `script`
 * (handed over in the environment variable LAB_PAGE) at `http://<id>.localhost:<port>/`, and
 * resolves once it answers HTTP on `port`, or on the port it prints as `LAB_PORT=<n>` (Python).
 * Each line `LAB_CREDENTIAL <method> <url>` it prints notes a request that carried a credential.
 * @param {{ id: string, command: string, args: string[], title: string, script: string,
 *   port?: number, env?: Record<string, string> }} site
 * @returns {Promise<import('./types').RunningStackServer>}
 */
export async function startChildSite({ id, command, args, title, script, port, env = {} }) {
  const credentials = credentialLog();
  let announced = port;
  const page = autoLoginPage({ title, script });
  const child = spawnServer(command, args, { LAB_PAGE: page, ...env }, (line) => {
    const portLine = /^LAB_PORT=(\d+)$/.exec(line);
    if (portLine) announced = Number(portLine[1]);
    const credential = /^LAB_CREDENTIAL (\S+) (\S+)$/.exec(line);
    if (credential) credentials.add(credential[1], credential[2]);
  });
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exited()) throw new Error(`${command} exited: ${child.stderr()}`);
    if (announced && (await answers(announced))) {
      return {
        url: `http://${id}.localhost:${announced}/`,
        close: child.close,
        credentialRequests: credentials.all,
      };
    }
    if (Date.now() > deadline) {
      await child.close();
      throw new Error(`${command} did not start in 15 s: ${child.stderr()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Spawns a server process and hands each line it prints, on stdout or stderr, to `onLine`.
 * @param {string} command @param {string[]} args @param {Record<string, string>} env
 * @param {(line: string) => void} onLine
 */
function spawnServer(command, args, env, onLine) {
  const child = spawn(command, args, {
    env: { PATH: '/usr/bin:/bin', LANG: 'C.UTF-8', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let pending = '';
  const readLines = (/** @type {string} */ chunk) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) onLine(line.trim());
  };
  child.stdout.setEncoding('utf8').on('data', readLines);
  // php -S logs each request on stderr, and the PHP app prints its credential lines there.
  child.stderr.setEncoding('utf8').on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
    readLines(chunk);
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  // A test process that ends without close() (a crash, a timeout) must not leave servers behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  void exited.then(() => process.off('exit', killOnExit));
  return {
    exited: () => child.exitCode !== null,
    stderr: () => stderr.trim(),
    async close() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 2000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** True when something answers HTTP on 127.0.0.1:port. @param {number} port */
async function answers(port) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/lab-ready`, {
      signal: AbortSignal.timeout(1000),
    });
    await response.arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

/**
 * The version of an installed npm package, read from its package.json (for a stack's `library`).
 * @param {string} name
 */
export function packageVersion(name) {
  // Read from node_modules directly: some packages do not export their package.json.
  const file = join(import.meta.dirname, '../../node_modules', name, 'package.json');
  return JSON.parse(readFileSync(file, 'utf8')).version;
}

/**
 * The versions of Debian's Python packages (for a stack's `library`), '?' each when Python or
 * the package is missing: the lab still loads, and the stack's test says why it cannot start.
 * @param {...string} names distribution names, e.g. 'django', 'djangorestframework'
 * @returns {string[]}
 */
export function pythonPackageVersions(...names) {
  const script = `import importlib.metadata as m; print(*(m.version(n) for n in ${JSON.stringify(names)}))`;
  return versionsPrinted(PYTHON, ['-c', script], names.length);
}

/** PHP's version ('?' when php-cli is missing). */
export function phpVersion() {
  return versionsPrinted(PHP, ['-r', 'echo PHP_VERSION;'], 1)[0] ?? '?';
}

/** @param {string} command @param {string[]} args @param {number} count */
function versionsPrinted(command, args, count) {
  try {
    return execFileSync(command, args, { encoding: 'utf8' }).trim().split(' ');
  } catch {
    return Array.from({ length: count }, () => '?');
  }
}
