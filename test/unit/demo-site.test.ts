/** The demo site's HTTP behaviour, over real sockets with the Host header each site uses. */
import { request } from 'node:http';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import type { JSONWebKeySet } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo } from '../../demo/site.mjs';
import type { DemoServer } from '../../demo/site.mjs';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  cookies: string[];
}

let demo: DemoServer;

beforeAll(async () => {
  demo = await startDemo({ port: 0, accessTtlSeconds: 5 });
});
afterAll(() => demo.close());

/** Sends one request to the demo server as if to `url` (the *.localhost host goes in Host). */
function send(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: demo.port,
        path: target.pathname,
        method: options.method ?? 'GET',
        headers: { host: target.host, ...options.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body,
            cookies: res.headers['set-cookie'] ?? [],
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});
const cookieValue = (setCookie: string) => setCookie.slice(0, setCookie.indexOf(';'));

describe('session.localhost', () => {
  it('logs in with a HttpOnly Secure SameSite=Lax session cookie and redirects to /me', async () => {
    const res = await send(demo.urls.session.login, form({ username: 'demo', password: 'demo' }));
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/me');
    expect(res.cookies).toHaveLength(1);
    expect(res.cookies[0]).toMatch(
      /^sessionid=[A-Za-z0-9_-]{43}; HttpOnly; Secure; SameSite=Lax; Path=\/$/,
    );
  });

  it('refuses a wrong password without setting a cookie', async () => {
    const res = await send(demo.urls.session.login, form({ username: 'demo', password: 'nope' }));
    expect(res.status).toBe(401);
    expect(res.cookies).toEqual([]);
  });

  it('security: logout kills the session on the server, so a copied cookie stops working', async () => {
    const login = await send(demo.urls.session.login, form({ username: 'demo', password: 'demo' }));
    const cookie = cookieValue(login.cookies[0]!);
    expect((await send(demo.urls.session.me, { headers: { cookie } })).status).toBe(200);

    const logout = await send(demo.urls.session.logout, { method: 'POST', headers: { cookie } });
    expect(logout.cookies[0]).toMatch(/^sessionid=; .*Max-Age=0$/);
    const replay = await send(demo.urls.session.me, { headers: { cookie } });
    expect(replay.status).toBe(401);
    expect(replay.body).toContain('/login');
  });
});

describe('bearer.localhost', () => {
  async function login() {
    const res = await send(demo.urls.bearer.login, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'demo', password: 'demo' }),
    });
    return { res, json: JSON.parse(res.body) as Record<string, unknown> };
  }

  it('answers a login with an ES256 access JWT and a rotating refresh cookie', async () => {
    const { res, json } = await login();
    expect(res.status).toBe(200);
    expect(json).toMatchObject({ token_type: 'Bearer', expires_in: 5 });
    expect(res.cookies[0]).toMatch(
      /^refresh_token=[\w-]+; HttpOnly; Secure; SameSite=Strict; Path=\/; Max-Age=1209600$/,
    );

    const token = String(json.access_token);
    const jwks = JSON.parse((await send(demo.urls.bearer.jwks)).body) as JSONWebKeySet;
    expect(decodeProtectedHeader(token)).toEqual({
      alg: 'ES256',
      typ: 'at+jwt',
      kid: jwks.keys[0]!.kid,
    });
    const { payload } = await jwtVerify(token, createLocalJWKSet(jwks), {
      issuer: demo.urls.bearer.origin,
      audience: 'tokki-demo-api',
    });
    expect(payload).toMatchObject({ sub: 'demo', scope: 'profile:read' });
    expect(payload.exp! - payload.iat!).toBe(5);
  });

  it('serves /api/me only with a valid Bearer token', async () => {
    const { json } = await login();
    const ok = await send(demo.urls.bearer.me, {
      headers: { authorization: `Bearer ${String(json.access_token)}` },
    });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toMatchObject({ sub: 'demo' });

    const missing = await send(demo.urls.bearer.me);
    expect(missing.status).toBe(401);
    expect(missing.headers['www-authenticate']).toMatch(/^Bearer /);

    const tampered = String(json.access_token).replace(/\.[\w-]+$/, '.AAAA');
    const forged = await send(demo.urls.bearer.me, {
      headers: { authorization: `Bearer ${tampered}` },
    });
    expect(forged.status).toBe(401);
  });

  it('security: refresh needs grant_type=refresh_token and rotates the refresh token', async () => {
    const { res } = await login();
    const cookie = cookieValue(res.cookies[0]!);

    const wrongGrant = await send(demo.urls.bearer.refresh, {
      ...form({ grant_type: 'password' }),
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    });
    expect(wrongGrant.status).toBe(400);

    const refresh = () =>
      send(demo.urls.bearer.refresh, {
        ...form({ grant_type: 'refresh_token' }),
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      });
    const first = await refresh();
    expect(first.status).toBe(200);
    expect(JSON.parse(first.body)).toMatchObject({ token_type: 'Bearer' });
    expect(cookieValue(first.cookies[0]!)).not.toBe(cookie);

    const replay = await refresh();
    expect(replay.status).toBe(401);
    expect(JSON.parse(replay.body)).toEqual({ error: 'invalid_grant' });
  });
});

describe('jwtcookie.localhost', () => {
  it('puts a verifiable JWT in an HttpOnly cookie and reads it back without any header', async () => {
    const login = await send(
      demo.urls.jwtCookie.login,
      form({ username: 'demo', password: 'demo' }),
    );
    expect(login.status).toBe(303);
    expect(login.cookies[0]).toMatch(
      /^auth_token=[\w-]+\.[\w-]+\.[\w-]+; HttpOnly; Secure; SameSite=Lax; Path=\/; Max-Age=3600$/,
    );
    const cookie = cookieValue(login.cookies[0]!);
    const me = await send(demo.urls.jwtCookie.apiMe, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(JSON.parse(me.body)).toMatchObject({ sub: 'demo', iss: demo.urls.jwtCookie.origin });
    expect((await send(demo.urls.jwtCookie.apiMe)).status).toBe(401);
  });
});

describe('plain.localhost and the index', () => {
  it('sets only a script-readable consent cookie', async () => {
    const res = await send(demo.urls.plain.home);
    expect(res.status).toBe(200);
    expect(res.cookies).toEqual([
      'cookie_consent=accepted; SameSite=Lax; Path=/; Max-Age=31536000',
    ]);
  });

  it('links every site from the index, in both languages', async () => {
    const res = await send(demo.urls.index);
    for (const url of [
      demo.urls.session.home,
      demo.urls.bearer.home,
      demo.urls.jwtCookie.home,
      demo.urls.plain.home,
    ]) {
      expect(res.body).toContain(`href="${url}"`);
    }
    expect(res.body).toContain('서버 세션');
    expect(res.body).toContain('Server-side session');
  });

  it('security: a 404 shows the requested path as text only', async () => {
    const res = await send(`${demo.urls.session.origin}/<script>alert(1)</script>`);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('<script>');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });
});

describe('startDemo options', () => {
  it('takes the access-token lifetime from TOKKI_DEMO_ACCESS_TTL when no option is given', async () => {
    process.env.TOKKI_DEMO_ACCESS_TTL = '7';
    const other = await startDemo();
    try {
      expect(other.accessTtlSeconds).toBe(7);
      expect(other.port).not.toBe(demo.port);
    } finally {
      delete process.env.TOKKI_DEMO_ACCESS_TTL;
      await other.close();
    }
  });
});
