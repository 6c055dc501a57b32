/**
 * Flask's default session: `session['user']` goes into the `session` cookie itself, signed with
 * the app's secret key by itsdangerous (base64 JSON, a timestamp, a signature); the server keeps no
 * state. Runs Debian's python3-flask with /usr/bin/python3.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { JSON_LOGIN_SCRIPT, PYTHON, autoLoginPage, credentialLog, startChild } from '../../kit.mjs';

const TITLE = 'Flask signed-cookie session';

/** Flask's version as Debian installed it. */
function flaskVersion() {
  try {
    return execFileSync(
      PYTHON,
      ['-c', 'import importlib.metadata as m; print(m.version("flask"))'],
      { encoding: 'utf8' },
    ).trim();
  } catch {
    return '?';
  }
}

/** @type {import('../../types').LabStack} */
export default {
  id: 'flask',
  title: TITLE,
  library: `flask ${flaskVersion()} (Debian python3-flask)`,
  firefox: true,
  expect: {
    verdict: 'session',
    tokens: [{ kind: 'session-data', location: 'cookie-httponly', name: 'session' }],
    explains: ['Flask'],
  },
  async start() {
    const credentials = credentialLog();
    const { port, close } = await startChild(PYTHON, ['-u', join(import.meta.dirname, 'app.py')], {
      env: { LAB_PAGE: autoLoginPage({ title: TITLE, script: JSON_LOGIN_SCRIPT }) },
      onCredential: credentials.add,
    });
    return { url: `http://flask.localhost:${port}/`, close, credentialRequests: credentials.all };
  },
};
