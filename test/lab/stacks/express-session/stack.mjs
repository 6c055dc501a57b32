/**
 * express + express-session: the session lives on the server (MemoryStore), the browser holds
 * only its id, signed, in `connect.sid` (`s:<id>.<signature>`).
 */
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import express from 'express';
import session from 'express-session';
import { autoLoginPage, credentialLog, hasCookie, listenOnLoopback } from '../../kit.mjs';

const version = (name) => createRequire(import.meta.url)(`${name}/package.json`).version;

const LOGIN_SCRIPT = `
const login = await fetch('/login', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'demo', password: 'demo' }),
});
if (!login.ok) throw new Error('login answered ' + login.status);
const me = await (await fetch('/api/me')).json();
if (me.user !== 'demo') throw new Error('the session does not know the user');
log('logged in as ' + me.user);
done();
`;

/** @type {import('../../types').LabStack} */
export default {
  id: 'express-session',
  title: 'Express session (express-session, server-side store)',
  library: `express ${version('express')} + express-session ${version('express-session')}`,
  firefox: true,
  expect: {
    verdict: 'session',
    tokens: [{ kind: 'session-id', location: 'cookie-httponly', name: 'connect.sid' }],
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
      res.type('html').send(autoLoginPage({ title: this.title, script: LOGIN_SCRIPT }));
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
