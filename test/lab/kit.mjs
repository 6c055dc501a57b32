/**
 * Small helpers the lab's stacks share: listen on a free loopback port, record the requests that
 * carried a credential, serve the auto-login page, run Python and PHP as child processes.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** Debian's interpreters: not the pyenv python3 that may come first on PATH. */
export const PYTHON = '/usr/bin/python3';
export const PHP = '/usr/bin/php';

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
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Keeps the requests a server received with a credential, as the contract's
 * `credentialRequests()` returns them.
 */
export function credentialLog() {
  /** @type {{ method: string, url: string }[]} */
  const seen = [];
  return {
    /** @param {string} method @param {string} url */
    add(method, url) {
      seen.push({ method, url });
    },
    all: () => seen.slice(),
  };
}

/**
 * True when a request's Cookie header holds a cookie called `name`.
 * @param {string | undefined} header @param {string} name
 */
export function hasCookie(header, name) {
  return String(header ?? '')
    .split(';')
    .some((part) => part.trim().startsWith(`${name}=`));
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
 * Runs a server as a child process and waits for it to print `LAB_PORT=<n>` (Python) or to answer
 * HTTP on `port` (php -S). Lines `LAB_CREDENTIAL <method> <url>` it prints go to `onCredential`.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: Record<string, string>, port?: number,
 *   onCredential(method: string, url: string): void, timeout?: number }} options
 * @returns {Promise<{ port: number, close(): Promise<void> }>}
 */
export async function startChild(command, args, options) {
  const { cwd, env = {}, onCredential, timeout = 15_000 } = options;
  const child = spawn(command, args, {
    cwd,
    env: { PATH: '/usr/bin:/bin', LANG: 'C.UTF-8', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let announced = options.port;
  const onLine = (line) => {
    const port = /^LAB_PORT=(\d+)$/.exec(line);
    if (port) announced = Number(port[1]);
    const credential = /^LAB_CREDENTIAL (\S+) (\S+)$/.exec(line);
    if (credential) onCredential(credential[1], credential[2]);
  };
  let pending = '';
  const readLines = (chunk) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) onLine(line.trim());
  };
  child.stdout.setEncoding('utf8').on('data', readLines);
  // php -S logs each request on stderr; the credential lines come from the app itself.
  child.stderr.setEncoding('utf8').on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
    readLines(chunk);
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  // A test process that ends without close() (a crash, a timeout) must not leave servers behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  void exited.then(() => process.off('exit', killOnExit));
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 2000);
      await exited;
      clearTimeout(timer);
    }
  };
  const deadline = Date.now() + timeout;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${command} exited: ${stderr.trim()}`);
    if (announced && (await answers(announced))) return { port: announced, close };
    if (Date.now() > deadline) {
      await close();
      throw new Error(`${command} did not start in ${timeout} ms: ${stderr.trim()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
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
 * The version of an installed package, read from its package.json (for a stack's `library`).
 * @param {string} name
 */
export function packageVersion(name) {
  // Read from node_modules directly: some packages do not export their package.json.
  const file = join(import.meta.dirname, '../../node_modules', name, 'package.json');
  return JSON.parse(readFileSync(file, 'utf8')).version;
}

/**
 * The login most server-side stacks share: POST `/login` with demo/demo as JSON, then GET
 * `/api/me`, which must answer `{ user: 'demo' }`. Source text for {@link autoLoginPage}.
 */
export const JSON_LOGIN_SCRIPT = `
const login = await fetch('/login', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'demo', password: 'demo' }),
});
if (!login.ok) throw new Error('login answered ' + login.status);
const me = await (await fetch('/api/me')).json();
if (me.user !== 'demo') throw new Error('the session does not know the user');
log('logged in as ' + me.user);
done();
`;
