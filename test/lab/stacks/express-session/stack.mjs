/**
 * express + express-session: the session lives on the server (MemoryStore), the browser holds
 * only its id, signed, in `connect.sid` (`s:<id>.<signature>`).
 */
import express from 'express';
import session from 'express-session';
import { isDemoLogin, jsonLoginScript, packageVersion, startExpressSite } from '../../kit.mjs';

const TITLE = 'Express session (express-session, server-side store)';

/** @type {import('../../types').LabStack} */
export default {
  id: 'express-session',
  title: TITLE,
  library: `express ${packageVersion('express')} + express-session ${packageVersion('express-session')}`,
  firefox: true,
  expect: {
    verdict: 'session',
    tokens: [{ kind: 'session-id', location: 'cookie-httponly', name: 'connect.sid' }],
    explains: ['express-session', 'connect.sid'],
  },
  start: () =>
    startExpressSite({
      id: 'express-session',
      title: TITLE,
      script: jsonLoginScript(),
      credentialCookie: 'connect.sid',
      setUp(app) {
        app.use(express.json());
        app.use(
          session({
            name: 'connect.sid',
            secret: 'tokki-lab-express-session',
            resave: false,
            saveUninitialized: false,
            cookie: { httpOnly: true, sameSite: 'lax' },
          }),
        );
        app.post('/login', (req, res) => {
          if (!isDemoLogin(req.body)) return res.status(401).json({ ok: false });
          req.session.regenerate(() => {
            req.session.user = 'demo';
            res.json({ ok: true });
          });
        });
        app.get('/api/me', (req, res) => {
          if (!req.session.user) return res.status(401).json({ user: null });
          res.json({ user: req.session.user });
        });
      },
    }),
};
