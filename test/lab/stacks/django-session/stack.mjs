/**
 * Django's own sessions (django.contrib.sessions, database backend) with django.contrib.auth: the
 * session lives on the server and the browser holds its id in `sessionid` (HttpOnly); the
 * `csrftoken` cookie is Django's CSRF protection, read by the page and sent back in
 * `X-CSRFToken`, not a credential. Runs Debian's python3-django with /usr/bin/python3.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { PYTHON, autoLoginPage, credentialLog, startChild } from '../../kit.mjs';

const TITLE = 'Django sessions (django.contrib.sessions + auth)';

// What a page of a Django site does: read the CSRF cookie and send it back in a header.
const LOGIN_SCRIPT = `
const csrf = document.cookie.split('; ').find((c) => c.startsWith('csrftoken='))?.slice(10);
if (!csrf) throw new Error('no csrftoken cookie');
const login = await fetch('/login', {
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-csrftoken': csrf },
  body: JSON.stringify({ username: 'demo', password: 'demo' }),
});
if (!login.ok) throw new Error('login answered ' + login.status);
const me = await (await fetch('/api/me')).json();
if (me.user !== 'demo') throw new Error('the session does not know the user');
log('logged in as ' + me.user);
done();
`;

function djangoVersion() {
  try {
    return execFileSync(PYTHON, ['-c', 'import django; print(django.get_version())'], {
      encoding: 'utf8',
    }).trim();
  } catch {
    return '?';
  }
}

/** @type {import('../../types').LabStack} */
export default {
  id: 'django-session',
  title: TITLE,
  library: `Django ${djangoVersion()} sessions (Debian python3-django)`,
  expect: {
    verdict: 'session',
    tokens: [{ kind: 'session-id', location: 'cookie-httponly', name: 'sessionid' }],
    notCredentials: ['csrftoken'],
    explains: ['Django', 'sessionid'],
  },
  async start() {
    const credentials = credentialLog();
    const { port, close } = await startChild(PYTHON, ['-u', join(import.meta.dirname, 'app.py')], {
      env: { LAB_PAGE: autoLoginPage({ title: TITLE, script: LOGIN_SCRIPT }) },
      onCredential: credentials.add,
    });
    return {
      url: `http://django-session.localhost:${port}/`,
      close,
      credentialRequests: credentials.all,
    };
  },
};
