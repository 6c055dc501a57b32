/**
 * express + cookie-session: the whole session is base64 JSON in the `session` cookie, signed by
 * `session.sig` (Keygrip); the server keeps no state.
 */
import cookieSession from 'cookie-session';
import express from 'express';
import { isDemoLogin, jsonLoginScript, packageVersion, startExpressSite } from '../../kit.mjs';

const TITLE = 'Express cookie-session (the session in a signed cookie)';

/** @type {import('../../types').LabStack} */
export default {
  id: 'cookie-session',
  title: TITLE,
  library: `express ${packageVersion('express')} + cookie-session ${packageVersion('cookie-session')}`,
  firefox: true,
  expect: {
    verdict: 'session',
    tokens: [{ kind: 'session-data', location: 'cookie-httponly', name: 'session' }],
    // The signature of `session`: useless without it, not a credential of its own.
    notCredentials: ['session.sig'],
    explains: ['cookie-session'],
  },
  start: () =>
    startExpressSite({
      id: 'cookie-session',
      title: TITLE,
      script: jsonLoginScript(),
      credentialCookie: 'session',
      setUp(app) {
        app.use(express.json());
        app.use(
          cookieSession({
            name: 'session',
            keys: ['tokki-lab-cookie-session-key-1'],
            httpOnly: true,
            sameSite: 'lax',
          }),
        );
        app.post('/login', (req, res) => {
          if (!isDemoLogin(req.body)) return res.status(401).json({ ok: false });
          req.session = { user: 'demo', role: 'reader' };
          res.json({ ok: true });
        });
        app.get('/api/me', (req, res) => {
          if (!req.session?.user) return res.status(401).json({ user: null });
          res.json({ user: req.session.user });
        });
      },
    }),
};
