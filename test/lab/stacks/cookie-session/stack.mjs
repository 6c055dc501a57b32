/**
 * express + cookie-session: the whole session is base64 JSON in the `session` cookie, signed by
 * `session.sig` (Keygrip); the server keeps no state.
 */
import { createServer } from 'node:http';
import cookieSession from 'cookie-session';
import express from 'express';
import {
  JSON_LOGIN_SCRIPT,
  autoLoginPage,
  credentialLog,
  hasCookie,
  listenOnLoopback,
  packageVersion,
} from '../../kit.mjs';

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
  async start() {
    const credentials = credentialLog();
    const app = express();
    app.use(express.json());
    app.use((req, _res, next) => {
      if (hasCookie(req.headers.cookie, 'session'))
        credentials.add(req.method, `http://${req.headers.host}${req.originalUrl}`);
      next();
    });
    app.use(
      cookieSession({
        name: 'session',
        keys: ['tokki-lab-cookie-session-key-1'],
        httpOnly: true,
        sameSite: 'lax',
      }),
    );
    app.get('/', (_req, res) => {
      res.type('html').send(autoLoginPage({ title: TITLE, script: JSON_LOGIN_SCRIPT }));
    });
    app.post('/login', (req, res) => {
      const { username, password } = req.body ?? {};
      if (username !== 'demo' || password !== 'demo') return res.status(401).json({ ok: false });
      req.session = { user: 'demo', role: 'reader' };
      res.json({ ok: true });
    });
    app.get('/api/me', (req, res) => {
      if (!req.session?.user) return res.status(401).json({ user: null });
      res.json({ user: req.session.user });
    });
    const { port, close } = await listenOnLoopback(createServer(app));
    return {
      url: `http://cookie-session.localhost:${port}/`,
      close,
      credentialRequests: credentials.all,
    };
  },
};
