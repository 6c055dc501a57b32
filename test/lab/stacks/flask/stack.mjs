/**
 * Flask's default session: `session['user']` goes into the `session` cookie itself, signed with
 * the app's secret key by itsdangerous (base64 JSON, a timestamp, a signature); the server keeps no
 * state. Runs Debian's python3-flask with /usr/bin/python3.
 */
import { jsonLoginScript, pythonPackageVersions, startPythonSite } from '../../kit.mjs';

const TITLE = 'Flask signed-cookie session';
const [flask] = pythonPackageVersions('flask');

/** @type {import('../../types').LabStack} */
export default {
  id: 'flask',
  title: TITLE,
  library: `flask ${flask} (Debian python3-flask)`,
  firefox: true,
  expect: {
    verdict: 'session',
    tokens: [{ kind: 'session-data', location: 'cookie-httponly', name: 'session' }],
    explains: ['Flask'],
  },
  start: () =>
    startPythonSite({
      id: 'flask',
      dir: import.meta.dirname,
      title: TITLE,
      script: jsonLoginScript(),
    }),
};
