/**
 * Auth.js (@auth/express over @auth/core) with the Credentials provider and the JWT session
 * strategy: the session is a JWE in `authjs.session-token` (encrypted with AUTH_SECRET, the server
 * keeps no state), next to `authjs.csrf-token` (double-submit CSRF) and `authjs.callback-url`
 * (where to go after sign-in), neither of which is a credential.
 */
import { ExpressAuth, getSession } from '@auth/express';
import Credentials from '@auth/express/providers/credentials';
import { packageVersion, startExpressSite } from '../../kit.mjs';

const TITLE = 'Auth.js (Credentials provider, JWT session strategy)';
const SESSION_COOKIE = 'authjs.session-token';

/** @type {import('@auth/express').ExpressAuthConfig} */
const AUTH_CONFIG = {
  secret: 'tokki-lab-authjs-secret-0123456789abcdef',
  trustHost: true,
  session: { strategy: 'jwt' },
  providers: [
    Credentials({
      credentials: { username: {}, password: {} },
      authorize: async ({ username, password }) =>
        username === 'demo' && password === 'demo'
          ? { id: '1', name: 'demo', email: 'demo@lab.localhost' }
          : null,
    }),
  ],
};

// What Auth.js's own client (`signIn('credentials', …)` in next-auth/react) does: fetch the CSRF
// token, post the form to the provider's callback, then read the session.
const LOGIN_SCRIPT = `
const { csrfToken } = await (await fetch('/auth/csrf')).json();
const signIn = await fetch('/auth/callback/credentials', {
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-auth-return-redirect': '1' },
  body: new URLSearchParams({
    csrfToken, username: 'demo', password: 'demo', callbackUrl: location.origin + '/',
  }),
});
if (!signIn.ok) throw new Error('sign-in answered ' + signIn.status);
const session = await (await fetch('/auth/session')).json();
if (session?.user?.name !== 'demo') throw new Error('no session after sign-in');
const me = await (await fetch('/api/me')).json();
if (me.user !== 'demo') throw new Error('the API does not know the user');
log('signed in as ' + me.user);
done();
`;

/** @type {import('../../types').LabStack} */
export default {
  id: 'authjs',
  title: TITLE,
  library: `@auth/express ${packageVersion('@auth/express')} + @auth/core ${packageVersion('@auth/core')}`,
  firefox: true,
  expect: {
    verdict: 'token-in-cookie',
    tokens: [{ kind: 'session-data', location: 'cookie-httponly', name: SESSION_COOKIE }],
    notCredentials: ['authjs.callback-url', 'authjs.csrf-token'],
    explains: ['Auth.js'],
  },
  start: () =>
    startExpressSite({
      id: 'authjs',
      title: TITLE,
      script: LOGIN_SCRIPT,
      credentialCookie: SESSION_COOKIE,
      setUp(app) {
        app.set('trust proxy', true);
        // Mounted on /auth: @auth/express works its base path out from req.baseUrl.
        app.use('/auth', ExpressAuth(AUTH_CONFIG));
        app.get('/api/me', async (req, res) => {
          const session = await getSession(req, AUTH_CONFIG);
          if (!session?.user) return res.status(401).json({ user: null });
          res.json({ user: session.user.name });
        });
      },
    }),
};
