/**
 * Django's own sessions (django.contrib.sessions, database backend) with django.contrib.auth: the
 * session lives on the server and the browser holds its id in `sessionid` (HttpOnly); the
 * `csrftoken` cookie is Django's CSRF protection, read by the page and sent back in
 * `X-CSRFToken`, not a credential. Runs Debian's python3-django with /usr/bin/python3.
 */
import { jsonLoginScript, pythonPackageVersions, startPythonSite } from '../../kit.mjs';

const TITLE = 'Django sessions (django.contrib.sessions + auth)';
const [django] = pythonPackageVersions('django');

/** @type {import('../../types').LabStack} */
export default {
  id: 'django-session',
  title: TITLE,
  library: `Django ${django} sessions (Debian python3-django)`,
  expect: {
    verdict: 'session',
    tokens: [{ kind: 'session-id', location: 'cookie-httponly', name: 'sessionid' }],
    notCredentials: ['csrftoken'],
    explains: ['Django', 'sessionid'],
  },
  start: () =>
    startPythonSite({
      id: 'django-session',
      dir: import.meta.dirname,
      title: TITLE,
      // What a page of a Django site does: read the CSRF cookie and send it back in a header.
      script: jsonLoginScript({ csrf: { cookie: 'csrftoken', header: 'x-csrftoken' } }),
    }),
};
