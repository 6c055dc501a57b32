/**
 * iron-session: the session is sealed (encrypted and signed, `Fe26.2*…`) into one cookie; the
 * server keeps no state and cannot be asked what the cookie holds without its password.
 */
import { createServer } from 'node:http';
import express from 'express';
import { getIronSession } from 'iron-session';
import {
  JSON_LOGIN_SCRIPT,
  autoLoginPage,
  credentialLog,
  hasCookie,
  listenOnLoopback,
  packageVersion,
} from '../../kit.mjs';

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
  async start() {
    const credentials = credentialLog();
    const app = express();
    app.use(express.json());
    app.use((req, _res, next) => {
      if (hasCookie(req.headers.cookie, COOKIE))
        credentials.add(req.method, `http://${req.headers.host}${req.originalUrl}`);
      next();
    });
    app.get('/', (_req, res) => {
      res.type('html').send(autoLoginPage({ title: TITLE, script: JSON_LOGIN_SCRIPT }));
    });
    app.post('/login', async (req, res) => {
      const { username, password } = req.body ?? {};
      if (username !== 'demo' || password !== 'demo') return res.status(401).json({ ok: false });
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
    const { port, close } = await listenOnLoopback(createServer(app));
    return {
      url: `http://iron-session.localhost:${port}/`,
      close,
      credentialRequests: credentials.all,
    };
  },
};
