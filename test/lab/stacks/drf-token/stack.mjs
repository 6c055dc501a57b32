/**
 * Django REST framework's TokenAuthentication: the login view returns a 40-character key that the
 * page keeps in localStorage and sends as `Authorization: Token <key>` (not Bearer). Runs Debian's
 * python3-djangorestframework with /usr/bin/python3.
 */
import { pythonPackageVersions, startPythonSite } from '../../kit.mjs';

const TITLE = 'Django REST framework token (Authorization: Token)';
const STORAGE_KEY = 'authToken';
const [django, drf] = pythonPackageVersions('django', 'djangorestframework');

const LOGIN_SCRIPT = `
const login = await fetch('/api/login', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'demo', password: 'demo' }),
});
if (!login.ok) throw new Error('login answered ' + login.status);
localStorage.setItem('${STORAGE_KEY}', (await login.json()).token);
const me = await (await fetch('/api/me', {
  headers: { authorization: 'Token ' + localStorage.getItem('${STORAGE_KEY}') },
})).json();
if (me.user !== 'demo') throw new Error('the API does not know the user');
log('logged in as ' + me.user);
done();
`;

/** @type {import('../../types').LabStack} */
export default {
  id: 'drf-token',
  title: TITLE,
  library: `djangorestframework ${drf} + Django ${django} (Debian)`,
  expect: {
    verdict: 'token',
    tokens: [{ kind: 'access', location: 'localStorage', name: STORAGE_KEY }],
    explains: ['Token'],
  },
  start: () =>
    startPythonSite({
      id: 'drf-token',
      dir: import.meta.dirname,
      title: TITLE,
      script: LOGIN_SCRIPT,
    }),
};
