/**
 * iron-session: the session is sealed (encrypted and signed, `Fe26.2*…`) into one cookie; the
 * server keeps no state and cannot be asked what the cookie holds without its password.
 */
import express from 'express';
import { getIronSession } from 'iron-session';
import { isDemoLogin, jsonLoginScript, packageVersion, startExpressSite } from '../../kit.mjs';

const TITLE = 'iron-session (the session sealed into a cookie)';
const COOKIE = 'app_session';
const OPTIONS = {
  cookieName: COOKIE,
  // iron-session wants at least 32 characters.
  password: 'tokki-lab-iron-session-password-0123456789',
};

/** @type {import('../../types').LabStack} */
export default {
  id: 'iron-session',
  title: TITLE,
  library: `iron-session ${packageVersion('iron-session')} (on express ${packageVersion('express')})`,
  expect: {
    verdict: 'session',
    tokens: [{ kind: 'session-data', location: 'cookie-httponly', name: COOKIE }],
    explains: ['iron-session'],
  },
  start: () =>
    startExpressSite({
      id: 'iron-session',
      title: TITLE,
      script: jsonLoginScript(),
      credentialCookie: COOKIE,
      setUp(app) {
        app.use(express.json());
        app.post('/login', async (req, res) => {
          if (!isDemoLogin(req.body)) return res.status(401).json({ ok: false });
          const session = await getIronSession(req, res, OPTIONS);
          session.user = 'demo';
          session.role = 'reader';
          await session.save();
          res.json({ ok: true });
        });
        app.get('/api/me', async (req, res) => {
          const session = await getIronSession(req, res, OPTIONS);
          if (!session.user) return res.status(401).json({ user: null });
          res.json({ user: session.user });
        });
      },
    }),
};
