/**
 * express + express-session: the session lives on the server (MemoryStore), the browser holds
 * only its id, signed, in `connect.sid` (`s:<id>.<signature>`).
 */
import { createServer } from 'node:http';
import express from 'express';
import session from 'express-session';
import {
  JSON_LOGIN_SCRIPT,
  autoLoginPage,
  credentialLog,
  hasCookie,
  listenOnLoopback,
  packageVersion,
} from '../../kit.mjs';

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
  async start() {
    const credentials = credentialLog();
    const app = express();
    app.use(express.json());
    app.use((req, _res, next) => {
      if (hasCookie(req.headers.cookie, 'connect.sid'))
        credentials.add(req.method, `http://${req.headers.host}${req.originalUrl}`);
      next();
    });
    app.use(
      session({
        name: 'connect.sid',
        secret: 'tokki-lab-express-session',
        resave: false,
        saveUninitialized: false,
        cookie: { httpOnly: true, sameSite: 'lax' },
      }),
    );
    app.get('/', (_req, res) => {
      res.type('html').send(autoLoginPage({ title: TITLE, script: JSON_LOGIN_SCRIPT }));
    });
    app.post('/login', (req, res) => {
      const { username, password } = req.body ?? {};
      if (username !== 'demo' || password !== 'demo') return res.status(401).json({ ok: false });
      req.session.regenerate(() => {
        req.session.user = 'demo';
        res.json({ ok: true });
      });
    });
    app.get('/api/me', (req, res) => {
      if (!req.session.user) return res.status(401).json({ user: null });
      res.json({ user: req.session.user });
    });
    const { port, close } = await listenOnLoopback(createServer(app));
    return {
      url: `http://express-session.localhost:${port}/`,
      close,
      credentialRequests: credentials.all,
    };
  },
};
